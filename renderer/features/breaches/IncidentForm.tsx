/**
 * Registering or editing an incident. Checked by the shared incident schema at submission: every invalid
 * field gets a localized message naming it, the summary lists them, and nothing is saved until all pass.
 * When editing, the detection moment is shown but fixed: it is the clocks' start.
 */
import { useRef, useState, type ChangeEvent, type FormEvent, type ReactElement } from 'react';
import {
  checkIncidentForm,
  type IncidentFormField,
  type IncidentFormInput,
  type IncidentFormProblem,
  type IncidentValues,
} from '../../../shared/incidents/incident-schema';
import { DETECTION_METHODS } from '../../../shared/incidents/model';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '../../../shared/cases/intake-schema';
import { formatBytes } from '../../i18n/format';
import { localInputToInstant } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import type { MessageKey } from '../../i18n/messages';

/** Zones a detection time may be given in: the organisation's and Moscow (RF reports), then UTC. */
export const DETECTION_ZONES = ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Moscow', 'UTC'] as const;

const MULTILINE: ReadonlySet<IncidentFormField> = new Set([
  'description',
  'systems',
  'dataCategories',
  'subjectCategories',
  'causes',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
  'subjectsContactData',
  'investigationResults',
  'responsiblePersons',
]);
const LINES: ReadonlySet<IncidentFormField> = new Set(['systems', 'dataCategories', 'subjectCategories']);
const REQUIRED: ReadonlySet<IncidentFormField> = new Set([
  'detectedAt',
  'detectedZone',
  'detectionMethod',
  'detectedBy',
  'description',
  'systems',
  'dataCategories',
  'subjectCategories',
  'kzCount',
  'rfCount',
  'contactName',
]);

const SECTIONS: readonly { readonly title: MessageKey; readonly fields: readonly IncidentFormField[] }[] = [
  { title: 'breach.section.detection', fields: ['detectedAt', 'detectedZone', 'detectionMethod', 'detectedBy'] },
  { title: 'breach.section.what', fields: ['description', 'systems', 'dataCategories'] },
  { title: 'breach.section.subjects', fields: ['subjectCategories', 'kzCount', 'rfCount', 'subjectsContactData'] },
  { title: 'breach.section.measures', fields: ['causes', 'consequences', 'measuresTaken', 'measuresPlanned'] },
  { title: 'breach.section.contact', fields: ['contactName', 'contactPosition', 'contactPhone', 'contactEmail'] },
  { title: 'breach.section.investigation', fields: ['investigationResults', 'responsiblePersons'] },
];

export function IncidentForm({
  initial,
  editing,
  onSubmit,
  onCancel,
}: {
  initial: IncidentFormInput;
  /** Editing an incident: the detection moment cannot change. */
  editing: boolean;
  onSubmit: (values: IncidentValues, files: File[]) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, settings } = useApp();
  const [input, setInput] = useState<IncidentFormInput>(initial);
  const [problems, setProblems] = useState<readonly IncidentFormProblem[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileProblems, setFileProblems] = useState<readonly string[]>([]);
  const form = useRef<HTMLFormElement>(null);

  const label = (field: IncidentFormField) => t(`breach.field.${field}` as MessageKey);
  const message = (problem: IncidentFormProblem) => t(problem.code, { field: label(problem.field) });
  const context = { now: () => new Date(), localToInstant: localInputToInstant };

  const change = (field: IncidentFormField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    const next = { ...input, [field]: event.target.value };
    setInput(next);
    if (submitted) {
      const checked = checkIncidentForm(next, context);
      setProblems(checked.ok ? [] : checked.problems);
    }
  };

  const focusField = (name: string) => form.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setFailure(undefined);
    const checked = checkIncidentForm(input, context);
    if (!checked.ok) {
      setProblems(checked.problems);
      // As the request form does: the first field with a problem takes focus (its message is read with it).
      const first = checked.problems[0];
      if (first) focusField(first.field);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      await onSubmit(checked.values, files);
    } catch (error) {
      setFailure(t('breach.form.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: IncidentFormField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? message(problem) : undefined;
  };

  const control = (field: IncidentFormField): ReactElement<Record<string, unknown>> => {
    const common = { name: field, value: input[field], onChange: change(field) };
    if (field === 'detectedAt') return <input type="datetime-local" {...common} readOnly={editing} />;
    if (field === 'detectedZone')
      return (
        <select {...common} disabled={editing}>
          {DETECTION_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      );
    if (field === 'detectionMethod')
      return (
        <select {...common}>
          <option value="">—</option>
          {DETECTION_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`breach.method.${method}`)}
            </option>
          ))}
        </select>
      );
    if (field === 'kzCount' || field === 'rfCount') return <input type="text" inputMode="numeric" {...common} />;
    if (field === 'contactEmail') return <input type="email" {...common} />;
    if (field === 'contactPhone') return <input type="tel" {...common} />;
    if (MULTILINE.has(field)) return <textarea rows={LINES.has(field) ? 3 : 4} {...common} />;
    return <input type="text" {...common} />;
  };

  // Files are checked as the request form checks them (type, size, count); a refused file is not kept.
  const pickFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const accepted: File[] = [];
    const refused: string[] = [];
    for (const file of event.target.files ?? []) {
      const problem = checkAttachment(file, accepted.length);
      if (problem === undefined) accepted.push(file);
      else
        refused.push(
          t(`attach.${problem}`, { name: file.name, size: formatBytes(file.size, settings.locale), max: formatBytes(MAX_ATTACHMENT_BYTES, settings.locale) }),
        );
    }
    setFiles(accepted);
    setFileProblems(refused);
  };

  const hint = (field: IncidentFormField): string | undefined =>
    LINES.has(field) ? t('breach.hint.lines') : field === 'rfCount' ? t('breach.hint.rf') : field === 'detectedAt' ? t('breach.hint.detected') : undefined;

  return (
    <form ref={form} className="intake incident-form" noValidate onSubmit={(e) => runTask(submit(e))} data-testid="incident-form">
      <ErrorSummary
        title={t('breach.form.notSaved')}
        items={problems.map((p) => ({ name: p.field, label: label(p.field), message: message(p) }))}
        onFocusField={focusField}
      />
      {SECTIONS.map((section) => (
        <fieldset key={section.title} className="card">
          <legend>{t(section.title)}</legend>
          {section.fields.map((field) => {
            const h = hint(field);
            return (
              <Field
                key={field}
                label={`${label(field)}${REQUIRED.has(field) ? ' *' : ''}`}
                error={errorOf(field)}
                required={REQUIRED.has(field)}
                {...(h ? { hint: h } : {})}
              >
                {control(field)}
              </Field>
            );
          })}
        </fieldset>
      ))}
      <fieldset className="card">
        <legend>{t('breach.form.attachments')}</legend>
        <Field label={t('breach.form.attachments')}>
          <input type="file" multiple onChange={pickFiles} name="attachments" />
        </Field>
      </fieldset>
      {fileProblems.length > 0 && (
        <ul role="alert" className="field-error" data-testid="file-problems">
          {fileProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {failure !== undefined && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn--primary" aria-disabled={busy}>
          {editing ? t('breach.form.update') : t('breach.form.register')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('breach.form.cancel')}
        </button>
      </div>
    </form>
  );
}
