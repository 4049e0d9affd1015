/**
 * The deadline context of this installation — calendars with the DPO's overrides, term settings, the
 * organisation's zone — read from the database, inside the caller's transaction when there is one, so a
 * step that dates obligations sees the overrides it commits with.
 */
import { storedCalendarFilesSchema, type StoredCalendarFiles } from '../../shared/calendar/calendar-file';
import { buildCalendar } from '../../shared/calendar/compiled-calendar';
import { DEFAULT_MOMENT_READING, isMomentReading } from '../../shared/calendar/term';
import type { DeadlineContext } from '../../shared/cases/deadlines';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import { listOverrides } from './calendar-override-repository';
import type { QorgauDatabase } from './database';
import type { Settings } from './settings-repository';

export type DeadlineSettings = Pick<Settings, 'closeOfBusiness' | 'deadlineTerms'>;

/** The loaded calendar files (settings key 'calendarFiles'); none when absent or malformed. */
export async function readCalendarFiles(db: QorgauDatabase): Promise<StoredCalendarFiles> {
  const parsed = storedCalendarFilesSchema.safeParse((await db.settings.get('calendarFiles'))?.value);
  return parsed.success ? parsed.data : {};
}

export async function readDeadlineContext(db: QorgauDatabase, settings: DeadlineSettings): Promise<DeadlineContext> {
  const kz = await listOverrides(db, 'kz');
  const ru = await listOverrides(db, 'ru');
  const strip = (rows: typeof kz) => rows.map(({ date, working, note }) => ({ date, working, note }));
  // Read here, not from the caller, so a step that changes it re-dates with the value it commits.
  const moment = (await db.settings.get('momentReading'))?.value;
  const files = await readCalendarFiles(db);
  return {
    settings: settings.deadlineTerms,
    momentReading: isMomentReading(moment) ? moment : DEFAULT_MOMENT_READING,
    // Deadlines are counted in the organisation's zone (Asia/Almaty), whatever zone dates are shown in.
    zone: DEFAULT_TIME_ZONE,
    closeOfBusiness: settings.closeOfBusiness,
    calendars: { kz: buildCalendar('kz', strip(kz), files.kz?.file), ru: buildCalendar('ru', strip(ru), files.ru?.file) },
  };
}
