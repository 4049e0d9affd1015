/**
 * The overview's reads (issue 13 item 6): the cases received in a period with their obligations and
 * refusals, and every open obligation's due instant, in one read transaction; the figures are
 * computed by the pure shared/overview/overview.ts.
 */
import type { DueBucket } from '../../shared/cases/buckets';
import type { ActionRecordOf } from '../../shared/cases/model';
import { computeOverview, type Overview } from '../../shared/overview/overview';
import { database, type QorgauDatabase } from './database';

export async function readOverview(
  db: QorgauDatabase,
  range: { startAt: string; endAt: string },
  now: Date,
  bucketOf: (dueAt: string) => DueBucket,
): Promise<Overview> {
  return db.transaction('r', [db.cases, db.obligations, db.actions], async () => {
    const cases = await db.cases.where('receivedAt').between(range.startAt, range.endAt, true, false).toArray();
    const ids = new Set(cases.map((c) => c.id));
    const [obligations, refusals, open] = await Promise.all([
      ids.size === 0
        ? []
        : db.obligations
            .where('caseId')
            .anyOf([...ids])
            .toArray(),
      db.actions
        .where('kind')
        .equals('refuse')
        .filter((a) => ids.has(a.caseId))
        .toArray(),
      db.obligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff']).toArray(),
    ]);
    return computeOverview({
      cases,
      obligations,
      refusals: refusals as ActionRecordOf<'refuse'>[],
      openBuckets: open.map((o) => bucketOf(o.dueAt)),
      now: now.toISOString(),
    });
  });
}

/** The overview from the app's database. */
export const fetchOverview = (range: { startAt: string; endAt: string }, now: Date, bucketOf: (dueAt: string) => DueBucket): Promise<Overview> =>
  readOverview(database(), range, now, bucketOf);
