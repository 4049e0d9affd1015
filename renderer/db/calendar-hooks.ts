/** Live reads of the DPO's corrections to the working-day calendars. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listOverrides, type CalendarId, type CalendarOverrideRow } from './calendar-override-repository';
import { database } from './database';

export function useCalendarOverrides(calendar: CalendarId): CalendarOverrideRow[] | undefined {
  return useLiveQuery(() => listOverrides(database(), calendar), [calendar]);
}
