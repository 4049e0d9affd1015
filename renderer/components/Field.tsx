import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

/**
 * A labelled form control with its hint and error. The label names only the control; the hint and the
 * error are tied to it with aria-describedby, so a screen reader reads "IIN", then the problem. The form
 * announces its problems once, in its summary (ErrorSummary), not each field on its own. The message's line
 * is reserved while the field is fine, so a message appearing never shifts the layout under the pointer.
 */
export function Field({
  label,
  error,
  hint,
  required,
  children,
}: {
  label: ReactNode;
  error?: string | undefined;
  hint?: string;
  /** Told to assistive technology (aria-required) as well as by the label's "*". */
  required?: boolean;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required ? true : undefined })
    : children;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {/* Always there, empty while the field is fine: a message appearing does not move what is below it. */}
      <span id={`${id}-error`} className="field-error">
        {error ?? ''}
      </span>
    </div>
  );
}
