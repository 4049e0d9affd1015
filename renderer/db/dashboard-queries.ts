/**
 * Reads of the dashboard: open obligations per bucket through the [status+dueAt] index, with their cases —
 * and the open clocks of incidents (the breach register) through the same index of their table.
 */
import { bucketBounds, DUE_BUCKETS, type BucketClock, type DueBucket } from '../../shared/cases/buckets';
import type { CaseRecord, ObligationRecord } from '../../shared/cases/model';
import type { IncidentObligationRecord, IncidentRecord } from '../../shared/incidents/model';
import type { TimeZone } from '../../shared/time/zone';
import type { QorgauDatabase } from './database';

export interface DashboardRow {
  readonly obligation: ObligationRecord;
  readonly caseRecord: CaseRecord;
}

export interface IncidentDashboardRow {
  readonly obligation: IncidentObligationRecord;
  readonly incident: IncidentRecord;
}

export interface DashboardBucket {
  readonly bucket: DueBucket;
  /** Open obligations of cases and of incidents. */
  readonly count: number;
  readonly rows: readonly DashboardRow[];
  readonly incidentRows: readonly IncidentDashboardRow[];
}

export async function loadDashboard(db: QorgauDatabase, clock: BucketClock, zone: TimeZone, perBucket: number): Promise<DashboardBucket[]> {
  const bounds = bucketBounds(clock, zone);
  return Promise.all(
    DUE_BUCKETS.map(async (bucket) => {
      const [low, high] = bounds[bucket];
      const range = db.obligations.where('[status+dueAt]').between(['open', low], ['open', high], true, false);
      // Ascending due instant: the most overdue first, then the soonest.
      const clocks = db.incidentObligations.where('[status+dueAt]').between(['open', low], ['open', high], true, false);
      const [count, obligations, clockCount, clockRows] = await Promise.all([
        range.count(),
        range.clone().limit(perBucket).toArray(),
        clocks.count(),
        clocks.clone().limit(perBucket).toArray(),
      ]);
      const cases = await db.cases.bulkGet(obligations.map((o) => o.caseId));
      const rows = obligations.flatMap((obligation, i) => {
        const caseRecord = cases[i];
        return caseRecord ? [{ obligation, caseRecord }] : [];
      });
      const incidents = await db.incidents.bulkGet(clockRows.map((o) => o.incidentId));
      const incidentRows = clockRows.flatMap((obligation, i) => {
        const incident = incidents[i];
        return incident ? [{ obligation, incident }] : [];
      });
      return { bucket, count: count + clockCount, rows, incidentRows };
    }),
  );
}
