/**
 * The breach register: every incident with its status and next deadline, filtered by status, detection
 * period and RF citizens; exported as CSV or XLSX. '#/breaches/new' registers an incident, '#/breaches/<id>'
 * shows one.
 */
import { DueYearEstimateWarning } from '../calendar/EstimateWarning';
import { useDeadlineContext } from '../../db/deadline-hooks';
import { useMemo, useState } from 'react';
import { EMPTY_INCIDENT_FORM, type IncidentValues } from '../../../shared/incidents/incident-schema';
import { INCIDENT_STATUSES, type IncidentObligationRecord, type IncidentStatus } from '../../../shared/incidents/model';
import { matchesFilter, NO_REGISTER_FILTER, REGISTER_COLUMNS, type IncidentRegisterFormat, type RegisterFilter } from '../../../shared/incidents/register';
import { instantToLocalInput, zonedDate } from '../../../shared/format';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { useApp } from '../../app/app-context';
import { announce } from '../../app/announce';
import { navigate, useSubpath } from '../../app/routes';
import { runTask } from '../../app/run-task';
import { PageHeader } from '../../components/PageHeader';
import { loadRegister, useIncidents } from '../../db/incident-hooks';
import { registerIncident } from '../../db/incident-steps';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { IncidentForm } from './IncidentForm';
import { IncidentScreen } from './IncidentScreen';
import { breachRegisterCsv, breachRegisterXlsx } from './register-export';
import './breaches.css';

export function BreachesPage() {
  const subpath = useSubpath();
  if (subpath === 'new') return <NewIncident />;
  if (subpath) return <IncidentScreen incidentId={subpath} />;
  return <BreachRegister />;
}

function NewIncident() {
  const { t, settings } = useApp();
  const initial = useMemo(
    () => ({
      ...EMPTY_INCIDENT_FORM,
      detectedAt: instantToLocalInput(new Date(), DEFAULT_TIME_ZONE),
      detectedZone: DEFAULT_TIME_ZONE,
      kzCount: '0',
      rfCount: '0',
    }),
    [],
  );
  const submit = async (values: IncidentValues, files: File[]) => {
    const created = await registerIncident(values, files, settings);
    announce(t('breach.registered', { number: created.number }));
    navigate('breaches', created.id);
  };
  return (
    <>
      <PageHeader title={t('breach.new')} subtitle={t('breach.subtitle')} />
      <IncidentForm initial={initial} editing={false} onSubmit={submit} onCancel={() => navigate('breaches')} />
    </>
  );
}

/** How the register's cells read in the interface language. */
export function useRegisterFormat(): IncidentRegisterFormat {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const when = (iso: string) => formatDateTime(new Date(iso), zone);
  const now = new Date().toISOString();
  return {
    columns: Object.fromEntries(
      REGISTER_COLUMNS.map((c) => [
        c,
        t(
          `breach.col.${c === 'detectedAt' ? 'detected' : c === 'kzCount' ? 'kz' : c === 'rfCount' ? 'rf' : c === 'measuresTaken' ? 'measures' : c}` as MessageKey,
        ),
      ]),
    ) as IncidentRegisterFormat['columns'],
    instant: when,
    status: (s) => t(`breach.status.${s}`),
    clock: (o: IncidentObligationRecord | undefined) =>
      o === undefined
        ? t('breach.clock.na')
        : o.status === 'done'
          ? t('breach.clock.doneAt', { at: when(o.completedAt ?? o.dueAt) })
          : o.dueAt < now
            ? t('breach.clock.overdueAt', { due: when(o.dueAt) })
            : t('breach.clock.dueAt', { due: when(o.dueAt) }),
  };
}

function BreachRegister() {
  const { t, settings, platform } = useApp();
  const incidents = useIncidents();
  const [filter, setFilter] = useState<RegisterFilter>(NO_REGISTER_FILTER);
  // Kept as a key and values, so it reads in the current interface language after a switch.
  const [status, setStatus] = useState<{ key: MessageKey; values: Record<string, string> }>();
  const format = useRegisterFormat();
  const context = useDeadlineContext(settings);
  const zone = settings.displayTimeZone;
  const localDate = (iso: string) => zonedDate(new Date(iso), DEFAULT_TIME_ZONE);
  const shown = (incidents ?? []).filter((i) => matchesFilter(i, filter, localDate));

  const exportAs = async (kind: 'csv' | 'xlsx') => {
    const entries = (await loadRegister()).filter((e) => matchesFilter(e.incident, filter, localDate)).reverse();
    const day = zonedDate(new Date(), zone);
    const bytes = kind === 'csv' ? breachRegisterCsv(entries, format) : await breachRegisterXlsx(entries, format, t('breach.title'));
    const result = await platform.saveFile(`qorgau-breaches-${day}.${kind}`, bytes, [{ name: kind.toUpperCase(), extensions: [kind] }]);
    setStatus(
      result.ok
        ? result.value.status === 'saved'
          ? { key: 'save.saved', values: { path: result.value.path } }
          : result.value.status === 'downloaded'
            ? { key: 'save.downloaded', values: { fileName: result.value.fileName } }
            : { key: 'save.canceled', values: {} }
        : { key: 'error.generic', values: { message: result.message } },
    );
  };

  return (
    <>
      <div className="page-header page-header--with-action">
        <div>
          <h1>{t('breach.title')}</h1>
          <p>{t('breach.subtitle')}</p>
        </div>
        <button type="button" className="btn btn--primary" onClick={() => navigate('breaches', 'new')}>
          {t('breach.new')}
        </button>
      </div>
      <fieldset className="card breach-filters" data-testid="breach-filters">
        <legend>{t('breach.filter.legend')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor="breach-filter-status">{t('breach.filter.status')}</label>
            <select
              id="breach-filter-status"
              value={filter.status ?? ''}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  status: (INCIDENT_STATUSES as readonly string[]).includes(e.target.value) ? (e.target.value as IncidentStatus) : undefined,
                })
              }
            >
              <option value="">{t('breach.filter.any')}</option>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`breach.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="breach-filter-from">{t('breach.filter.from')}</label>
            <input id="breach-filter-from" type="date" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="breach-filter-to">{t('breach.filter.to')}</label>
            <input id="breach-filter-to" type="date" value={filter.to} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
          </div>
        </div>
        <label className="check">
          <input type="checkbox" checked={filter.rfOnly} onChange={(e) => setFilter({ ...filter, rfOnly: e.target.checked })} />
          {t('breach.filter.rf')}
        </label>
        <div className="button-row">
          <button type="button" className="btn" onClick={() => runTask(exportAs('csv'))}>
            {t('breach.export.csv')}
          </button>
          <button type="button" className="btn" onClick={() => runTask(exportAs('xlsx'))}>
            {t('breach.export.xlsx')}
          </button>
        </div>
        <p className="status-line" role="status" data-testid="breach-export-status">
          {status === undefined ? '' : t(status.key, status.values)}
        </p>
      </fieldset>
      <p className="muted" data-testid="breach-count" aria-live="polite">
        {t('breach.filter.count', { count: shown.length })}
      </p>
      {incidents !== undefined && shown.length === 0 ? (
        <p className="muted">{t('breach.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('breach.title')} tabIndex={0}>
          <table className="table breach-table" data-testid="breach-table">
            <thead>
              <tr>
                <th scope="col">{t('breach.col.number')}</th>
                <th scope="col">{t('breach.col.detected')}</th>
                <th scope="col">{t('breach.col.status')}</th>
                <th scope="col">{t('breach.col.description')}</th>
                <th scope="col">{t('breach.col.subjects')}</th>
                <th scope="col">{t('breach.col.next')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((incident) => (
                <tr key={incident.id} data-testid="breach-row" data-number={incident.number}>
                  <td className="mono">
                    <a href={`#/breaches/${incident.id}`}>{incident.number}</a>
                  </td>
                  <td>{formatDateTime(new Date(incident.detectedAt), zone)}</td>
                  <td>
                    <span className={`badge badge--${incident.status}`}>{t(`breach.status.${incident.status}`)}</span>
                  </td>
                  <td className="ellipsis" title={incident.description}>
                    {incident.description}
                  </td>
                  <td>
                    {incident.subjects.kzCount} / {incident.subjects.rfCount}
                  </td>
                  <td>
                    {incident.nextDueAt === '' ? '—' : formatDateTime(new Date(incident.nextDueAt), zone)}{' '}
                    <DueYearEstimateWarning dueAt={incident.nextDueAt} calendars={['kz']} context={context} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
