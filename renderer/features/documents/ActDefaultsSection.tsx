/**
 * Settings → Destruction acts: who destroys the data and signs as the commission (one chair), the information
 * systems and categories of data usually named, the usual method, and the processor if processing is
 * entrusted (RKN Order 179 p.3 б). Each act's form starts from these.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { actDefaultsSchema, DESTRUCTION_METHODS, initialActDefaults, type ActDefaults, type ActDefaultsInput } from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import { BilingualFields, Field, FieldError, useFieldError } from './form-parts';
import './documents.css';
import { runTask } from '../../app/run-task';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

type Status = { readonly ok: boolean; readonly text: string };

/**
 * Until act settings are saved the form starts from the profile's DPO; the form is mounted afresh when that
 * starting point changes (profile saved meanwhile, or these settings saved), the status line stays.
 */
export function ActDefaultsSection() {
  const { t, settings } = useApp();
  const [status, setStatus] = useState<Status>();
  const dpo = settings.orgProfile?.dpo;
  const formKey = settings.actDefaults !== null ? 'saved' : JSON.stringify([dpo?.name, dpo?.position]);
  return (
    <section className="card card--wide doc-settings" aria-labelledby="act-defaults-title" data-testid="act-defaults">
      <h2 id="act-defaults-title">{t('doc.acts.title')}</h2>
      <p className="card__hint">{t('doc.acts.hint')}</p>
      <ActDefaultsForm key={formKey} onStatus={setStatus} />
      <p role="status" className={status === undefined || status.ok ? 'status-line' : 'status-line status-line--bad'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}

function ActDefaultsForm({ onStatus }: { onStatus: (status: Status) => void }) {
  const { t, settings, updateSetting } = useApp();
  const setStatus = onStatus;
  const defaultValues = useMemo<ActDefaultsInput>(
    () => settings.actDefaults ?? initialActDefaults(settings.orgProfile),
    [settings.actDefaults, settings.orgProfile],
  );
  const [systemsText, setSystemsText] = useState(() => defaultValues.informationSystems.join('\n'));
  const form = useForm<ActDefaultsInput, unknown, ActDefaults>({ resolver: zodResolver(actDefaultsSchema), defaultValues, mode: 'onBlur' });
  const { register, handleSubmit, formState, control, setValue } = form;
  const error = useFieldError(formState.errors);
  const destroyedBy = useFieldArray({ control, name: 'destroyedBy' });
  const commission = useFieldArray({ control, name: 'commission' });
  const categories = useFieldArray({ control, name: 'categories' });

  const save = handleSubmit(
    async (values) => {
      await updateSetting('actDefaults', values);
      setStatus({ ok: true, text: t('doc.acts.saved') });
    },
    () => setStatus({ ok: false, text: t('doc.form.invalid') }),
  );

  return (
    <form onSubmit={(e) => (formState.isSubmitting ? e.preventDefault() : runTask(save(e)))} noValidate aria-label={t('doc.acts.title')}>
      <fieldset>
        <legend>{t('doc.acts.destroyedBy')}</legend>
        {destroyedBy.fields.map((row, i) => (
          <div key={row.id} className="person-row">
            <Field label={t('doc.acts.personName')} error={error(`destroyedBy.${i}.name`)}>
              <input {...register(`destroyedBy.${i}.name`)} />
            </Field>
            <BilingualFields name={`destroyedBy.${i}.position`} label={t('doc.acts.position')} register={register} error={error} />
            <button type="button" className="btn btn--small" onClick={() => destroyedBy.remove(i)}>
              {t('doc.remove')}
            </button>
          </div>
        ))}
        <FieldError message={error('destroyedBy')} />
        <button type="button" className="btn btn--small" onClick={() => destroyedBy.append({ name: '', position: { kk: '', ru: '' } })}>
          {t('doc.acts.addPerson')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('doc.acts.commission')}</legend>
        {commission.fields.map((row, i) => (
          <div key={row.id} className="person-row">
            <div className="field-row">
              <Field label={t('doc.acts.personName')} error={error(`commission.${i}.name`)}>
                <input {...register(`commission.${i}.name`)} />
              </Field>
              <Field label={t('doc.acts.role')}>
                <select {...register(`commission.${i}.role`)}>
                  <option value="chair">{t('doc.acts.role.chair')}</option>
                  <option value="member">{t('doc.acts.role.member')}</option>
                </select>
              </Field>
            </div>
            <BilingualFields name={`commission.${i}.position`} label={t('doc.acts.position')} register={register} error={error} />
            <button type="button" className="btn btn--small" onClick={() => commission.remove(i)}>
              {t('doc.remove')}
            </button>
          </div>
        ))}
        <FieldError message={error('commission')} />
        <button type="button" className="btn btn--small" onClick={() => commission.append({ name: '', position: { kk: '', ru: '' }, role: 'member' })}>
          {t('doc.acts.addMember')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('doc.acts.data')}</legend>
        <Field label={t('doc.acts.systems')} hint={t('doc.acts.systems.hint')}>
          <textarea
            rows={3}
            value={systemsText}
            onChange={(e) => {
              setSystemsText(e.target.value);
              setValue('informationSystems', lines(e.target.value));
            }}
          />
        </Field>
        <h3>{t('doc.acts.categories')}</h3>
        {categories.fields.map((row, i) => (
          <div key={row.id} className="person-row">
            <BilingualFields name={`categories.${i}`} label={t('doc.acts.category')} register={register} error={error} />
            <button type="button" className="btn btn--small" onClick={() => categories.remove(i)}>
              {t('doc.remove')}
            </button>
          </div>
        ))}
        <FieldError message={error('categories')} />
        <button type="button" className="btn btn--small" onClick={() => categories.append({ kk: '', ru: '' })}>
          {t('doc.acts.addCategory')}
        </button>
        <h3>{t('doc.acts.methods')}</h3>
        <div className="checks">
          {DESTRUCTION_METHODS.map((m) => (
            <label key={m} className="check">
              <input type="checkbox" value={m} {...register('methods')} />
              <span>{t(`doc.method.${m}`)}</span>
            </label>
          ))}
        </div>
        <FieldError message={error('methods')} />
      </fieldset>

      <fieldset>
        <legend>{t('doc.acts.processor')}</legend>
        <p className="card__hint">{t('doc.acts.processor.hint')}</p>
        <BilingualFields name="processor.name" label={t('doc.profile.bodyName')} register={register} error={error} />
        <BilingualFields name="processor.address" label={t('doc.profile.bodyAddress')} register={register} error={error} />
      </fieldset>

      <div className="button-row">
        <button type="submit" className="btn btn--primary" aria-disabled={formState.isSubmitting}>
          {t('doc.acts.save')}
        </button>
      </div>
    </form>
  );
}
