/**
 * One incident: its facts, its notification clocks with hour-level countdowns (overdue marked), the notices
 * that fulfil them, its files, the status, and editing (every change audited by the domain steps).
 */
import { TagBadge } from '../../components/TagBadge';
import { EstimateWarning, warnedYears } from '../calendar/EstimateWarning';
import { useEffect, useMemo, useState } from 'react';
import { incidentDeadline } from '../../../shared/incidents/clocks';
import { INCIDENT_RULE_IDS, INCIDENT_STATUSES, type IncidentObligationRecord, type IncidentRecord, type IncidentStatus } from '../../../shared/incidents/model';
import type { IncidentFormInput, IncidentValues } from '../../../shared/incidents/incident-schema';
import { formatTrace } from '../../../shared/calendar/trace-format';
import { instantToLocalInput } from '../../../shared/format';
import { ruleById } from '../../../shared/rules';
import { useApp } from '../../app/app-context';
import { navigate } from '../../app/routes';
import { runTask } from '../../app/run-task';
import { useDeadlineContext } from '../../db/deadline-hooks';
import { StoredFileItem } from '../attachments/StoredFileItem';
import { useIncident, useIncidentAttachments, useIncidentHistory, useIncidentObligations } from '../../db/incident-hooks';
import type { AuditEvent } from '../../../shared/audit/chain';
import type { MessageKey } from '../../i18n/messages';
import { changeIncidentStatus, updateIncident } from '../../db/incident-steps';
import { formatDateTime } from '../../i18n/format';
import { IncidentForm } from './IncidentForm';
import { IncidentNotices } from './IncidentNotices';
import { spanText } from '../cases/countdown';

/** Hours and minutes left (hour-level, as the R10 clocks run), or how long overdue. */
export function hoursLeft(dueAt: string, now: Date): { readonly overdue: boolean; readonly hours: number; readonly minutes: number } {
  const ms = Date.parse(dueAt) - now.getTime();
  const abs = Math.abs(ms);
  return { overdue: ms < 0, hours: Math.floor(abs / 3_600_000), minutes: Math.floor((abs % 3_600_000) / 60_000) };
}

const toForm = (i: IncidentRecord): IncidentFormInput => ({
  detectedAt: instantToLocalInput(i.detectedAt, i.detectedZone),
  detectedZone: i.detectedZone,
  detectionMethod: i.detectionMethod,
  detectedBy: i.detectedBy,
  description: i.description,
  systems: i.systems.join('\n'),
  dataCategories: i.dataCategories.join('\n'),
  subjectCategories: i.subjects.categories.join('\n'),
  kzCount: String(i.subjects.kzCount),
  rfCount: String(i.subjects.rfCount),
  causes: i.causes,
  consequences: i.consequences,
  measuresTaken: i.measuresTaken,
  measuresPlanned: i.measuresPlanned,
  subjectsContactData: i.subjectsContactData,
  contactName: i.contact.name,
  contactPosition: i.contact.position,
  contactPhone: i.contact.phone,
  contactEmail: i.contact.email,
  investigationResults: i.investigationResults,
  responsiblePersons: i.responsiblePersons,
});

export function IncidentScreen({ incidentId }: { incidentId: string }) {
  const { t, settings } = useApp();
  const incident = useIncident(incidentId);
  const obligations = useIncidentObligations(incidentId);
  const files = useIncidentAttachments(incidentId);
  const history = useIncidentHistory(incidentId);
  const [editing, setEditing] = useState(false);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  if (incident === undefined) return null;
  if (incident === null)
    return (
      <div className="card">
        <p>{t('breach.notFound')}</p>
        <button type="button" className="btn" onClick={() => navigate('breaches')}>
          {t('breach.back')}
        </button>
      </div>
    );

  const zone = settings.displayTimeZone;
  const when = (iso: string) => formatDateTime(new Date(iso), zone);

  if (editing) {
    const submit = async (values: IncidentValues, added: File[]) => {
      await updateIncident(incident.id, values, added, settings);
      setEditing(false);
    };
    return (
      <>
        <div className="page-header">
          <h1>{t('breach.form.editTitle', { number: incident.number })}</h1>
          <p>{t('breach.subtitle')}</p>
        </div>
        <IncidentForm initial={toForm(incident)} editing onSubmit={submit} onCancel={() => setEditing(false)} />
      </>
    );
  }

  return (
    <div className="case-screen incident-screen" data-testid="incident-screen">
      <div className="page-header page-header--with-action">
        <div>
          <div className="case-title">
            <h1>
              <span className="mono" data-testid="incident-number">
                {incident.number}
              </span>
            </h1>
            <span className={`badge badge--${incident.status}`} data-testid="incident-status">
              {t(`breach.status.${incident.status}`)}
            </span>
          </div>
          <p>
            {t('breach.detectedLine', {
              at: formatDateTime(new Date(incident.detectedAt), incident.detectedZone) + ` (${incident.detectedZone})`,
              method: t(`breach.method.${incident.detectionMethod}`),
              by: incident.detectedBy,
            })}
          </p>
          <p>{incident.rfConcerned ? t('breach.rf.yes') : t('breach.rf.no')}</p>
        </div>
        <div className="button-row">
          {incident.status !== 'closed' && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              {t('breach.edit')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => navigate('breaches')}>
            {t('breach.back')}
          </button>
        </div>
      </div>
      <section className="card" aria-labelledby="clocks-title">
        <h2 id="clocks-title">{t('breach.clocks')}</h2>
        <p className="card__hint">{t('breach.clocks.hint')}</p>
        <ul className="obligations">
          {[...(obligations ?? [])]
            .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || INCIDENT_RULE_IDS.indexOf(a.ruleId) - INCIDENT_RULE_IDS.indexOf(b.ruleId))
            .map((o) => (
              <Clock key={o.id} obligation={o} incident={incident} now={now} />
            ))}
        </ul>
      </section>
      <IncidentNotices incident={incident} />
      <div className="case-grid">
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('breach.details')}</h2>
          <dl className="facts">
            <dt>{t('breach.field.description')}</dt>
            <dd className="request-text">{incident.description}</dd>
            <dt>{t('breach.field.systems')}</dt>
            <dd>{incident.systems.join('; ')}</dd>
            <dt>{t('breach.field.dataCategories')}</dt>
            <dd>{incident.dataCategories.join('; ')}</dd>
            <dt>{t('breach.field.subjectCategories')}</dt>
            <dd>{incident.subjects.categories.join('; ')}</dd>
            <dt>{t('breach.field.kzCount')}</dt>
            <dd>{incident.subjects.kzCount}</dd>
            <dt>{t('breach.field.rfCount')}</dt>
            <dd>{incident.subjects.rfCount}</dd>
            <dt>{t('breach.field.causes')}</dt>
            <dd>{incident.causes || '—'}</dd>
            <dt>{t('breach.field.consequences')}</dt>
            <dd>{incident.consequences || '—'}</dd>
            <dt>{t('breach.field.measuresTaken')}</dt>
            <dd>{incident.measuresTaken || '—'}</dd>
            <dt>{t('breach.field.measuresPlanned')}</dt>
            <dd>{incident.measuresPlanned || '—'}</dd>
            <dt>{t('breach.field.subjectsContactData')}</dt>
            <dd>{incident.subjectsContactData || '—'}</dd>
            <dt>{t('breach.section.contact')}</dt>
            <dd>{[incident.contact.name, incident.contact.position, incident.contact.phone, incident.contact.email].filter((p) => p !== '').join('; ')}</dd>
            <dt>{t('breach.field.investigationResults')}</dt>
            <dd>{incident.investigationResults || '—'}</dd>
            <dt>{t('breach.field.responsiblePersons')}</dt>
            <dd>{incident.responsiblePersons || '—'}</dd>
          </dl>
        </section>
        <div>
          <StatusCard incident={incident} />
          <section className="card" aria-labelledby="files-title">
            <h2 id="files-title">{t('breach.files')}</h2>
            {files === undefined || files.length === 0 ? (
              <p className="muted">{t('breach.files.none')}</p>
            ) : (
              <ul className="stored-files" aria-labelledby="files-title" data-testid="incident-files">
                {files.map((f) => (
                  <StoredFileItem key={f.id} file={f}>
                    <span className="muted">{when(f.addedAt)} ·</span>
                  </StoredFileItem>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <section className="card" aria-labelledby="incident-history-title">
        <h2 id="incident-history-title">{t('breach.history')}</h2>
        <ol className="history" data-testid="incident-history">
          {(history ?? []).map((e) => (
            <li key={e.seq}>
              <span className="mono">#{e.seq}</span> {when(e.at)} — {t(`event.${e.type}` as MessageKey)}
              {detailOf(e, t)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** What an event adds to its line: the notice's number, the status moved to, the fields changed. */
function detailOf(e: AuditEvent, t: ReturnType<typeof useApp>['t']): string {
  switch (e.type) {
    case 'incident.document-issued':
      return `: № ${e.data.number} (${e.data.language}), SHA-256 ${e.data.sha256.slice(0, 12)}`;
    case 'incident.status-changed':
      return `: ${t(`breach.status.${e.data.from}`)} → ${t(`breach.status.${e.data.to}`)}${e.data.note ? ` (${e.data.note})` : ''}`;
    case 'incident.updated':
      return e.data.fields.length > 0 ? `: ${e.data.fields.join(', ')}` : '';
    default:
      return '';
  }
}

function Clock({ obligation, incident, now }: { obligation: IncidentObligationRecord; incident: IncidentRecord; now: Date }) {
  const { t, settings } = useApp();
  const context = useDeadlineContext(settings);
  const counted = useMemo(
    () => (context ? incidentDeadline(obligation.ruleId, incident.detectedAt, context) : undefined),
    [context, obligation.ruleId, incident.detectedAt],
  );
  const rule = ruleById(obligation.ruleId);
  const left = hoursLeft(obligation.dueAt, now);
  const due = formatDateTime(new Date(obligation.dueAt), settings.displayTimeZone);
  const overdue = obligation.status === 'open' && left.overdue;
  return (
    <li
      className={`obligation obligation--${obligation.status}${overdue ? ' obligation--overdue' : ''}`}
      data-rule={obligation.ruleId}
      data-testid="incident-clock"
    >
      <div className="obligation__main">
        <div>
          <strong>{rule?.title[settings.locale] ?? obligation.ruleId}</strong>
          {obligation.urgentFromStart && obligation.status === 'open' && <span className="badge badge--urgent">{t('case.urgent')}</span>}
          <div className="muted">
            {rule && (
              <>
                <span data-testid="rule-citation">{rule.citation[settings.locale]}</span> <TagBadge tag={rule.tag} />
              </>
            )}
          </div>
        </div>
        <div className="obligation__due">
          <span data-testid="due">{t('case.dueAt', { due, zone: settings.displayTimeZone })}</span>
          {obligation.status === 'open' && <EstimateWarning years={counted ? warnedYears(counted.warnings) : []} />}
          {obligation.status === 'open' ? (
            <span className={`countdown countdown--${overdue ? 'overdue' : 'hours'}`} data-testid="countdown">
              {overdue
                ? t('span.overdue', { span: spanText(t, { days: Math.floor(left.hours / 24), hours: left.hours % 24, minutes: left.minutes }) })
                : t('span.left', { span: spanText(t, left) })}
            </span>
          ) : (
            <span className="countdown" data-testid="clock-done">
              {t('breach.clock.doneAt', { at: formatDateTime(new Date(obligation.completedAt ?? obligation.dueAt), settings.displayTimeZone) })}
            </span>
          )}
        </div>
      </div>
      {counted && (
        <details className="trace">
          <summary>{t('case.howComputed')}</summary>
          <ol>
            {formatTrace(counted.trace, settings.locale).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

function StatusCard({ incident }: { incident: IncidentRecord }) {
  const { t } = useApp();
  const later = INCIDENT_STATUSES.slice(INCIDENT_STATUSES.indexOf(incident.status) + 1);
  const [to, setTo] = useState<IncidentStatus | ''>('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const target = to !== '' && later.includes(to) ? to : later[0];
  if (target === undefined) return null;
  const apply = async () => {
    try {
      await changeIncidentStatus(incident.id, target, note);
      setNote('');
      setTo('');
      setMessage(t('breach.statusChange.done', { status: t(`breach.status.${target}`) }));
    } catch (error) {
      setMessage(t('breach.form.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">{t('breach.statusChange')}</h2>
      <div className="field">
        <label htmlFor="incident-status-to">{t('breach.statusChange.to')}</label>
        <select id="incident-status-to" value={target} onChange={(e) => setTo(later.find((s) => s === e.target.value) ?? '')}>
          {later.map((s) => (
            <option key={s} value={s}>
              {t(`breach.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="incident-status-note">{t('breach.statusChange.note')}</label>
        <textarea id="incident-status-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="button" className="btn" onClick={() => runTask(apply())}>
        {t('breach.statusChange.apply')}
      </button>
      <p role="status" className="status-line">
        {message}
      </p>
    </section>
  );
}
