/** The deadline context of this installation: calendars with the DPO's overrides, term settings, zone. */
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import type { DeadlineContext } from '../../../shared/cases/deadlines';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { listOverrides } from '../../db/calendar-override-repository';
import type { QorgauDatabase } from '../../db/database';
import type { Settings } from '../../db/settings-repository';

export async function loadDeadlineContext(db: QorgauDatabase, settings: Pick<Settings, 'closeOfBusiness' | 'deadlineTerms'>): Promise<DeadlineContext> {
  const [kz, ru] = await Promise.all([listOverrides(db, 'kz'), listOverrides(db, 'ru')]);
  const strip = (rows: typeof kz) => rows.map(({ date, working, note }) => ({ date, working, note }));
  return {
    settings: settings.deadlineTerms,
    // Deadlines are counted in the organisation's zone (Asia/Almaty), whatever zone dates are shown in.
    zone: DEFAULT_TIME_ZONE,
    closeOfBusiness: settings.closeOfBusiness,
    calendars: { kz: buildCalendar('kz', strip(kz)), ru: buildCalendar('ru', strip(ru)) },
  };
}
