/** The compiled working-day calendar of the settings screen, with the DPO's overrides applied, kept live. */
import { useMemo } from 'react';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import type { CalendarId, DayInfo } from '../../../shared/calendar/types';
import { useCalendarFile, useCalendarOverrides } from '../../db/calendar-hooks';
import type { CalendarOverrideRow } from '../../db/calendar-override-repository';

export interface LiveCalendar {
  readonly overrides: readonly CalendarOverrideRow[];
  readonly dayInfo: (date: string) => DayInfo;
}

export function useCalendar(id: CalendarId): LiveCalendar | undefined {
  const overrides = useCalendarOverrides(id);
  // A loaded calendar file's years replace the shipped ones, under the overrides.
  const file = useCalendarFile(id);
  return useMemo(() => {
    if (!overrides || file === undefined) return undefined;
    const compiled = buildCalendar(
      id,
      overrides.map(({ date, working, note }) => ({ date, working, note })),
      file?.file,
    );
    return { overrides, dayInfo: (date: string) => compiled.dayInfo(date) };
  }, [id, overrides, file]);
}
