/**
 * Settings → Grounds for refusal: the library a refusal is recorded with and the letter prints — each ground
 * in Kazakh and Russian with its pinpoint citation and how firmly it was verified. The DPO edits the wording
 * or citation of any entry (and can put it back as shipped) or adds a ground.
 */
import { groundDisplay } from '../../../shared/documents/grounds-display';
import { DEFAULT_GROUNDS, findGround } from '../../../shared/documents/grounds';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  groundEditSchema,
  isDefaultGround,
  LEGAL_TAGS,
  resolveGrounds,
  withGroundEdit,
  withGroundReset,
  withNewGround,
  type GroundEdit,
  type GroundEditInput,
} from '../../../shared/documents/grounds-library';
import type { Ground } from '../../../shared/documents/model';
import { useApp } from '../../app/app-context';
import { BilingualFields, Field, useFieldError } from './form-parts';
import './documents.css';
import { runTask } from '../../app/run-task';

export function GroundsSection() {
  const { t, settings, updateSetting } = useApp();
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState('');
  const setting = settings.groundsLibrary;
  const grounds = resolveGrounds(setting);

  const saveEdit = async (id: string, edit: GroundEdit) => {
    await updateSetting('groundsLibrary', withGroundEdit(setting, id, edit));
    setEditing(undefined);
    setStatus(t('doc.grounds.saved'));
  };
  const add = async (edit: GroundEdit) => {
    const next = withNewGround(setting, edit);
    await updateSetting('groundsLibrary', next.setting);
    setEditing(undefined);
    setStatus(t('doc.grounds.added', { id: next.id }));
  };
  const reset = async (id: string) => {
    await updateSetting('groundsLibrary', withGroundReset(setting, id));
    setStatus(t('doc.grounds.reset'));
  };

  return (
    <section className="card card--wide" aria-labelledby="grounds-title" data-testid="grounds-library">
      <h2 id="grounds-title">{t('doc.grounds.title')}</h2>
      <p className="card__hint">{t('doc.grounds.hint')}</p>
      <ul className="ground-list">
        {grounds.map((g) => {
          const shown = groundDisplay(g, findGround(DEFAULT_GROUNDS, g.id), settings.locale);
          return (
            <li key={g.id} className="ground" data-ground={g.id}>
              {editing === g.id ? (
                <GroundEditor ground={g} onSave={(edit) => saveEdit(g.id, edit)} onCancel={() => setEditing(undefined)} />
              ) : (
                <details>
                  <summary>
                    <span className={`badge badge--tag badge--tag-${g.tag}`}>[{g.tag}]</span>{' '}
                    <span className="badge">{g.jurisdiction === 'kz' ? t('doc.grounds.kz') : t('doc.grounds.ru')}</span>{' '}
                    {!isDefaultGround(g.id) && <span className="badge badge--added">{t('doc.grounds.custom')}</span>}
                    {setting.overrides[g.id] !== undefined && <span className="badge badge--edited">{t('doc.grounds.edited')}</span>}{' '}
                    <span className="ground__citation" lang={shown.lang} data-testid="ground-citation">
                      {shown.citation}
                    </span>
                    <span className="ground__snippet" lang={shown.lang}>
                      {shown.text}
                    </span>
                    {settings.locale === 'en' && shown.lang !== 'en' && <span className="muted"> {t('ground.inRussian')}</span>}
                  </summary>
                  <div className="ground__texts">
                    {(['kk', 'ru'] as const).map((lang) => (
                      <div key={lang}>
                        <h3>{t(`doc.lang.${lang}`)}</h3>
                        <p lang={lang}>{g.text[lang]}</p>
                        <p className="muted" lang={lang}>
                          {g.citation[lang]}
                        </p>
                      </div>
                    ))}
                  </div>
                  {shown.lang === 'en' && (
                    <div className="ground__texts">
                      <div>
                        <h3>{t('ground.en.heading')}</h3>
                        <p lang="en">{shown.text}</p>
                        <p className="muted" lang="en">
                          {shown.citation}
                        </p>
                      </div>
                    </div>
                  )}
                  {shown.note !== undefined && (
                    <p className="muted ground__note" data-testid="ground-note">
                      {shown.note}
                    </p>
                  )}
                  <div className="button-row">
                    <button type="button" className="btn btn--small" onClick={() => setEditing(g.id)}>
                      {t('doc.grounds.edit')}
                    </button>
                    {setting.overrides[g.id] !== undefined && (
                      <button type="button" className="btn btn--small" onClick={() => runTask(reset(g.id))}>
                        {t('doc.grounds.resetButton')}
                      </button>
                    )}
                  </div>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        <GroundEditor onSave={add} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          {t('doc.grounds.add')}
        </button>
      )}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}

function GroundEditor({ ground, onSave, onCancel }: { ground?: Ground; onSave: (edit: GroundEdit) => Promise<void>; onCancel: () => void }) {
  const { t } = useApp();
  const [invalid, setInvalid] = useState(false);
  const form = useForm<GroundEditInput, unknown, GroundEdit>({
    resolver: zodResolver(groundEditSchema),
    defaultValues: ground
      ? { text: { ...ground.text }, citation: { ...ground.citation }, tag: ground.tag, jurisdiction: ground.jurisdiction }
      : { text: { kk: '', ru: '' }, citation: { kk: '', ru: '' }, tag: 'I', jurisdiction: 'kz' },
  });
  const { register, handleSubmit, formState } = form;
  const error = useFieldError(formState.errors);
  const submit = handleSubmit(
    (values) => onSave(values),
    () => setInvalid(true),
  );
  return (
    <form className="ground-editor" onSubmit={(e) => runTask(submit(e))} noValidate aria-label={ground ? t('doc.grounds.edit') : t('doc.grounds.add')}>
      <BilingualFields name="text" label={t('doc.grounds.text')} register={register} error={error} multiline />
      <BilingualFields name="citation" label={t('doc.grounds.citation')} register={register} error={error} multiline />
      <div className="field-row">
        <Field label={t('doc.grounds.tag')}>
          <select {...register('tag')}>
            {LEGAL_TAGS.map((tag) => (
              <option key={tag} value={tag}>
                [{tag}] {t(`doc.tag.${tag}`)}
              </option>
            ))}
          </select>
        </Field>
        {ground === undefined ? (
          <Field label={t('doc.grounds.jurisdiction')}>
            <select {...register('jurisdiction')}>
              <option value="kz">{t('doc.grounds.kz')}</option>
              <option value="ru-subject">{t('doc.grounds.ru')}</option>
            </select>
          </Field>
        ) : (
          <Field label={t('doc.grounds.jurisdiction')}>
            <output>{ground.jurisdiction === 'kz' ? t('doc.grounds.kz') : t('doc.grounds.ru')}</output>
          </Field>
        )}
      </div>
      {invalid && (
        <p className="field-error" role="alert">
          {t('doc.form.invalid')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn--primary">
          {t('doc.grounds.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('doc.cancel')}
        </button>
      </div>
    </form>
  );
}
