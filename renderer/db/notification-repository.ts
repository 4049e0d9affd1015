/**
 * OS notifications (through the platform interface) when an obligation enters its last 4 working hours
 * and when it becomes overdue — once each: the fact is stored on the obligation, so a restart does not
 * repeat them.
 */
import type { NotificationKind, ObligationRecord } from '../../shared/cases/model';
import type { IncidentObligationRecord } from '../../shared/incidents/model';
import { database, type QorgauDatabase } from './database';

export const LAST_HOURS_MS = 4 * 3_600_000;

export interface Due {
  readonly obligation: ObligationRecord;
  readonly kind: NotificationKind;
}

/** Which notifications are due now (the caller shows them, then marks them). */
export async function pendingNotifications(db: QorgauDatabase, now: Date): Promise<Due[]> {
  const horizon = new Date(now.getTime() + LAST_HOURS_MS).toISOString();
  const soon = await db.obligations.where('[status+dueAt]').between(['open', ''], ['open', horizon], true, true).toArray();
  const nowIso = now.toISOString();
  const out: Due[] = [];
  for (const obligation of soon) {
    if (obligation.dueAt < nowIso) {
      if (!obligation.notified.includes('overdue')) out.push({ obligation, kind: 'overdue' });
    } else if (!obligation.notified.includes('last-hours')) {
      out.push({ obligation, kind: 'last-hours' });
    }
  }
  return out;
}

/** Records that notifications were shown (an overdue notice also covers the last-hours one). */
export async function markNotified(db: QorgauDatabase, shown: readonly Due[]): Promise<void> {
  await db.transaction('rw', db.obligations, async () => {
    for (const { obligation, kind } of shown) {
      const current = await db.obligations.get(obligation.id);
      if (!current) continue;
      const kinds = new Set(current.notified);
      kinds.add(kind);
      if (kind === 'overdue') kinds.add('last-hours');
      await db.obligations.update(obligation.id, { notified: [...kinds] });
    }
  });
}

export interface DeadlineNotice extends Due {
  readonly caseNumber: string;
}

/** The notifications due now, with their case numbers, for the app's notifier. */
export async function dueDeadlineNotices(now: Date): Promise<DeadlineNotice[]> {
  const db = database();
  const due = await pendingNotifications(db, now);
  const cases = await db.cases.bulkGet(due.map((d) => d.obligation.caseId));
  return due.map((d, i) => ({ ...d, caseNumber: cases[i]?.number ?? '' }));
}

/** Records that the notices were shown, so a restart does not repeat them. */
export function markNoticesShown(shown: readonly Due[]): Promise<void> {
  return markNotified(database(), shown);
}

export interface IncidentNotice {
  readonly obligation: IncidentObligationRecord;
  readonly kind: NotificationKind;
  readonly incidentNumber: string;
}

/** The notifications due now on the incidents' clocks (the breach register), with their incident numbers. */
export async function pendingIncidentNotices(db: QorgauDatabase, now: Date): Promise<IncidentNotice[]> {
  const horizon = new Date(now.getTime() + LAST_HOURS_MS).toISOString();
  const soon = await db.incidentObligations.where('[status+dueAt]').between(['open', ''], ['open', horizon], true, true).toArray();
  const nowIso = now.toISOString();
  const due: { obligation: IncidentObligationRecord; kind: NotificationKind }[] = [];
  for (const obligation of soon) {
    if (obligation.dueAt < nowIso) {
      if (!obligation.notified.includes('overdue')) due.push({ obligation, kind: 'overdue' });
    } else if (!obligation.notified.includes('last-hours')) {
      due.push({ obligation, kind: 'last-hours' });
    }
  }
  const incidents = await db.incidents.bulkGet(due.map((d) => d.obligation.incidentId));
  return due.map((d, i) => ({ ...d, incidentNumber: incidents[i]?.number ?? '' }));
}

/** Records that the incidents' notices were shown (an overdue notice also covers the last-hours one). */
export async function markIncidentNotified(db: QorgauDatabase, shown: readonly IncidentNotice[]): Promise<void> {
  await db.transaction('rw', db.incidentObligations, async () => {
    for (const { obligation, kind } of shown) {
      const current = await db.incidentObligations.get(obligation.id);
      if (!current) continue;
      const kinds = new Set(current.notified);
      kinds.add(kind);
      if (kind === 'overdue') kinds.add('last-hours');
      await db.incidentObligations.update(obligation.id, { notified: [...kinds] });
    }
  });
}

export const dueIncidentNotices = (now: Date): Promise<IncidentNotice[]> => pendingIncidentNotices(database(), now);
export const markIncidentNoticesShown = (shown: readonly IncidentNotice[]): Promise<void> => markIncidentNotified(database(), shown);
