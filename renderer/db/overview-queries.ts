/**
 * The overview's reads (issue 13 item 6). The period's figures come from the months of the derived cache
 * (overview-cache.ts), brought up to the end of the audit trail first; the open obligations by due bucket
 * (the workload as of now, whatever the period) are counted on the [status+dueAt] index between the
 * buckets' instants, without reading a row. The reference for what every figure means is the pure
 * computeOverview (shared/overview/overview.ts) over the raw records; the summing gives the same.
 */
import { DUE_BUCKETS, type DueBucket } from '../../shared/cases/buckets';
import { monthsOf, overviewFromMonths, type MonthTotals } from '../../shared/overview/month-totals';
import type { Overview } from '../../shared/overview/overview';
import type { Period } from '../../shared/overview/period';
import type { TimeZone } from '../../shared/time/zone';
import { database, type QorgauDatabase } from './database';
import { OverviewBuildSuperseded, cacheState, catchUp, rebuildCache, waitForOtherBuild, type BuildProgress } from './overview-cache';

export type { BuildProgress } from './overview-cache';

export interface OverviewRequest {
  readonly period: Period;
  /** The zone whose local months the period is made of (the display zone). */
  readonly zone: TimeZone;
  readonly now: Date;
  /** [from, to) ISO instants of each due bucket as of now (shared/cases/buckets.ts bucketBounds). */
  readonly bucketBounds: Readonly<Record<DueBucket, readonly [string, string]>>;
}

/** Open obligations per due bucket: one index count per bucket. */
export async function countOpenByBucket(db: QorgauDatabase, bounds: OverviewRequest['bucketBounds']): Promise<Record<DueBucket, number>> {
  const counts = await Promise.all(
    DUE_BUCKETS.map((bucket) => {
      const [low, high] = bounds[bucket];
      return low < high ? db.obligations.where('[status+dueAt]').between(['open', low], ['open', high], true, false).count() : Promise.resolve(0);
    }),
  );
  return Object.fromEntries(DUE_BUCKETS.map((bucket, i) => [bucket, counts[i] ?? 0])) as Record<DueBucket, number>;
}

/** The figures, in one read transaction, if the cache holds the whole trail. */
function readCurrent(db: QorgauDatabase, request: OverviewRequest): Promise<Overview | 'behind' | 'rebuild'> {
  return db.transaction('r', [db.overviewMeta, db.overviewMonths, db.audit, db.obligations], async () => {
    const state = await cacheState(db, request.zone);
    if (state !== 'current') return state;
    const [months, openByBucket] = await Promise.all([db.overviewMonths.bulkGet(monthsOf(request.period)), countOpenByBucket(db, request.bucketBounds)]);
    return overviewFromMonths(
      months.filter((m): m is MonthTotals => m !== undefined),
      request.now.toISOString(),
      openByBucket,
    );
  });
}

/** A build of the cache under way: every reader waiting for it is told its progress. */
interface Build {
  readonly finished: Promise<void>;
  readonly listeners: Set<(progress: BuildProgress) => void>;
  last: BuildProgress | undefined;
}

/** One build of the cache at a time per database (a second reader waits for it, and sees its progress). */
const building = new WeakMap<QorgauDatabase, Build>();

function rebuildOnce(db: QorgauDatabase, zone: TimeZone): Build {
  const running = building.get(db);
  if (running) return running;
  const listeners = new Set<(progress: BuildProgress) => void>();
  const build: Build = {
    listeners,
    last: undefined,
    finished: rebuildCache(db, zone, (progress) => {
      build.last = progress;
      for (const listener of listeners) listener(progress);
    }).finally(() => building.delete(db)),
  };
  building.set(db, build);
  return build;
}

/** Waits for a build, told its progress meanwhile (the latest at once, when it has begun). */
async function follow(build: Build, onProgress?: (progress: BuildProgress) => void): Promise<void> {
  if (!onProgress) return build.finished;
  build.listeners.add(onProgress);
  if (build.last) onProgress(build.last);
  try {
    await build.finished;
  } finally {
    build.listeners.delete(onProgress);
  }
}

/**
 * The overview of a period. Usually one read transaction; after changes, one read-write transaction that
 * catches the cache up first; without a cache of this trail, a build in chunks (`onProgress`) first. A
 * reader that comes while a build is under way (another period chosen meanwhile) waits for it and is told
 * its progress too; a build that fails rejects every reader waiting for it, and the next read starts over.
 */
export async function readOverview(db: QorgauDatabase, request: OverviewRequest, onProgress?: (progress: BuildProgress) => void): Promise<Overview> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const read = await readCurrent(db, request);
    if (typeof read === 'object') return read;
    const pending = building.get(db);
    try {
      if (pending) await follow(pending, onProgress);
      else if (read === 'behind' && (await catchUp(db, request.zone)) === 'current') continue;
      else await follow(rebuildOnce(db, request.zone), onProgress);
    } catch (error) {
      // Another window's build or a restore began meanwhile: its build is waited for, then read again (the cache
      // is built again if still needed).
      if (!(error instanceof OverviewBuildSuperseded)) throw error;
      await waitForOtherBuild(db);
    }
  }
  throw new Error('the overview cache could not be brought up to date (the data kept changing)');
}

/** The overview from the app's database. */
export const fetchOverview = (request: OverviewRequest, onProgress?: (progress: BuildProgress) => void): Promise<Overview> =>
  readOverview(database(), request, onProgress);
