/**
 * Changes that move deadlines: a term setting, the close of business, a correction of a working-day
 * calendar. Each is one transaction that saves the change, re-dates every open obligation under the new
 * rules and records why — a failure anywhere leaves both the setting and the deadlines as they were.
 */
import { currentDue } from '../../shared/cases/deadlines';
import { calendarFileChanges, fileYears, type CalendarFile } from '../../shared/calendar/calendar-file';
import { buildCalendar } from '../../shared/calendar/compiled-calendar';
import type { MomentReading } from '../../shared/calendar/term';
import { currentActor } from './actor';
import { removeOverride, setOverride, type CalendarId, type OverrideProblem } from './calendar-override-repository';
import { recomputeOpenDeadlines } from './case-repository';
import { recomputeIncidentClocks } from './incident-steps';
import { database } from './database';
import { appendAudit } from './audit-log';
import { readCalendarFiles, readDeadlineContext, type DeadlineSettings } from './deadline-context';
import { saveSetting } from './settings-repository';

/** How many open deadlines moved. */
export type Redated = { readonly moved: number };

async function redate(settings: DeadlineSettings, cause: string, at: string): Promise<number> {
  const db = database();
  const context = await readDeadlineContext(db, settings);
  const cases = await recomputeOpenDeadlines(db, (o) => currentDue(o, context), cause, currentActor(), at);
  // The incidents' clocks run on the same rules and calendars (the breach register).
  return cases + (await recomputeIncidentClocks(db, context, cause, currentActor(), at));
}

const deadlineTables = () => {
  const db = database();
  return [db.settings, db.calendarOverrides, db.obligations, db.cases, db.audit, db.incidentObligations, db.incidents];
};

/** Saves the DPO's values for [S]/[K]/[I] terms and re-dates the open deadlines. */
export async function saveDeadlineTerms(
  terms: DeadlineSettings['deadlineTerms'],
  settings: DeadlineSettings,
  cause: string,
  now: Date = new Date(),
): Promise<Redated> {
  const next = { ...settings, deadlineTerms: terms };
  return database().transaction('rw', deadlineTables(), async () => {
    await saveSetting('deadlineTerms', terms);
    return { moved: await redate(next, cause, now.toISOString()) };
  });
}

/** Saves the close of business (HH:MM) and re-dates the open deadlines. */
export async function saveCloseOfBusiness(closeOfBusiness: string, settings: DeadlineSettings, now: Date = new Date()): Promise<Redated> {
  const next = { ...settings, closeOfBusiness };
  return database().transaction('rw', deadlineTables(), async () => {
    await saveSetting('closeOfBusiness', closeOfBusiness);
    return { moved: await redate(next, `close-of-business ${closeOfBusiness}`, now.toISOString()) };
  });
}

/** Saves how "from the moment" working-day terms end (K8) and re-dates the open deadlines. */
export async function saveMomentReading(momentReading: MomentReading, settings: DeadlineSettings, now: Date = new Date()): Promise<Redated> {
  return database().transaction('rw', deadlineTables(), async () => {
    await saveSetting('momentReading', momentReading);
    return { moved: await redate(settings, `moment-reading ${momentReading}`, now.toISOString()) };
  });
}

/** Corrects one day of a calendar (the note says why) and re-dates the open deadlines. */
export async function correctCalendarDay(
  input: { calendar: CalendarId; date: string; working: boolean; note: string },
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<OverrideProblem | Redated> {
  return database().transaction('rw', deadlineTables(), async () => {
    const problem = await setOverride(database(), input, currentActor(), now.toISOString());
    if (problem) return problem;
    return { moved: await redate(settings, `calendar ${input.calendar} ${input.date}`, now.toISOString()) };
  });
}

/** Takes back a correction of a calendar day and re-dates the open deadlines. */
export async function removeCalendarCorrection(id: string, settings: DeadlineSettings, now: Date = new Date()): Promise<Redated> {
  return database().transaction('rw', deadlineTables(), async () => {
    const removed = await removeOverride(database(), id, currentActor(), now.toISOString());
    if (!removed) return { moved: 0 };
    return { moved: await redate(settings, `calendar ${removed.calendar} ${removed.date}`, now.toISOString()) };
  });
}

/** The days a file changes against the shipped data of its calendar (no overrides). */
export function changesOfCalendarFile(file: CalendarFile) {
  const shipped = buildCalendar(file.calendar);
  const next = buildCalendar(file.calendar, [], file);
  return calendarFileChanges(
    file,
    (d) => shipped.dayInfo(d),
    (d) => next.dayInfo(d),
  );
}

/**
 * Applies a validated calendar file: stores it (replacing a file loaded before for the same calendar),
 * records which file (name, SHA-256) and which days it changes, and re-dates the open deadlines — in one
 * transaction.
 */
export async function applyCalendarFile(
  input: { fileName: string; sha256: string; file: CalendarFile },
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<Redated> {
  const db = database();
  const at = now.toISOString();
  const { file } = input;
  return db.transaction('rw', deadlineTables(), async () => {
    const files = await readCalendarFiles(db);
    await db.settings.put({ key: 'calendarFiles', value: { ...files, [file.calendar]: { ...input, loadedAt: at } }, updatedAt: at });
    const changed = changesOfCalendarFile(file).map((c) => ({ date: c.date, working: c.after.working }));
    await appendAudit(db, currentActor(), at, [
      {
        type: 'calendar.file-applied',
        data: { calendar: file.calendar, fileName: input.fileName, sha256: input.sha256, title: file.title, years: fileYears(file), changed },
      },
    ]);
    return { moved: await redate(settings, `calendar file ${file.calendar} ${input.sha256}`, at) };
  });
}

/** Removes the loaded file of a calendar (back to the shipped data), audited and re-dated in one transaction. */
export async function removeCalendarFile(calendar: CalendarId, settings: DeadlineSettings, now: Date = new Date()): Promise<Redated> {
  const db = database();
  const at = now.toISOString();
  return db.transaction('rw', deadlineTables(), async () => {
    const files = await readCalendarFiles(db);
    const stored = files[calendar];
    if (!stored) return { moved: 0 };
    const rest = { ...files };
    delete rest[calendar];
    await db.settings.put({ key: 'calendarFiles', value: rest, updatedAt: at });
    const changed = changesOfCalendarFile(stored.file).map((c) => ({ date: c.date, working: c.before.working }));
    await appendAudit(db, currentActor(), at, [
      {
        type: 'calendar.file-removed',
        data: { calendar, fileName: stored.fileName, sha256: stored.sha256, title: stored.file.title, years: fileYears(stored.file), changed },
      },
    ]);
    return { moved: await redate(settings, `calendar file ${calendar} removed`, at) };
  });
}
