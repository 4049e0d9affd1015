/** Live reads for deadlines: the context they are counted in (it follows calendar corrections), and the dashboard. */
import { useLiveQuery } from 'dexie-react-hooks';
import { bucketClock } from '../../shared/cases/buckets';
import type { DeadlineContext } from '../../shared/cases/deadlines';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import { getTimeZone } from '../../shared/time/zone';
import { loadDashboard, type DashboardBucket } from './dashboard-queries';
import { database } from './database';
import { readDeadlineContext, type DeadlineSettings } from './deadline-context';

/** The deadline context with the DPO's calendar corrections; undefined while loading. */
export function useDeadlineContext(settings: DeadlineSettings): DeadlineContext | undefined {
  const { closeOfBusiness, deadlineTerms } = settings;
  return useLiveQuery(() => readDeadlineContext(database(), { closeOfBusiness, deadlineTerms }), [closeOfBusiness, deadlineTerms]);
}

/** Open obligations per bucket as of `minute` (minutes since the epoch), at most `perBucket` rows each. */
export function useDashboard(minute: number, settings: DeadlineSettings, perBucket: number): DashboardBucket[] | undefined {
  const { closeOfBusiness, deadlineTerms } = settings;
  return useLiveQuery(async () => {
    const db = database();
    const context = await readDeadlineContext(db, { closeOfBusiness, deadlineTerms });
    const zone = getTimeZone(DEFAULT_TIME_ZONE);
    return loadDashboard(db, bucketClock(new Date(minute * 60_000), context.calendars.kz, zone), zone, perBucket);
  }, [minute, closeOfBusiness, deadlineTerms, perBucket]);
}
