/** The request itself: channel, when it was received (the clock's start), its language, types, text and files. */
import { useFormContext, type FieldError } from 'react-hook-form';
import type { IntakeInput } from '../../../../shared/cases/intake-schema';
import { MAX_CASE_TERM } from '../../../../shared/cases/deadlines';
import { CHANNELS } from '../../../../shared/cases/model';
import { REQUEST_LANGUAGES } from '../../../../shared/locale';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/Field';
import { AttachmentDrop } from '../AttachmentDrop';
import type { RequestTypeOption } from '../IntakeForm';
import { useFieldMessage } from './field-message';

export function RequestFields({
  requestTypes,
  files,
  onFiles,
}: {
  requestTypes: readonly RequestTypeOption[];
  files: File[];
  onFiles: (files: File[]) => void;
}) {
  const { t, settings } = useApp();
  const message = useFieldMessage();
  const { register, formState, watch } = useFormContext<IntakeInput>();
  const errors = formState.errors;
  // K14: the authorized body sets the term in its request (the Law sets none); asked only for that type.
  const bodyRequest = (watch('requestTypes') ?? []).includes('kz-authority-request');
  return (
    <fieldset>
      <legend>{t('intake.request')}</legend>
      <div className="field-row">
        <label className="field">
          <span>{t('intake.channel')} *</span>
          <select {...register('channel')} aria-required>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <Field
          label={
            <>
              {t('intake.receivedAt')} * ({settings.displayTimeZone})
            </>
          }
          error={message(errors.receivedAt)}
          hint={t('intake.receivedAt.hint')}
          required
        >
          <input type="datetime-local" {...register('receivedAt')} />
        </Field>
        <label className="field">
          <span>{t('intake.language')} *</span>
          <select {...register('language')} aria-required>
            {REQUEST_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field" role="group" aria-labelledby="types-label" aria-describedby={errors.requestTypes ? 'types-error' : undefined}>
        <span id="types-label">{t('intake.types')} *</span>
        <div className="checks">
          {requestTypes.map((type) => (
            <label key={type.id} className="check">
              <input type="checkbox" value={type.id} {...register('requestTypes')} />
              <span>{type.label}</span>
            </label>
          ))}
        </div>
        {errors.requestTypes && (
          <span className="field-error" id="types-error">
            {message(errors.requestTypes as FieldError | undefined)}
          </span>
        )}
      </div>
      {bodyRequest && (
        <Field label={<>{t('intake.bodyTerm')} *</>} error={message(errors.bodyTerm)} hint={t('intake.bodyTerm.hint')} required>
          <input type="number" min={1} max={MAX_CASE_TERM} step={1} inputMode="numeric" {...register('bodyTerm')} />
        </Field>
      )}
      <Field label={<>{t('intake.description')}</>} error={message(errors.description)}>
        <textarea rows={4} {...register('description')} />
      </Field>
      <AttachmentDrop files={files} onChange={onFiles} />
    </fieldset>
  );
}
