/**
 * The overview's open obligations by due bucket are counted on the [status+dueAt] index between the
 * buckets' instants (bucketBounds), without reading a row: the counts equal the bucketing of every open
 * row by dueBucket — for instants on each bound (now, the next local midnight, the end of the three
 * working days) and either side of it, for random ones, in Almaty and in zones whose clocks change at midnight.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QorgauDatabase } from '../../../renderer/db/database';
import { countOpenByBucket } from '../../../renderer/db/overview-queries';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { bucketBounds, bucketClock, dueBucket, DUE_BUCKETS, type DueBucket } from '../../../shared/cases/buckets';
import type { ObligationRecord, ObligationStatus } from '../../../shared/cases/model';
import { getTimeZone } from '../../../shared/time/zone';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`buckets-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const calendar = buildCalendar('kz');

function obligation(i: number, dueMs: number, status: ObligationStatus): ObligationRecord {
  return {
    id: `o-${String(i).padStart(6, '0')}`,
    caseId: `c-${i % 37}`,
    ruleId: 'kz.block',
    triggerAt: new Date(dueMs - 10 * 86_400_000).toISOString(),
    dueAt: new Date(dueMs).toISOString(),
    status,
    urgentFromStart: false,
    extended: false,
    notified: [],
  };
}

const CASES: { zone: string; now: string }[] = [
  // Almaty: a Friday afternoon (the three working days run over the weekend), a Monday morning, just before midnight.
  { zone: 'Asia/Almaty', now: '2025-03-07T11:40:00.000Z' },
  { zone: 'Asia/Almaty', now: '2025-03-10T03:00:00.000Z' },
  { zone: 'Asia/Almaty', now: '2025-12-31T18:59:59.999Z' },
  // Clocks that change at midnight: the start of a local day is not 00:00 there.
  { zone: 'America/Santiago', now: '2025-09-05T15:00:00.000Z' },
  { zone: 'Asia/Beirut', now: '2025-03-29T10:00:00.000Z' },
];

describe('open obligations by due bucket, counted on the index', () => {
  for (const { zone: zoneId, now: nowIso } of CASES) {
    it(`equal the bucketing of each row (${zoneId}, ${nowIso})`, async () => {
      const zone = getTimeZone(zoneId);
      const now = new Date(nowIso);
      const clock = bucketClock(now, calendar, zone);
      const bounds = bucketBounds(clock, zone);
      const edges = [bounds.today[0], bounds.today[1], bounds['next-3-working-days'][1]].map(Date.parse);
      const dues: number[] = [];
      for (const edge of edges) for (const delta of [-60_000, -1, 0, 1, 60_000]) dues.push(edge + delta);
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let i = 0; i < 400; i++) dues.push(now.getTime() + Math.floor((random() - 0.3) * 12 * 86_400_000));
      const statuses: ObligationStatus[] = ['open', 'open', 'open', 'done', 'cancelled'];
      const rows = dues.map((due, i) => obligation(i, due, statuses[i % statuses.length]!));
      await db.obligations.bulkAdd(rows);

      const expected = Object.fromEntries(DUE_BUCKETS.map((b) => [b, 0])) as Record<DueBucket, number>;
      for (const row of rows) if (row.status === 'open') expected[dueBucket(row.dueAt, clock, zone)] += 1;
      expect(await countOpenByBucket(db, bounds)).toEqual(expected);
      // Every bucket is exercised.
      for (const bucket of DUE_BUCKETS) expect(expected[bucket], bucket).toBeGreaterThan(0);
    });
  }
});
