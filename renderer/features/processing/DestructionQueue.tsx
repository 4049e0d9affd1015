/**
 * The destruction queue: what is overdue, falls due this month and next month, by activity and information
 * system, with each subject held back (open request, contract still in force) and the reason shown. The rows
 * not held back can be chosen for an act of scheduled destruction.
 */
import { QUEUE_BUCKETS, type HoldReason, type QueueGroup } from '../../../shared/processing/destruction-queue';
import type { ProcessingActivity } from '../../../shared/processing/model';
import { formatDotDate, parseDateKey } from '../../../shared/time/civil-date';
import { maskIin } from '../../../shared/validation';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useDestructionQueue } from '../../db/processing-hooks';
import { RetentionActPanel } from './RetentionActPanel';

const dot = (key: string): string => {
  const days = parseDateKey(key);
  return days === undefined ? key : formatDotDate(days);
};

export function DestructionQueue({ today, activities }: { today: string; activities: readonly ProcessingActivity[] }) {
  const { t, settings } = useApp();
  const groups = useDestructionQueue(today);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [marked, setMarked] = useState<{ readonly number: string; readonly count: number }>();
  const choosable = new Set((groups ?? []).flatMap((g) => g.entries.filter((e) => e.holds.length === 0).map((e) => e.relationship.id)));
  // A row that left the queue or became held back is no longer chosen.
  const picked = [...chosen].filter((id) => choosable.has(id));
  const choose = (ids: readonly string[], on: boolean) => {
    const next = new Set(picked);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setChosen(next);
  };
  const lang = settings.locale === 'kk' ? 'kk' : 'ru';
  const purpose = (id: string) => activities.find((a) => a.id === id)?.purpose[lang] ?? id;
  const holdText = (h: HoldReason) =>
    h.kind === 'open-request' ? t('queue.hold.open-request', { number: h.caseNumber }) : t('queue.hold.open-contract', { contract: h.contractNo });

  return (
    <section className="card card--wide" aria-labelledby="queue-title" data-testid="destruction-queue">
      <h2 id="queue-title">{t('queue.title')}</h2>
      <p className="card__hint">{t('queue.hint', { date: dot(today) })}</p>
      <p role="status" data-testid="retention-marked">
        {marked === undefined ? '' : t('queue.act.marked', { count: marked.count, number: marked.number })}
      </p>
      {groups === undefined ? null : groups.length === 0 ? (
        <p>{t('queue.empty')}</p>
      ) : (
        QUEUE_BUCKETS.map((bucket) => {
          const inBucket: QueueGroup[] = groups.filter((g) => g.bucket === bucket);
          if (inBucket.length === 0) return null;
          return (
            <div key={bucket} data-bucket={bucket}>
              <h3>{t(`queue.bucket.${bucket}`)}</h3>
              {inBucket.map((g) => {
                const held = g.entries.filter((e) => e.holds.length > 0).length;
                const free = g.entries.filter((e) => e.holds.length === 0).map((e) => e.relationship.id);
                const allOn = free.length > 0 && free.every((id) => picked.includes(id));
                return (
                  <div
                    key={`${g.activityId}-${g.system}`}
                    className="processing-scroll"
                    tabIndex={0}
                    role="region"
                    aria-label={`${purpose(g.activityId)} · ${g.system}`}
                  >
                    <table className="table processing-table" data-group={`${bucket}:${g.activityId}:${g.system}`}>
                      <caption>
                        <code>{g.activityId}</code> · {g.system} — {t('queue.count', { count: g.entries.length })}
                        {held > 0 ? ` · ${t('queue.held', { count: held })}` : ''}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">
                            <input
                              type="checkbox"
                              aria-label={t('queue.chooseAll', { group: `${purpose(g.activityId)} · ${g.system}` })}
                              disabled={free.length === 0}
                              checked={allOn}
                              onChange={(e) => choose(free, e.target.checked)}
                            />
                          </th>
                          <th scope="col">{t('queue.col.subject')}</th>
                          <th scope="col">{t('rel.field.contractNo')}</th>
                          <th scope="col">{t('queue.col.destroyOn')}</th>
                          <th scope="col">{t('queue.col.status')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {g.entries.map((e) => (
                          <tr key={e.relationship.id} data-held={e.holds.length > 0}>
                            <td>
                              <input
                                type="checkbox"
                                aria-label={t('queue.choose', { name: e.relationship.subjectName, contract: e.relationship.contractNo })}
                                disabled={e.holds.length > 0}
                                checked={picked.includes(e.relationship.id)}
                                onChange={(ev) => choose([e.relationship.id], ev.target.checked)}
                              />
                            </td>
                            <td>
                              {e.relationship.subjectName}
                              <br />
                              <small>{maskIin(e.relationship.subjectIin)}</small>
                            </td>
                            <td>{e.relationship.contractNo}</td>
                            <td>{dot(e.relationship.destroyOn)}</td>
                            <td>{e.holds.length === 0 ? t('queue.ready') : e.holds.map(holdText).join('; ')}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                );
              })}
            </div>
          );
        })
      )}
      {picked.length > 0 &&
        (settings.orgProfile === null ? (
          <p className="muted">{t('queue.act.noProfile')}</p>
        ) : (
          <RetentionActPanel
            profile={settings.orgProfile}
            ids={picked}
            activities={activities}
            onDone={(done) => {
              setMarked(done);
              setChosen(new Set());
            }}
          />
        ))}
    </section>
  );
}
