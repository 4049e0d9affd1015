/** The deadline context of this installation: calendars with the DPO's overrides, term settings, zone. */
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { currentDue, type DeadlineContext } from '../../../shared/cases/deadlines';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { listOverrides } from '../../db/calendar-override-repository';
import { recomputeOpenDeadlines } from '../../db/case-repository';
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

/** After a calendar correction or a term setting changed: every open deadline follows at once. */
export async function refreshOpenDeadlines(db: QorgauDatabase, settings: Pick<Settings, 'closeOfBusiness' | 'deadlineTerms'>, cause: string): Promise<number> {
  const context = await loadDeadlineContext(db, settings);
  return recomputeOpenDeadlines(db, (o) => currentDue(o, context), cause, 'dpo', new Date().toISOString());
}
