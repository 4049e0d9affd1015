/** Small form pieces shared by the profile, act-defaults and document forms. */
import type { ReactNode } from 'react';
import { get, type FieldErrors, type FieldValues, type Path, type UseFormRegister } from 'react-hook-form';
import { useApp } from '../../app/app-context';
import type { MessageKey } from '../../i18n/messages';
import { messageWithTyped, typedLength } from '../../i18n/too-long';

/** The translated message of a field's error code, if any. */
export function useFieldError<T extends FieldValues>(errors: FieldErrors<T>) {
  const { t } = useApp();
  return (path: string): string | undefined => {
    const entry = get<FieldErrors<T>, { message?: unknown; ref?: unknown; root?: { message?: unknown } } | undefined>(errors, path);
    const message = entry?.message ?? entry?.root?.message;
    return typeof message === 'string' && message !== '' ? messageWithTyped(t, message as MessageKey, typedLength(entry?.ref)) : undefined;
  };
}

export function FieldError({ message }: { message: string | undefined }) {
  return message === undefined ? null : (
    <span className="field-error" role="alert">
      {message}
    </span>
  );
}

export function Field({ label, error, children, hint }: { label: string; error?: string | undefined; children: ReactNode; hint?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
      {hint !== undefined && <small>{hint}</small>}
      <FieldError message={error} />
    </label>
  );
}

/** A Kazakh and a Russian input side by side ('name.kk', 'name.ru'). */
export function BilingualFields<T extends FieldValues>({
  name,
  label,
  register,
  error,
  multiline,
}: {
  name: string;
  label: string;
  register: UseFormRegister<T>;
  error: (path: string) => string | undefined;
  multiline?: boolean;
}) {
  const { t } = useApp();
  return (
    <div className="field-row">
      {(['kk', 'ru'] as const).map((lang) => {
        const path = `${name}.${lang}` as Path<T>;
        const fieldLabel = `${label} (${t(`doc.lang.short.${lang}`)})`;
        return (
          <Field key={lang} label={fieldLabel} error={error(path)}>
            {multiline ? (
              <textarea rows={3} lang={lang} {...register(path)} aria-invalid={error(path) !== undefined} />
            ) : (
              <input lang={lang} {...register(path)} aria-invalid={error(path) !== undefined} />
            )}
          </Field>
        );
      })}
    </div>
  );
}
