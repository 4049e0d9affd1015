/**
 * Edit one activity of the register (or add one): every element in Kazakh and Russian where it is printed in
 * letters; recipients, transfers and systems as lists. Saving makes a new version of the whole register, in
 * force from the day entered, with the reason; nothing is saved unless every field passes.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, type UseFormRegister } from 'react-hook-form';
import { LEGAL_BASIS_KINDS, PARTY_ROLES, RETENTION_EVENTS, TERM_UNITS, type ProcessingActivity } from '../../../shared/processing/model';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { RegisterWriteError } from '../../db/processing-steps';
import type { MessageKey } from '../../i18n/messages';
import { BilingualFields, Field, useFieldError } from '../documents/form-parts';
import { versionFormSchema, type VersionFormInput, type VersionFormOutput } from './version-form-schema';

export interface ActivityFormProps {
  readonly initial: ProcessingActivity;
  readonly isNew: boolean;
  readonly today: string;
  /** Saves the new version; throws RegisterWriteError with the problems. */
  readonly onSave: (values: VersionFormOutput) => Promise<void>;
  readonly onCancel: () => void;
}

export function ActivityForm({ initial, isNew, today, onSave, onCancel }: ActivityFormProps) {
  const { t } = useApp();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const form = useForm<VersionFormInput, unknown, VersionFormOutput>({
    resolver: zodResolver(versionFormSchema),
    defaultValues: { activity: structuredClone(initial) as VersionFormInput['activity'], effectiveFrom: today, note: '' },
    mode: 'onBlur',
  });
  const { register, handleSubmit, formState, control, setError } = form;
  const error = useFieldError(formState.errors);
  const parties = useFieldArray({ control, name: 'activity.parties' });
  const transfers = useFieldArray({ control, name: 'activity.crossBorder' });
  const systems = useFieldArray({ control, name: 'activity.systems' });
  const reg = register as unknown as UseFormRegister<Record<string, unknown>>;

  const save = handleSubmit(
    async (values) => {
      try {
        await onSave(values);
      } catch (cause) {
        if (!(cause instanceof RegisterWriteError)) throw cause;
        for (const p of cause.problems) {
          const path = p.path === 'effectiveFrom' ? 'effectiveFrom' : p.path.replace(/^activities\.\d+/, 'activity');
          setError(path as 'effectiveFrom', { message: p.code });
        }
        setStatus({ ok: false, text: cause.problems.map((p) => t(p.code as MessageKey)).join(' ') });
      }
    },
    () => setStatus({ ok: false, text: t('doc.form.invalid') }),
  );

  const bi = (name: string, label: MessageKey, multiline = false) => (
    <BilingualFields name={`activity.${name}`} label={t(label)} register={reg} error={error} multiline={multiline} />
  );

  return (
    <form
      className="card card--wide processing-form"
      onSubmit={(e) => (formState.isSubmitting ? e.preventDefault() : runTask(save(e)))}
      noValidate
      aria-label={isNew ? t('proc.add') : t('proc.edit', { id: initial.id })}
      data-testid="activity-form"
    >
      <h2>{isNew ? t('proc.add') : t('proc.edit', { id: initial.id })}</h2>
      <fieldset>
        <legend>{t('proc.section.purpose')}</legend>
        <Field label={t('proc.field.id')} error={error('activity.id')} hint={t('proc.field.id.hint')}>
          <input {...register('activity.id')} readOnly={!isNew} aria-invalid={error('activity.id') !== undefined} />
        </Field>
        {bi('purpose', 'proc.field.purpose', true)}
        <Field label={t('proc.field.basisKind')} error={error('activity.legalBasis.kind')}>
          <select {...register('activity.legalBasis.kind')}>
            {LEGAL_BASIS_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`proc.basis.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {bi('legalBasis.citation', 'proc.field.citation', true)}
      </fieldset>
      <fieldset>
        <legend>{t('proc.section.data')}</legend>
        {bi('subjectCategories', 'proc.field.subjects')}
        {bi('dataCategories', 'proc.field.dataCategories')}
        {bi('dataList', 'proc.field.dataList', true)}
        {bi('sources', 'proc.field.sources')}
        {bi('methods', 'proc.field.methods', true)}
      </fieldset>
      <fieldset>
        <legend>{t('proc.section.retention')}</legend>
        <div className="field-row">
          <Field label={t('proc.field.amount')} error={error('activity.retention.amount')}>
            <input
              type="number"
              min={1}
              max={100}
              {...register('activity.retention.amount', { valueAsNumber: true })}
              aria-invalid={error('activity.retention.amount') !== undefined}
            />
          </Field>
          <Field label={t('proc.field.unit')}>
            <select {...register('activity.retention.unit')}>
              {TERM_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`proc.unit.${u}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('proc.field.runsFrom')}>
            <select {...register('activity.retention.runsFrom')}>
              {RETENTION_EVENTS.map((r) => (
                <option key={r} value={r}>
                  {t(`proc.from.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {bi('retention.basis', 'proc.field.retentionBasis', true)}
      </fieldset>
      <fieldset>
        <legend>{t('proc.section.parties')}</legend>
        {parties.fields.map((field, i) => (
          <div className="field-row list-item" key={field.id}>
            <Field label={t('proc.field.role')}>
              <select {...register(`activity.parties.${i}.role`)}>
                {PARTY_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`proc.role.${r}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('proc.field.name')} error={error(`activity.parties.${i}.name`)}>
              <input {...register(`activity.parties.${i}.name`)} aria-invalid={error(`activity.parties.${i}.name`) !== undefined} />
            </Field>
            <Field label={t('proc.field.address')} error={error(`activity.parties.${i}.address`)}>
              <input {...register(`activity.parties.${i}.address`)} aria-invalid={error(`activity.parties.${i}.address`) !== undefined} />
            </Field>
            <Field label={t('proc.field.country')} error={error(`activity.parties.${i}.country`)}>
              <input
                {...register(`activity.parties.${i}.country`)}
                maxLength={2}
                size={3}
                aria-invalid={error(`activity.parties.${i}.country`) !== undefined}
              />
            </Field>
            <button type="button" className="btn btn--small" onClick={() => parties.remove(i)}>
              {t('proc.removeRow')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => parties.append({ role: 'recipient', name: '', address: '', country: 'KZ' })}>
          {t('proc.addParty')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('proc.section.transfers')}</legend>
        {transfers.fields.map((field, i) => (
          <div className="list-item" key={field.id}>
            <div className="field-row">
              <Field label={t('proc.field.country')} error={error(`activity.crossBorder.${i}.country`)}>
                <input
                  {...register(`activity.crossBorder.${i}.country`)}
                  maxLength={2}
                  size={3}
                  aria-invalid={error(`activity.crossBorder.${i}.country`) !== undefined}
                />
              </Field>
              <button type="button" className="btn btn--small" onClick={() => transfers.remove(i)}>
                {t('proc.removeRow')}
              </button>
            </div>
            {bi(`crossBorder.${i}.basis`, 'proc.field.art16')}
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => transfers.append({ country: '', basis: { kk: '', ru: '' } })}>
          {t('proc.addTransfer')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('proc.section.systems')}</legend>
        {systems.fields.map((field, i) => (
          <div className="field-row list-item" key={field.id}>
            <Field label={t('proc.field.system')} error={error(`activity.systems.${i}.name`)}>
              <input {...register(`activity.systems.${i}.name`)} aria-invalid={error(`activity.systems.${i}.name`) !== undefined} />
            </Field>
            <Field label={t('proc.field.dbLocation')} error={error(`activity.systems.${i}.databaseLocation`)}>
              <input {...register(`activity.systems.${i}.databaseLocation`)} aria-invalid={error(`activity.systems.${i}.databaseLocation`) !== undefined} />
            </Field>
            <Field label={t('proc.field.country')} error={error(`activity.systems.${i}.country`)}>
              <input
                {...register(`activity.systems.${i}.country`)}
                maxLength={2}
                size={3}
                aria-invalid={error(`activity.systems.${i}.country`) !== undefined}
              />
            </Field>
            <button type="button" className="btn btn--small" onClick={() => systems.remove(i)}>
              {t('proc.removeRow')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => systems.append({ name: '', databaseLocation: '', country: 'KZ' })}>
          {t('proc.addSystem')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('proc.section.version')}</legend>
        <div className="field-row">
          <Field label={t('proc.field.effectiveFrom')} error={error('effectiveFrom')} hint={t('proc.field.effectiveFrom.hint')}>
            <input type="date" {...register('effectiveFrom')} aria-invalid={error('effectiveFrom') !== undefined} />
          </Field>
          <Field label={t('proc.field.note')} error={error('note')}>
            <input {...register('note')} aria-invalid={error('note') !== undefined} />
          </Field>
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="btn btn--primary" aria-disabled={formState.isSubmitting}>
          {t('proc.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('doc.cancel')}
        </button>
      </div>
      <p role="status" className={status === undefined || status.ok ? 'status-line' : 'status-line status-line--bad'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
