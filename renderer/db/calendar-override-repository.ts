/**
 * The DPO's corrections to the shipped working-day calendars (a day off that was announced late,
 * a transfer the data does not know). Each change is audited; the deadline engine applies them on top.
 */
import { TEXT_LIMIT } from '../../shared/text-limits';
import { appendAudit } from './audit-log';
import type { CalendarOverrideRow, QorgauDatabase } from './database';

export type { CalendarOverrideRow };

export type CalendarId = CalendarOverrideRow['calendar'];

export function listOverrides(db: QorgauDatabase, calendar: CalendarId): Promise<CalendarOverrideRow[]> {
  return db.calendarOverrides.where('[calendar+date]').between([calendar, ''], [calendar, '\uffff']).toArray();
}

export type OverrideProblem = 'date' | 'note' | 'long';

/** Adds or replaces the override of one day. The note (why) is required. */
export async function setOverride(
  db: QorgauDatabase,
  input: { calendar: CalendarId; date: string; working: boolean; note: string },
  actor: string,
  now: string,
): Promise<OverrideProblem | undefined> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) return 'date';
  const note = input.note.trim();
  if (note.length < 3) return 'note';
  if (note.length > TEXT_LIMIT.note) return 'long';
  await db.transaction('rw', [db.calendarOverrides, db.audit], async () => {
    const existing = await db.calendarOverrides.where('[calendar+date]').equals([input.calendar, input.date]).first();
    const row: CalendarOverrideRow = {
      id: existing?.id ?? globalThis.crypto.randomUUID(),
      calendar: input.calendar,
      date: input.date,
      working: input.working,
      note,
      createdAt: now,
    };
    await db.calendarOverrides.put(row);
    await appendAudit(db, actor, now, [{ type: 'calendar.override-set', data: { calendar: row.calendar, date: row.date, working: row.working, note } }]);
  });
  return undefined;
}

/** Removes a correction; resolves to the removed row (undefined when it was already gone). */
export async function removeOverride(db: QorgauDatabase, id: string, actor: string, now: string): Promise<CalendarOverrideRow | undefined> {
  return db.transaction('rw', [db.calendarOverrides, db.audit], async () => {
    const row = await db.calendarOverrides.get(id);
    if (!row) return undefined;
    await db.calendarOverrides.delete(id);
    await appendAudit(db, actor, now, [{ type: 'calendar.override-removed', data: { calendar: row.calendar, date: row.date, working: row.working } }]);
    return row;
  });
}
