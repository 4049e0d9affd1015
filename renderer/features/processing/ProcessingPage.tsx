/**
 * The register of processing activities: offered from a starter (payment or microfinance organisation) while
 * empty; then every version (the one in force today marked, past ones readable), its activities, editing (each
 * save is a new version in force from its day, audited), JSON import/export and the XLSX for the regulator.
 */
import { useState, type ChangeEvent } from 'react';
import { zonedDate } from '../../../shared/format';
import type { ProcessingActivity, RegisterVersionRecord } from '../../../shared/processing/model';
import { readRegisterJson, registerJson } from '../../../shared/processing/register-json';
import type { RegisterProblem } from '../../../shared/processing/schema';
import { STARTERS, STARTER_IDS, type StarterId } from '../../../shared/processing/starters';
import { latestVersion, versionInForce } from '../../../shared/processing/versions';
import { formatDotDate, parseDateKey } from '../../../shared/time/civil-date';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { PageHeader } from '../../components/PageHeader';
import { useRegisterVersions } from '../../db/processing-hooks';
import { RegisterWriteError, saveVersion } from '../../db/processing-steps';
import type { MessageKey } from '../../i18n/messages';
import { ActivityForm } from './ActivityForm';
import { RelationshipImport } from './RelationshipImport';
import { DestructionQueue } from './DestructionQueue';
import { RetentionActList } from './RetentionActList';
import { registerXlsx } from './register-xlsx';
import { emptyActivity, type VersionFormOutput } from './version-form-schema';
import './processing.css';

const dotDate = (key: string): string => {
  const days = parseDateKey(key);
  return days === undefined ? key : formatDotDate(days);
};

type Editing = { readonly activity: ProcessingActivity; readonly isNew: boolean } | undefined;

export function ProcessingPage() {
  const { t, settings, platform } = useApp();
  const versions = useRegisterVersions();
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<Editing>();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<readonly RegisterProblem[]>([]);
  const today = zonedDate(new Date(), settings.displayTimeZone);
  const lang = settings.locale === 'kk' ? 'kk' : 'ru';

  if (versions === undefined) return <PageHeader title={t('proc.title')} subtitle={t('proc.subtitle')} />;

  const latest = latestVersion(versions);
  const inForce = versionInForce(versions, today);
  const shown: RegisterVersionRecord | undefined = versions.find((v) => v.id === selectedId) ?? inForce ?? latest;
  const isLatest = shown !== undefined && shown.id === latest?.id;

  const saved = (text: string) => {
    setStatus(text);
    setProblems([]);
  };

  const takeStarter = async (id: StarterId) => {
    const record = await saveVersion({ activities: STARTERS[id], effectiveFrom: today, source: 'starter', note: t(`proc.starter.${id}`) });
    setSelectedId(record.id);
    saved(t('proc.saved', { version: record.version, date: dotDate(record.effectiveFrom) }));
  };

  const saveEdit = async (values: VersionFormOutput) => {
    const base = latest?.activities ?? [];
    const activity = values.activity as ProcessingActivity;
    const activities = editing?.isNew ? [...base, activity] : base.map((a) => (a.id === activity.id ? activity : a));
    const record = await saveVersion({ activities, effectiveFrom: values.effectiveFrom, source: 'edit', note: values.note });
    setEditing(undefined);
    setSelectedId(record.id);
    saved(t('proc.saved', { version: record.version, date: dotDate(record.effectiveFrom) }));
  };

  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const read = readRegisterJson(await file.text());
    if (!read.ok) {
      setProblems(read.problems);
      setStatus(t('proc.import.refused', { name: file.name }));
      return;
    }
    try {
      const record = await saveVersion({
        activities: read.file.activities,
        effectiveFrom: read.file.effectiveFrom,
        source: 'import',
        note: read.file.note || file.name,
      });
      setSelectedId(record.id);
      saved(t('proc.saved', { version: record.version, date: dotDate(record.effectiveFrom) }));
    } catch (cause) {
      if (!(cause instanceof RegisterWriteError)) throw cause;
      setProblems(cause.problems);
      setStatus(t('proc.import.refused', { name: file.name }));
    }
  };

  const describeSave = (result: Awaited<ReturnType<typeof platform.saveFile>>): string =>
    result.ok
      ? result.value.status === 'saved'
        ? t('save.saved', { path: result.value.path })
        : result.value.status === 'downloaded'
          ? t('save.downloaded', { fileName: result.value.fileName })
          : t('save.canceled')
      : t('error.generic', { message: result.message });

  const exportJson = async (version: RegisterVersionRecord) => {
    const bytes = new TextEncoder().encode(registerJson(version));
    setStatus(describeSave(await platform.saveFile(`qorgau-processing-register-v${version.version}.json`, bytes, [{ name: 'JSON', extensions: ['json'] }])));
  };

  const exportXlsx = async (version: RegisterVersionRecord) => {
    const bytes = await registerXlsx(version);
    setStatus(describeSave(await platform.saveFile(`qorgau-processing-register-v${version.version}.xlsx`, bytes, [{ name: 'Excel', extensions: ['xlsx'] }])));
  };

  const importControl = (
    <label className="btn file-button">
      {t('proc.import')}
      <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => runTask(importJson(e))} data-testid="register-import" />
    </label>
  );

  return (
    <>
      <PageHeader title={t('proc.title')} subtitle={t('proc.subtitle')} />
      {shown === undefined ? (
        <section className="card card--wide" aria-labelledby="starter-title" data-testid="register-starters">
          <h2 id="starter-title">{t('proc.starter.title')}</h2>
          <p className="card__hint">{t('proc.starter.hint')}</p>
          <div className="button-row">
            {STARTER_IDS.map((id) => (
              <button key={id} type="button" className="btn btn--primary" onClick={() => runTask(takeStarter(id))}>
                {t(`proc.starter.${id}`)}
              </button>
            ))}
            {importControl}
          </div>
        </section>
      ) : (
        <section className="card card--wide" aria-labelledby="register-version-title" data-testid="register-versions">
          <h2 id="register-version-title">{t('proc.version.title', { version: shown.version, date: dotDate(shown.effectiveFrom) })}</h2>
          <div className="field-row">
            <label className="field">
              <span>{t('proc.version.pick')}</span>
              <select value={shown.id} onChange={(e) => setSelectedId(e.target.value)} data-testid="register-version-pick">
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t('proc.version.option', { version: v.version, date: dotDate(v.effectiveFrom) })}
                    {v.id === inForce?.id ? ` — ${t('proc.version.inForce')}` : v.effectiveFrom > today ? ` — ${t('proc.version.future')}` : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="card__hint">
            {shown.id === inForce?.id ? t('proc.version.inForce') : shown.effectiveFrom > today ? t('proc.version.future') : t('proc.version.past')} ·{' '}
            {t(`proc.source.${shown.source}`)} · {shown.note}
          </p>
          <div className="button-row">
            {isLatest && (
              <button type="button" className="btn" onClick={() => setEditing({ activity: emptyActivity(), isNew: true })}>
                {t('proc.add')}
              </button>
            )}
            <button type="button" className="btn" onClick={() => runTask(exportJson(shown))}>
              {t('proc.exportJson')}
            </button>
            <button type="button" className="btn" onClick={() => runTask(exportXlsx(shown))}>
              {t('proc.exportXlsx')}
            </button>
            {importControl}
          </div>
        </section>
      )}
      <p role="status" className="status-line" data-testid="register-status">
        {status}
      </p>
      {problems.length > 0 && (
        <div className="form-problems" role="alert" data-testid="register-problems">
          <p className="form-summary">{t('proc.import.problems', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <code>{p.path || '—'}</code>: {t(p.code as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editing !== undefined && (
        <ActivityForm
          key={editing.activity.id || 'new'}
          initial={editing.activity}
          isNew={editing.isNew}
          today={today}
          onSave={saveEdit}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {shown !== undefined && (
        <div className="processing-scroll" tabIndex={0} role="region" aria-label={t('proc.table')}>
          <table className="table processing-table" data-testid="register-table">
            <caption className="visually-hidden">{t('proc.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('proc.field.id')}</th>
                <th scope="col">{t('proc.field.purpose')}</th>
                <th scope="col">{t('proc.col.basis')}</th>
                <th scope="col">{t('proc.col.retention')}</th>
                <th scope="col">{t('proc.col.transfers')}</th>
                <th scope="col">{t('proc.section.systems')}</th>
                {isLatest && <th scope="col">{t('proc.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.activities.map((a) => (
                <tr key={a.id} data-activity={a.id}>
                  <td>
                    <code>{a.id}</code>
                  </td>
                  <td lang={lang}>{a.purpose[lang]}</td>
                  <td>
                    {t(`proc.basis.${a.legalBasis.kind}`)}
                    <br />
                    <small lang={lang}>{a.legalBasis.citation[lang]}</small>
                  </td>
                  <td>
                    {t(`proc.term.${a.retention.unit}`, { count: a.retention.amount })} {t(`proc.from.${a.retention.runsFrom}`)}
                    <br />
                    <small lang={lang}>{a.retention.basis[lang]}</small>
                  </td>
                  <td>{a.crossBorder.length === 0 ? t('proc.none') : a.crossBorder.map((c) => c.country).join(', ')}</td>
                  <td>{a.systems.map((s) => `${s.name} (${s.databaseLocation})`).join('; ')}</td>
                  {isLatest && (
                    <td>
                      <button
                        type="button"
                        className="btn btn--small"
                        aria-label={t('proc.edit', { id: a.id })}
                        onClick={() => setEditing({ activity: a, isNew: false })}
                      >
                        {t('proc.editShort')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {latest !== undefined && <RelationshipImport activities={latest.activities} />}
      {latest !== undefined && <DestructionQueue today={today} activities={latest.activities} />}
      <RetentionActList />
    </>
  );
}
