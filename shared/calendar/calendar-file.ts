/**
 * A loadable calendar file (docs/calendar-file.md): newer data for whole years of the KZ or RF
 * calendar, so a DPO can apply a government announcement before a release ships it. Validated here
 * (pure, zod); the compiled calendar puts the file's years in place of the shipped ones, under the
 * DPO's own day overrides.
 */
import { z } from 'zod';
import { dateKeyFromDays, daysFromCivil, isWeekendDay, parseDateKey, yearOfDay } from '../time/civil-date';
import {
  CALENDAR_IDS,
  DAY_KINDS,
  FACT_STATUSES,
  type CalendarData,
  type CalendarEntry,
  type CalendarId,
  type DayKind,
  type DayStatus,
  type YearMeta,
} from './types';

export const CALENDAR_FILE_FORMAT = 'qorgau-calendar';
export const CALENDAR_FILE_VERSION = 1;
/** Largest file accepted, in characters of JSON (a real year is a few kilobytes). */
export const MAX_CALENDAR_FILE_CHARS = 512 * 1024;
export const MAX_FILE_YEARS = 10;
/** Sanity limits per year: real calendars have ≤ 3 working weekend days and ≈ 15 weekday days off. */
export const MAX_WORKING_WEEKEND_DAYS = 10;
export const MAX_WEEKDAYS_OFF = 40;

const FILE_DAY_KINDS = DAY_KINDS.filter((k) => !['working-day', 'weekend', 'override-day-off', 'override-working-day'].includes(k)) as [
  CalendarEntry['kind'],
  ...CalendarEntry['kind'][],
];
/** Kinds that describe a working day; every other kind in a file is a day off. */
const WORKING_KINDS: readonly string[] = ['transfer-working-day', 'former-day-off'];

const text = (max: number) => z.string().trim().min(1).max(max);
const dateKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((v) => parseDateKey(v) !== undefined, 'no such date')
  .refine((v) => {
    const y = Number(v.slice(0, 4));
    return y >= 2000 && y <= 2100;
  }, 'dates must lie in 2000–2100');
const localized = z.strictObject({ kk: text(300), ru: text(300), en: text(300) });

const daySchema = z.strictObject({
  date: dateKey,
  working: z.boolean(),
  kind: z.enum(FILE_DAY_KINDS),
  name: localized,
  movedFrom: dateKey.optional(),
  movedTo: dateKey.optional(),
  source: text(500),
  status: z.enum(FACT_STATUSES),
});

const yearSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  status: z.enum(FACT_STATUSES),
  sources: z.array(text(500)).min(1).max(20),
  note: localized.optional(),
});

export const calendarFileSchema = z
  .strictObject({
    format: z.literal(CALENDAR_FILE_FORMAT),
    version: z.literal(CALENDAR_FILE_VERSION),
    calendar: z.enum(CALENDAR_IDS),
    /** What the file is, e.g. "MLSP Order … on transfers of days off in 2028". */
    title: text(300),
    /** When the file's data was published or compiled. */
    published: dateKey,
    years: z.array(yearSchema).min(1).max(MAX_FILE_YEARS),
    days: z.array(daySchema).max(MAX_FILE_YEARS * 366),
  })
  .superRefine((file, ctx) => {
    const years = new Set<number>();
    for (const [i, y] of file.years.entries()) {
      if (years.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `year ${y.year} is listed twice` });
      years.add(y.year);
    }
    const seen = new Set<string>();
    const workingWeekend = new Map<number, number>();
    const weekdaysOff = new Map<number, number>();
    for (const [i, d] of file.days.entries()) {
      const path = ['days', i];
      if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: [...path, 'date'], message: `${d.date} is listed twice` });
      seen.add(d.date);
      const day = parseDateKey(d.date);
      if (day === undefined) continue;
      const year = yearOfDay(day);
      if (!years.has(year)) ctx.addIssue({ code: 'custom', path: [...path, 'date'], message: `${d.date} is outside the file's years` });
      if (d.working !== WORKING_KINDS.includes(d.kind)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'working'], message: `${d.date}: a ${d.kind} day must have working=${String(!d.working)}` });
      }
      if (d.working && isWeekendDay(day)) workingWeekend.set(year, (workingWeekend.get(year) ?? 0) + 1);
      if (!d.working && !isWeekendDay(day)) weekdaysOff.set(year, (weekdaysOff.get(year) ?? 0) + 1);
    }
    for (const [year, n] of workingWeekend) {
      if (n > MAX_WORKING_WEEKEND_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['days'], message: `${year}: ${n} weekend days made working (at most ${MAX_WORKING_WEEKEND_DAYS})` });
      }
    }
    for (const [year, n] of weekdaysOff) {
      if (n > MAX_WEEKDAYS_OFF) ctx.addIssue({ code: 'custom', path: ['days'], message: `${year}: ${n} weekdays off (at most ${MAX_WEEKDAYS_OFF})` });
    }
  });

export type CalendarFile = z.output<typeof calendarFileSchema>;

export type CalendarFileParse = { readonly ok: true; readonly file: CalendarFile } | { readonly ok: false; readonly problems: readonly string[] };

/** Reads and validates a calendar file's text; never throws. Problems are short English lines with their path. */
export function parseCalendarFile(source: string): CalendarFileParse {
  if (source.length > MAX_CALENDAR_FILE_CHARS) return { ok: false, problems: [`the file is larger than ${MAX_CALENDAR_FILE_CHARS} characters`] };
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, problems: ['the file is not JSON'] };
  }
  const result = calendarFileSchema.safeParse(json);
  if (result.success) return { ok: true, file: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)),
  };
}

/** The file's years in place of the shipped ones (entries and year metadata); other years untouched. */
export function mergeCalendarFile(data: CalendarData, file: CalendarFile): CalendarData {
  if (file.calendar !== data.id) throw new Error(`calendar file is for ${file.calendar}, not ${data.id}`);
  const years = new Set(file.years.map((y) => y.year));
  const keep = (date: string) => !years.has(Number(date.slice(0, 4)));
  const meta: YearMeta[] = [
    ...data.years.filter((y) => !years.has(y.year)),
    ...file.years.map((y) => ({
      year: y.year,
      status: y.status,
      sources: [...y.sources, `calendar file: ${file.title} (${file.published})`],
      ...(y.note ? { note: y.note } : {}),
    })),
  ].sort((a, b) => a.year - b.year);
  const entries: CalendarEntry[] = [
    ...data.entries.filter((e) => keep(e.date)),
    ...file.days.map((d): CalendarEntry => ({
      date: d.date,
      working: d.working,
      kind: d.kind,
      name: d.name,
      ...(d.movedFrom ? { movedFrom: d.movedFrom } : {}),
      ...(d.movedTo ? { movedTo: d.movedTo } : {}),
      source: d.source,
      status: d.status,
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...data, years: meta, entries };
}

/** A loaded file as the app keeps it (settings key 'calendarFiles'). */
export const storedCalendarFileSchema = z.strictObject({
  fileName: text(260),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  loadedAt: text(40),
  file: calendarFileSchema,
});
export type StoredCalendarFile = z.output<typeof storedCalendarFileSchema>;

/** The loaded file of each calendar, if any. */
export const storedCalendarFilesSchema = z.strictObject({ kz: storedCalendarFileSchema.optional(), ru: storedCalendarFileSchema.optional() });
export type StoredCalendarFiles = z.output<typeof storedCalendarFilesSchema>;

/** A day the file changes, as shown before it is applied. */
export interface DayState {
  readonly working: boolean;
  readonly kind: DayKind;
  readonly status: DayStatus;
}

export interface CalendarFileChange {
  readonly date: string;
  readonly before: DayState;
  readonly after: DayState;
}

/** Years a file covers, as listed in it. */
export const fileYears = (file: CalendarFile): number[] => file.years.map((y) => y.year).sort((a, b) => a - b);

/**
 * Every day of the file's years whose working status, kind or status differs between two day
 * look-ups (the shipped calendar and the calendar with the file applied).
 */
export function calendarFileChanges(file: CalendarFile, before: (date: string) => DayState, after: (date: string) => DayState): CalendarFileChange[] {
  const out: CalendarFileChange[] = [];
  for (const year of fileYears(file)) {
    for (let d = daysFromCivil(year, 1, 1); d <= daysFromCivil(year, 12, 31); d++) {
      const date = dateKeyFromDays(d);
      const b = before(date);
      const a = after(date);
      if (a.working !== b.working || a.kind !== b.kind || a.status !== b.status) {
        out.push({ date, before: { working: b.working, kind: b.kind, status: b.status }, after: { working: a.working, kind: a.kind, status: a.status } });
      }
    }
  }
  return out;
}

export type { CalendarId };
