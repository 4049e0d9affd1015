/**
 * The overview cache built in two windows at once (two connections to one database), or emptied by a restore while
 * a build is under way: the earlier build stops without writing its months or its meta (it summed them in memory
 * from records since changed), so no month counts a case twice.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerRequest } from '../../../renderer/db/case-steps';
import { correctCase } from '../../../renderer/db/correction-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { OverviewBuildSuperseded, rebuildCache, waitForOtherBuild } from '../../../renderer/db/overview-cache';
import { readOverview } from '../../../renderer/db/overview-queries';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { decodeBackup } from '../../../shared/backup/codec';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { bucketBounds, bucketClock } from '../../../shared/cases/buckets';
import { REQUEST_TYPES } from '../../../shared/rules/request-types';
import { getTimeZone } from '../../../shared/time/zone';
import { blockingIntake } from '../../fixtures/cases/intake';

const zone = getTimeZone('Asia/Almaty');
const calendar = buildCalendar('kz');
const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };
const NOW = new Date('2025-09-01T06:00:00.000Z');
const REASON = 'дата со штампа канцелярии';

let factory: IDBFactory;
let db: QorgauDatabase;
let other: QorgauDatabase;
beforeEach(async () => {
  factory = new IDBFactory();
  const name = `overview-two-${Math.random()}`;
  db = new QorgauDatabase(name, { indexedDB: factory, IDBKeyRange });
  other = new QorgauDatabase(name, { indexedDB: factory, IDBKeyRange });
  await db.open();
  await other.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  other.close();
  db.close();
});

const received = async (index: number): Promise<number> =>
  (
    await readOverview(db, {
      period: { kind: 'month', year: 2025, index },
      zone,
      now: NOW,
      bucketBounds: bucketBounds(bucketClock(NOW, calendar, zone), zone),
    })
  ).received;

const register = async (at: string): Promise<string> => (await registerRequest(blockingIntake(), new Date(at), [], settings, NOW)).id;

describe('the overview cache built in two windows at once', () => {
  it('counts a case moved to another month once: the build that began first stops, the later one stands', async () => {
    const february = [];
    for (let i = 0; i < 4; i++) february.push(await register(`2025-02-0${i + 3}T05:00:00.000Z`));
    const march = await register('2025-03-05T05:00:00.000Z');
    // The March case is read in the first chunk (ids ascending) of this window's build, whatever the ids are.
    const chunkSize = [...february, march].sort().indexOf(march) + 1;
    let chunks = 0;
    const first = rebuildCache(db, zone, undefined, {
      chunkSize,
      betweenChunks: async () => {
        if (chunks++ > 0) return;
        // Meanwhile the receipt moves to April, and the other window builds the cache from scratch and finishes.
        expect(
          await correctCase({ caseId: march, field: 'receivedAt', value: '2025-04-10T05:00:00.000Z', reason: REASON }, REQUEST_TYPES, settings, NOW),
        ).toBeUndefined();
        await rebuildCache(other, zone);
      },
    });
    await expect(first).rejects.toBeInstanceOf(OverviewBuildSuperseded);
    expect([await received(2), await received(3), await received(4)]).toEqual([4, 0, 1]);
  });

  it('a restore while a build is under way stops it; the next read builds from the restored records', async () => {
    for (let i = 0; i < 4; i++) await register(`2025-02-0${i + 3}T05:00:00.000Z`);
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'manual' });
    for (let i = 0; i < 3; i++) await register('2025-02-20T05:00:00.000Z');
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    let chunks = 0;
    const build = rebuildCache(db, zone, undefined, {
      chunkSize: 2,
      betweenChunks: async () => {
        if (chunks++ === 0) await restoreBackup(other, decoded.value, { actor: 'dpo', at: NOW.toISOString(), fileName: 'copy.json' });
      },
    });
    await expect(build).rejects.toBeInstanceOf(OverviewBuildSuperseded);
    expect(await received(2)).toBe(4);
  });

  it('a window whose build was superseded waits for the other window’s build to write its meta', async () => {
    await register('2025-02-03T05:00:00.000Z');
    await other.overviewMeta.put({ key: 'build', token: 'the-other-window' });
    let done = false;
    const waiting = waitForOtherBuild(db, 10_000, 1).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    await rebuildCache(other, zone);
    await waiting;
    expect(await received(2)).toBe(1);
  });
});
