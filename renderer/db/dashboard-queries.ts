/**
 * Reads of the dashboard: one row per duty of a case (legal-reference §11: a KZ operator's RF obligations run
 * beside the KZ ones, but they are one duty). Open obligations are read through the [status+dueAt] index in
 * ascending due order; the first obligation of a (case, duty) pair leads its row — the earlier due instant —
 * and the other clocks of that duty ride along in the row's detail. A row's bucket is its lead's.
 * The open clocks of incidents (the breach register) come through the same index of their table.
 */
import { bucketBounds, DUE_BUCKETS, type BucketClock, type DueBucket } from '../../shared/cases/buckets';
import { DUTY_OF, type Duty } from '../../shared/cases/duties';
import type { CaseRecord, ObligationRecord } from '../../shared/cases/model';
import type { IncidentObligationRecord, IncidentRecord } from '../../shared/incidents/model';
import type { TimeZone } from '../../shared/time/zone';
import type { QorgauDatabase } from './database';

export interface DashboardRow {
  /** The duty's obligation due first: the row's due instant and bucket. */
  readonly obligation: ObligationRecord;
  readonly duty: Duty;
  /** Every open obligation of the duty in the case, due first first (the lead included): both clocks. */
  readonly clocks: readonly ObligationRecord[];
  readonly caseRecord: CaseRecord;
}

export interface IncidentDashboardRow {
  readonly obligation: IncidentObligationRecord;
  readonly incident: IncidentRecord;
}

export interface DashboardBucket {
  readonly bucket: DueBucket;
  /** Duties (rows) of cases, plus open clocks of incidents. */
  readonly count: number;
  readonly rows: readonly DashboardRow[];
  readonly incidentRows: readonly IncidentDashboardRow[];
}

interface DutyGroup {
  readonly duty: Duty;
  readonly clocks: ObligationRecord[];
}

/** Groups open obligations (ascending due instant) by case and duty, in the order of their lead. */
export function groupByDuty(open: readonly ObligationRecord[]): DutyGroup[] {
  const groups = new Map<string, DutyGroup>();
  for (const obligation of open) {
    const duty = DUTY_OF[obligation.ruleId];
    const key = `${obligation.caseId}\u0000${duty}`;
    const group = groups.get(key);
    if (group) group.clocks.push(obligation);
    else groups.set(key, { duty, clocks: [obligation] });
  }
  return [...groups.values()];
}

export async function loadDashboard(db: QorgauDatabase, clock: BucketClock, zone: TimeZone, perBucket: number): Promise<DashboardBucket[]> {
  const bounds = bucketBounds(clock, zone);
  // Ascending due instant: the most overdue first, then the soonest; a duty's first clock leads its row.
  const open = await db.obligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff'], true, true).toArray();
  const groups = groupByDuty(open);
  return Promise.all(
    DUE_BUCKETS.map(async (bucket) => {
      const [low, high] = bounds[bucket];
      const inBucket = groups.filter((g) => {
        const due = g.clocks[0]?.dueAt ?? '';
        return due >= low && due < high;
      });
      const shown = inBucket.slice(0, perBucket);
      const incidentClocks = db.incidentObligations.where('[status+dueAt]').between(['open', low], ['open', high], true, false);
      const [cases, clockCount, clockRows] = await Promise.all([
        db.cases.bulkGet(shown.map((g) => g.clocks[0]?.caseId ?? '')),
        incidentClocks.count(),
        incidentClocks.clone().limit(perBucket).toArray(),
      ]);
      const rows = shown.flatMap((group, i): DashboardRow[] => {
        const caseRecord = cases[i];
        const lead = group.clocks[0];
        return caseRecord && lead ? [{ obligation: lead, duty: group.duty, clocks: group.clocks, caseRecord }] : [];
      });
      const incidents = await db.incidents.bulkGet(clockRows.map((o) => o.incidentId));
      const incidentRows = clockRows.flatMap((obligation, i) => {
        const incident = incidents[i];
        return incident ? [{ obligation, incident }] : [];
      });
      return { bucket, count: inBucket.length + clockCount, rows, incidentRows };
    }),
  );
}
