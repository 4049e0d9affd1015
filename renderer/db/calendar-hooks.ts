/** Live reads of the DPO's corrections to the working-day calendars. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listOverrides, type CalendarId, type CalendarOverrideRow } from './calendar-override-repository';
import type { StoredCalendarFile } from '../../shared/calendar/calendar-file';
import { database } from './database';
import { readCalendarFiles } from './deadline-context';

export function useCalendarOverrides(calendar: CalendarId): CalendarOverrideRow[] | undefined {
  return useLiveQuery(() => listOverrides(database(), calendar), [calendar]);
}

/** The calendar file loaded for a calendar: the stored file, null when none; undefined while loading. */
export function useCalendarFile(calendar: CalendarId): StoredCalendarFile | null | undefined {
  return useLiveQuery(async () => (await readCalendarFiles(database()))[calendar] ?? null, [calendar]);
}
