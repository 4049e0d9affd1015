/** Reads of the dashboard: open obligations per bucket through the [status+dueAt] index, with their cases. */
import { bucketBounds, DUE_BUCKETS, type BucketClock, type DueBucket } from '../../shared/cases/buckets';
import type { CaseRecord, ObligationRecord } from '../../shared/cases/model';
import type { TimeZone } from '../../shared/time/zone';
import type { QorgauDatabase } from './database';

export interface DashboardRow {
  readonly obligation: ObligationRecord;
  readonly caseRecord: CaseRecord;
}

export interface DashboardBucket {
  readonly bucket: DueBucket;
  readonly count: number;
  readonly rows: readonly DashboardRow[];
}

export async function loadDashboard(db: QorgauDatabase, clock: BucketClock, zone: TimeZone, perBucket: number): Promise<DashboardBucket[]> {
  const bounds = bucketBounds(clock, zone);
  return Promise.all(
    DUE_BUCKETS.map(async (bucket) => {
      const [low, high] = bounds[bucket];
      const range = db.obligations.where('[status+dueAt]').between(['open', low], ['open', high], true, false);
      // Ascending due instant: the most overdue first, then the soonest.
      const [count, obligations] = await Promise.all([range.count(), range.clone().limit(perBucket).toArray()]);
      const cases = await db.cases.bulkGet(obligations.map((o) => o.caseId));
      const rows = obligations.flatMap((obligation, i) => {
        const caseRecord = cases[i];
        return caseRecord ? [{ obligation, caseRecord }] : [];
      });
      return { bucket, count, rows };
    }),
  );
}
