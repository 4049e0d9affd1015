/**
 * Settings → Organisation profile: what letters and acts print about the operator — legal name, BIN (with
 * its checksum), address and city in Kazakh and Russian, the DPO and their contacts, an optional logo, the
 * numbering prefixes, the authorized body (no default: enter its current name), the local executive body
 * (optional) and Roskomnadzor. Nothing is saved unless every field passes.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zonedParts } from '../../../shared/format';
import { composeOutgoingNumber } from '../../../shared/documents/outgoing-number';
import {
  emptyOrgProfile,
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  MAX_DEPUTIES,
  OPERATOR_KINDS,
  orgProfileSchema,
  type OrgProfileInput,
  type OrgProfileSetting,
} from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import { BilingualFields, Field, FieldError, useFieldError } from './form-parts';
import './documents.css';
import { runTask } from '../../app/run-task';

const readDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

export function OrgProfileSection() {
  const { t, settings, updateSetting } = useApp();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const defaultValues = useMemo<OrgProfileInput>(() => settings.orgProfile ?? emptyOrgProfile(), [settings.orgProfile]);
  const form = useForm<OrgProfileInput, unknown, OrgProfileSetting>({ resolver: zodResolver(orgProfileSchema), defaultValues, mode: 'onBlur' });
  const { register, handleSubmit, formState, setValue, setError, clearErrors, control } = form;
  const error = useFieldError(formState.errors);
  const deputies = useFieldArray({ control, name: 'deputies' });
  const [logo, outgoingPrefix, actPrefix] = useWatch({ control, name: ['logo', 'outgoingNumberPrefix', 'actNumberPrefix'] });
  const year = zonedParts(new Date(), settings.displayTimeZone).year;

  const pickLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      setError('logo', { message: 'doc.error.logo.type' });
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setError('logo', { message: 'doc.error.logo.size' });
      return;
    }
    clearErrors('logo');
    setValue('logo', await readDataUrl(file), { shouldValidate: true, shouldDirty: true });
  };

  const save = handleSubmit(
    async (values) => {
      await updateSetting('orgProfile', values);
      setStatus({ ok: true, text: t('doc.profile.saved') });
    },
    () => setStatus({ ok: false, text: t('doc.form.invalid') }),
  );

  return (
    <section className="card card--wide doc-settings" aria-labelledby="org-profile-title" data-testid="org-profile">
      <h2 id="org-profile-title">{t('doc.profile.title')}</h2>
      <p className="card__hint">{t('doc.profile.hint')}</p>
      <form onSubmit={(e) => (formState.isSubmitting ? e.preventDefault() : runTask(save(e)))} noValidate aria-label={t('doc.profile.title')}>
        <fieldset>
          <legend>{t('doc.profile.organisation')}</legend>
          <BilingualFields name="legalName" label={t('doc.profile.legalName')} register={register} error={error} />
          <div className="field-row">
            <Field label={t('doc.profile.bin')} error={error('bin')}>
              <input {...register('bin')} inputMode="numeric" maxLength={14} autoComplete="off" aria-invalid={error('bin') !== undefined} />
            </Field>
            <Field label={t('doc.profile.kind')} error={error('kind')}>
              <select {...register('kind')}>
                {OPERATOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`doc.profile.kind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <BilingualFields name="address" label={t('doc.profile.address')} register={register} error={error} />
          <BilingualFields name="city" label={t('doc.profile.city')} register={register} error={error} />
          <div className="field">
            <span>{t('doc.profile.logo')}</span>
            <div className="logo-picker">
              {logo ? (
                <img src={logo} alt={t('doc.profile.logo')} className="logo-picker__preview" />
              ) : (
                <span className="muted">{t('doc.profile.logo.none')}</span>
              )}
              <input type="file" accept="image/png,image/jpeg" aria-label={t('doc.profile.logo.pick')} onChange={(e) => runTask(pickLogo(e))} />
              {logo && (
                <button type="button" className="btn btn--small" onClick={() => setValue('logo', '', { shouldDirty: true })}>
                  {t('doc.profile.logo.remove')}
                </button>
              )}
            </div>
            <small>{t('doc.profile.logo.hint')}</small>
            <FieldError message={error('logo')} />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('doc.profile.dpo')}</legend>
          <Field label={t('doc.profile.dpoName')} error={error('dpo.name')}>
            <input {...register('dpo.name')} aria-invalid={error('dpo.name') !== undefined} />
          </Field>
          <BilingualFields name="dpo.position" label={t('doc.profile.dpoPosition')} register={register} error={error} />
          <div className="field-row">
            <Field label={t('doc.profile.email')} error={error('dpo.email')}>
              <input type="email" {...register('dpo.email')} aria-invalid={error('dpo.email') !== undefined} />
            </Field>
            <Field label={t('doc.profile.phone')} error={error('dpo.phone')}>
              <input type="tel" {...register('dpo.phone')} aria-invalid={error('dpo.phone') !== undefined} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('doc.profile.deputies')}</legend>
          <p className="card__hint">{t('doc.profile.deputies.hint')}</p>
          {deputies.fields.map((row, i) => (
            <div key={row.id} className="person-row">
              <Field label={t('doc.profile.deputy.name', { n: i + 1 })} error={error(`deputies.${i}.name`)}>
                <input {...register(`deputies.${i}.name`)} aria-invalid={error(`deputies.${i}.name`) !== undefined} />
              </Field>
              <BilingualFields name={`deputies.${i}.position`} label={t('doc.profile.deputy.position', { n: i + 1 })} register={register} error={error} />
              <button type="button" className="btn btn--small" onClick={() => deputies.remove(i)}>
                {t('doc.profile.deputy.remove', { n: i + 1 })}
              </button>
            </div>
          ))}
          {deputies.fields.length < MAX_DEPUTIES && (
            <button type="button" className="btn btn--small" onClick={() => deputies.append({ name: '', position: { kk: '', ru: '' } })}>
              {t('doc.profile.deputy.add')}
            </button>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('doc.profile.numbering')}</legend>
          <div className="field-row">
            <Field
              label={t('doc.profile.outgoingPrefix')}
              error={error('outgoingNumberPrefix')}
              hint={t('doc.profile.example', { number: composeOutgoingNumber(outgoingPrefix ?? '', year, 1) })}
            >
              <input {...register('outgoingNumberPrefix')} aria-invalid={error('outgoingNumberPrefix') !== undefined} />
            </Field>
            <Field
              label={t('doc.profile.actPrefix')}
              error={error('actNumberPrefix')}
              hint={t('doc.profile.example', { number: composeOutgoingNumber(actPrefix ?? '', year, 1) })}
            >
              <input {...register('actNumberPrefix')} aria-invalid={error('actNumberPrefix') !== undefined} />
            </Field>
          </div>
          <p className="card__hint">{t('doc.profile.numbering.hint')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('doc.profile.authorizedBody')}</legend>
          <p className="card__hint">{t('doc.profile.authorizedBody.hint')}</p>
          <BilingualFields name="authorizedBody.name" label={t('doc.profile.bodyName')} register={register} error={error} />
          <BilingualFields name="authorizedBody.address" label={t('doc.profile.bodyAddress')} register={register} error={error} />
        </fieldset>

        <fieldset>
          <legend>{t('doc.profile.localBody')}</legend>
          <p className="card__hint">{t('doc.profile.localBody.hint')}</p>
          <BilingualFields name="localExecutiveBody.name" label={t('doc.profile.bodyName')} register={register} error={error} />
          <BilingualFields name="localExecutiveBody.address" label={t('doc.profile.bodyAddress')} register={register} error={error} />
        </fieldset>

        <fieldset>
          <legend>{t('doc.profile.rkn')}</legend>
          <p className="card__hint">{t('doc.profile.rkn.hint')}</p>
          <BilingualFields name="rkn.name" label={t('doc.profile.bodyName')} register={register} error={error} multiline />
          <BilingualFields name="rkn.address" label={t('doc.profile.bodyAddress')} register={register} error={error} />
        </fieldset>

        <div className="button-row">
          <button type="submit" className="btn btn--primary" aria-disabled={formState.isSubmitting}>
            {t('doc.profile.save')}
          </button>
        </div>
        <p role="status" className={status === undefined ? 'status-line' : status.ok ? 'status-line' : 'status-line status-line--bad'}>
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
