/**
 * Registering a request: subject, representative, channel, receipt time (separate from entry time),
 * language, request types, text and attachments. Validated by the shared intake schema; every invalid
 * field gets a localized message and nothing is saved until all pass. "Not in the future" is checked
 * against the clock at submission; Cancel asks before it drops anything typed or attached.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { intakeSchema, type IntakeInput, type IntakeValues } from '../../../shared/cases/intake-schema';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { CHANNELS } from '../../../shared/cases/model';
import { REQUEST_LANGUAGES } from '../../../shared/locale';
import type { RequestType } from '../../../shared/rules/request-types';
import { useApp } from '../../app/app-context';
import type { MessageKey } from '../../i18n/messages';
import { Field } from '../../components/Field';
import { AttachmentDrop } from './AttachmentDrop';
import { runTask } from '../../app/run-task';

export interface RequestTypeOption {
  readonly id: RequestType;
  readonly label: string;
}

const systemClock = (): Date => new Date();

export function IntakeForm(props: {
  requestTypes: readonly RequestTypeOption[];
  onSubmit: (values: IntakeValues, files: File[]) => Promise<void>;
  onCancel: () => void;
  now?: () => Date;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const now = props.now ?? systemClock;
  const [files, setFiles] = useState<File[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const resolver = useMemo(
    () => zodResolver(intakeSchema({ requestTypes: props.requestTypes.map((r) => r.id), now, localToInstant: (local) => localInputToInstant(local, zone) })),
    [props.requestTypes, now, zone],
  );
  const form = useForm<IntakeInput, unknown, IntakeValues>({
    resolver,
    mode: 'onBlur',
    defaultValues: {
      subject: { fullName: '', iin: '', birthDate: '', email: '', phone: '', address: '' },
      onBehalf: false,
      representative: { fullName: '', authorityDocument: '' },
      channel: 'email',
      receivedAt: instantToLocalInput(now(), zone),
      language: settings.locale === 'kk' ? 'kk' : 'ru',
      rfSubject: false,
      requestTypes: [],
      description: '',
    },
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;
  const onBehalf = useWatch({ control, name: 'onBehalf' });
  const message = (error: FieldError | undefined): string | undefined => (error?.message ? t(error.message as MessageKey) : undefined);
  // Read while rendering, so react-hook-form keeps isDirty up to date.
  const typedSomething = formState.isDirty || files.length > 0;
  const cancel = () => {
    if (typedSomething) setConfirmingCancel(true);
    else props.onCancel();
  };

  const submit = handleSubmit(async (values) => {
    setSaving(true);
    setFailure(undefined);
    try {
      await props.onSubmit(values, files);
    } catch (cause) {
      setFailure(t('error.generic', { message: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form className="intake" onSubmit={(e) => runTask(submit(e))} noValidate aria-label={t('intake.title')}>
      <fieldset>
        <legend>{t('intake.subject')}</legend>
        <Field label={<>{t('intake.fullName')} *</>} error={message(errors.subject?.fullName)}>
          <input {...register('subject.fullName')} autoComplete="off" />
        </Field>
        <div className="field-row">
          <Field label={<>{t('intake.iin')}</>} error={message(errors.subject?.iin)}>
            <input {...register('subject.iin')} inputMode="numeric" maxLength={14} autoComplete="off" />
          </Field>
          <Field label={<>{t('intake.birthDate')}</>} error={message(errors.subject?.birthDate)}>
            <input type="date" {...register('subject.birthDate')} />
          </Field>
        </div>
        <div className="field-row">
          <Field label={<>{t('intake.email')}</>} error={message(errors.subject?.email)}>
            <input type="email" {...register('subject.email')} />
          </Field>
          <Field label={<>{t('intake.phone')}</>} error={message(errors.subject?.phone)}>
            <input type="tel" {...register('subject.phone')} />
          </Field>
        </div>
        <Field label={<>{t('intake.address')}</>}>
          <input {...register('subject.address')} />
        </Field>
        <label className="check">
          <input type="checkbox" {...register('rfSubject')} />
          <span>{t('intake.rfSubject')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('intake.representativeBlock')}</legend>
        <label className="check">
          <input type="checkbox" {...register('onBehalf')} />
          <span>{t('intake.onBehalf')}</span>
        </label>
        {onBehalf && (
          <div className="field-row">
            <Field label={<>{t('intake.representative')} *</>} error={message(errors.representative?.fullName)}>
              <input {...register('representative.fullName')} />
            </Field>
            <Field label={<>{t('intake.authority')} *</>} error={message(errors.representative?.authorityDocument)}>
              <input {...register('representative.authorityDocument')} />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('intake.request')}</legend>
        <div className="field-row">
          <label className="field">
            <span>{t('intake.channel')} *</span>
            <select {...register('channel')}>
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
                {t('intake.receivedAt')} * ({zone})
              </>
            }
            error={message(errors.receivedAt)}
            hint={t('intake.receivedAt.hint')}
          >
            <input type="datetime-local" {...register('receivedAt')} />
          </Field>
          <label className="field">
            <span>{t('intake.language')} *</span>
            <select {...register('language')}>
              {REQUEST_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="field" role="group" aria-labelledby="types-label">
          <span id="types-label">{t('intake.types')} *</span>
          <div className="checks">
            {props.requestTypes.map((type) => (
              <label key={type.id} className="check">
                <input type="checkbox" value={type.id} {...register('requestTypes')} />
                <span>{type.label}</span>
              </label>
            ))}
          </div>
          {errors.requestTypes && (
            <span className="field-error" role="alert">
              {message(errors.requestTypes as FieldError | undefined)}
            </span>
          )}
        </div>
        <Field label={<>{t('intake.description')}</>} error={message(errors.description)}>
          <textarea rows={4} {...register('description')} />
        </Field>
        <AttachmentDrop files={files} onChange={setFiles} />
      </fieldset>

      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <p className="form-summary" role="alert">
          {t('intake.fixErrors')}
        </p>
      )}
      {confirmingCancel ? (
        <div className="button-row" role="alertdialog" aria-labelledby="intake-discard-question">
          <p id="intake-discard-question">{t('intake.discard.question')}</p>
          <button type="button" className="btn btn--danger" onClick={props.onCancel}>
            {t('intake.discard.confirm')}
          </button>
          <button type="button" className="btn" onClick={() => setConfirmingCancel(false)} autoFocus>
            {t('intake.discard.keep')}
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="submit" className="btn btn--primary" disabled={saving}>
            {t('intake.save')}
          </button>
          <button type="button" className="btn" onClick={cancel}>
            {t('intake.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
