import { describe, expect, it } from 'vitest';
import { readOverview } from '../../../renderer/db/overview-queries';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { bucketBounds, bucketClock } from '../../../shared/cases/buckets';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import { getTimeZone } from '../../../shared/time/zone';
import { openCurrent, seedAtVersion } from './migration-harness';

/** A case and its obligations as schema version 7 stored them (no overview cache yet). */
const V7_CASE = {
  id: 'c1',
  number: 'DSR-2026-000005',
  year: 2026,
  seq: 5,
  status: 'open',
  receivedAt: '2026-03-02T05:00:00.000Z',
  enteredAt: '2026-03-02T05:10:00.000Z',
  channel: 'post',
  language: 'kk',
  jurisdiction: 'kz',
  rfSubject: false,
  requestTypes: ['access'],
  subject: { fullName: 'Қасымова Әлия Нұрланқызы', iin: '900315400123' },
  subjectName: 'касымова алия нурланкызы',
  subjectIin: '900315400123',
  nextDueAt: '2026-03-05T13:00:00.000Z',
  updatedAt: '2026-03-02T05:10:00.000Z',
  searchTokens: [['касымова', 1772427600000]],
};
const V7_OBLIGATION = {
  id: 'o1',
  caseId: 'c1',
  ruleId: 'kz.access',
  triggerAt: '2026-03-02T05:00:00.000Z',
  dueAt: '2026-03-05T13:00:00.000Z',
  status: 'open',
  urgentFromStart: false,
  extended: false,
  notified: [],
};

describe('schema version 8: the overview cache', () => {
  it('adds the empty cache tables, leaves the records as they were, and the overview builds the cache from them', async () => {
    const run = await seedAtVersion(7, async (db) => {
      await db.cases.add(V7_CASE as never);
      await db.obligations.add(V7_OBLIGATION as never);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await db.cases.get('c1')).toEqual(V7_CASE);
    expect([await db.overviewFacts.count(), await db.overviewMonths.count(), await db.overviewMeta.count()]).toEqual([0, 0, 0]);
    const zone = getTimeZone('Asia/Almaty');
    const now = new Date('2026-03-04T05:00:00.000Z');
    const overview = await readOverview(db, {
      period: { kind: 'month', year: 2026, index: 3 },
      zone,
      now,
      bucketBounds: bucketBounds(bucketClock(now, buildCalendar('kz'), zone), zone),
    });
    expect(overview).toMatchObject({ received: 1, pending: 1, overdueOpen: 0, byChannel: { post: 1 } });
    expect(await db.overviewFacts.get('c1')).toMatchObject({ month: '2026-03', openDue: ['2026-03-05T13:00:00.000Z'] });
    db.close();
  });

  it('a backup of version 7 is carried forward unchanged (no file holds the cache)', () => {
    const tables = upgradeSnapshot({ cases: [V7_CASE], obligations: [V7_OBLIGATION] }, 7, 8);
    expect(tables.cases).toEqual([V7_CASE]);
    expect(tables.obligations).toEqual([V7_OBLIGATION]);
    expect(Object.keys(tables)).not.toContain('overviewFacts');
  });
});
