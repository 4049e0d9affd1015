/**
 * The deadline dashboard: overdue, due today (hours left), due in the next 3 working days, later — one row per
 * duty of a case, led by its earlier clock; an RF citizen's KZ and RF clocks of that duty are listed in the row.
 */
import type { DeadlineContext } from '../../../shared/cases/deadlines';
import { DueYearEstimateWarning, ObligationEstimateWarning } from '../calendar/EstimateWarning';
import { useEffect, useState } from 'react';
import type { DueBucket } from '../../../shared/cases/buckets';
import { ruleById } from '../../../shared/rules';
import { useApp } from '../../app/app-context';
import { navigate } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import type { DashboardBucket } from '../../db/dashboard-queries';
import { useDashboard, useDeadlineContext } from '../../db/deadline-hooks';
import { formatDateTime } from '../../i18n/format';
import { countdown, countdownText } from '../cases/countdown';
import { UserText } from '../../components/UserText';

const PER_BUCKET = 100;

/** A clock counted in exact hours, which no calendar moves (R10). */
const hourClock = (ruleId: string): boolean => ruleById(ruleId)?.term.unit === 'hours';

export function DeadlinesPage({ now: fixedNow }: { now?: () => Date } = {}) {
  const { t, settings } = useApp();
  const [now, setNow] = useState(() => fixedNow?.() ?? new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(fixedNow?.() ?? new Date()), 30_000);
    return () => clearInterval(timer);
  }, [fixedNow]);
  const minute = Math.floor(now.getTime() / 60_000);
  const buckets = useDashboard(minute, settings, PER_BUCKET);
  const context = useDeadlineContext(settings);

  return (
    <>
      <PageHeader title={t('deadlines.title')} subtitle={t('deadlines.subtitle')} />
      <div className="bucket-counts" data-testid="bucket-counts">
        {(buckets ?? []).map((b) => (
          <a
            key={b.bucket}
            href={`#/deadlines`}
            onClick={(e) => {
              e.preventDefault();
              const heading = document.getElementById(`bucket-title-${b.bucket}`);
              heading?.scrollIntoView();
              heading?.focus();
            }}
            className={`bucket-count bucket-count--${b.bucket}`}
            data-bucket={b.bucket}
          >
            <span className="bucket-count__n">{b.count}</span>
            <span>{t(`bucket.${b.bucket}`)}</span>
          </a>
        ))}
      </div>
      {buckets && buckets.every((b) => b.count === 0) && <p className="muted">{t('deadlines.empty.body')}</p>}
      {(buckets ?? [])
        .filter((b) => b.count > 0)
        .map((b) => (
          <Bucket key={b.bucket} bucket={b} now={now} context={context} />
        ))}
    </>
  );
}

function Bucket({ bucket, now, context }: { bucket: DashboardBucket; now: Date; context: DeadlineContext | undefined }) {
  const { t, settings } = useApp();
  return (
    <section className="card bucket" id={`bucket-${bucket.bucket}`} data-testid={`bucket-${bucket.bucket}`} aria-labelledby={`bucket-title-${bucket.bucket}`}>
      <h2 id={`bucket-title-${bucket.bucket}`} tabIndex={-1}>
        {t(`bucket.${bucket.bucket}`)} <span className="muted">({bucket.count})</span>
      </h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('cases.col.number')}</th>
              <th scope="col">{t('cases.col.subject')}</th>
              <th scope="col">{t('a11y.deadlines.obligation')}</th>
              <th scope="col">{t('a11y.deadlines.due')}</th>
              <th scope="col">{t('a11y.deadlines.left')}</th>
            </tr>
          </thead>
          <tbody>
            {bucket.rows.map(({ obligation, clocks, caseRecord }) => {
              const left = countdown(obligation.dueAt, now);
              // The row answers a click anywhere for the mouse; the keyboard and screen readers use the link.
              return (
                <tr
                  key={obligation.id}
                  data-rule={obligation.ruleId}
                  onClick={(event) => {
                    if (!(event.target as Element).closest('a')) navigate('cases', caseRecord.id);
                  }}
                  data-testid="deadline-row"
                  data-number={caseRecord.number}
                >
                  <td className="mono">
                    <a href={`#/cases/${caseRecord.id}`}>{caseRecord.number}</a>
                  </td>
                  <td>
                    <UserText>{caseRecord.subject.fullName}</UserText>
                  </td>
                  <td>
                    {ruleById(obligation.ruleId)?.title[settings.locale] ?? obligation.ruleId}
                    {clocks.length > 1 && (
                      <ul className="muted duty-clocks" aria-label={t('deadlines.clocks')} data-testid="duty-clocks">
                        {clocks.map((c) => {
                          const rule = ruleById(c.ruleId);
                          return (
                            <li key={c.id} data-rule={c.ruleId}>
                              {t('deadlines.clock', {
                                law: t(rule?.jurisdiction === 'ru' ? 'deadlines.law.ru' : 'deadlines.law.kz'),
                                title: rule?.title[settings.locale] ?? c.ruleId,
                                due: formatDateTime(new Date(c.dueAt), settings.displayTimeZone),
                              })}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                  <td>
                    {formatDateTime(new Date(obligation.dueAt), settings.displayTimeZone)}{' '}
                    <ObligationEstimateWarning obligation={obligation} context={context} />
                  </td>
                  <td className={`countdown countdown--${left.state}`} data-testid="row-countdown">
                    {countdownText(t, left)}
                  </td>
                </tr>
              );
            })}
            {bucket.incidentRows.map(({ obligation, incident }) => {
              const left = countdown(obligation.dueAt, now);
              return (
                <tr
                  key={obligation.id}
                  onClick={(event) => {
                    if (!(event.target as Element).closest('a')) navigate('breaches', incident.id);
                  }}
                  data-testid="deadline-row"
                  data-number={incident.number}
                >
                  <td className="mono">
                    <a href={`#/breaches/${incident.id}`}>{incident.number}</a>
                  </td>
                  <td>{t('breach.details')}</td>
                  <td>{ruleById(obligation.ruleId)?.title[settings.locale] ?? obligation.ruleId}</td>
                  <td>
                    {formatDateTime(new Date(obligation.dueAt), settings.displayTimeZone)}{' '}
                    <DueYearEstimateWarning
                      dueAt={obligation.dueAt}
                      calendars={hourClock(obligation.ruleId) ? [] : [ruleById(obligation.ruleId)?.jurisdiction === 'ru' ? 'ru' : 'kz']}
                      context={context}
                    />
                  </td>
                  <td className={`countdown countdown--${left.state}`} data-testid="row-countdown">
                    {countdownText(t, left)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {bucket.count > bucket.rows.length + bucket.incidentRows.length && (
        <p className="muted">{t('deadlines.more', { count: bucket.count - bucket.rows.length - bucket.incidentRows.length })}</p>
      )}
    </section>
  );
}

export type { DueBucket };
