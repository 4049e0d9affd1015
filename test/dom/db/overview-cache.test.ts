/**
 * The overview's cache (renderer/db/overview-cache.ts) against the reference: for generated cases taken
 * through the app's own steps (registration at month edges, replies in time and late, refusals, closing,
 * reopening, withdrawal, corrections of the receipt time and of an action's time, a calendar correction
 * moving deadlines), the figures read from the month totals — caught up along the audit trail after every
 * few steps — equal computeOverview over the raw records, for every month, quarter and the year, at
 * several instants; and equal what a build from scratch gives.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeCase, recordObligationAction, registerRequest, reopenCase } from '../../../renderer/db/case-steps';
import { correctAction, correctCase, withdrawCase } from '../../../renderer/db/correction-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { correctCalendarDay } from '../../../renderer/db/deadline-steps';
import { rebuildCache } from '../../../renderer/db/overview-cache';
import { readOverview } from '../../../renderer/db/overview-queries';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { decodeBackup } from '../../../shared/backup/codec';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { bucketBounds, bucketClock, dueBucket } from '../../../shared/cases/buckets';
import type { ActionRecordOf, Channel } from '../../../shared/cases/model';
import { computeOverview, type Overview } from '../../../shared/overview/overview';
import { periodBounds, type Period } from '../../../shared/overview/period';
import { REQUEST_TYPES, type RequestType } from '../../../shared/rules/request-types';
import { getTimeZone } from '../../../shared/time/zone';
import { blockingIntake } from '../../fixtures/cases/intake';
import { zonedDate } from '../../../shared/format';

const zone = getTimeZone('Asia/Almaty');
const calendar = buildCalendar('kz');
const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };
/** When the steps are taken (after every generated time). */
const STEP_NOW = new Date('2025-09-01T06:00:00.000Z');

let db: QorgauDatabase;
beforeEach(async () => {
  // Ids in a fixed order: the records' order (and so each generated path) is the same on every run.
  let next = 0;
  vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`);
  db = new QorgauDatabase(`overview-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  useDatabaseForTests(undefined);
  db.close();
});

/** mulberry32: the same cases on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The overview the way the screen read it before the cache: every record of the period, then computeOverview. */
async function reference(period: Period, now: Date): Promise<Overview> {
  const bounds = periodBounds(period, zone);
  const clock = bucketClock(now, calendar, zone);
  const cases = await db.cases.where('receivedAt').between(bounds.startAt, bounds.endAt, true, false).toArray();
  const ids = new Set(cases.map((c) => c.id));
  const obligations = (await db.obligations.toArray()).filter((o) => ids.has(o.caseId));
  const refusals = (await db.actions.where('kind').equals('refuse').toArray()).filter((a) => ids.has(a.caseId)) as ActionRecordOf<'refuse'>[];
  const open = await db.obligations.where('status').equals('open').toArray();
  return computeOverview({ cases, obligations, refusals, openBuckets: open.map((o) => dueBucket(o.dueAt, clock, zone)), now: now.toISOString() });
}

const cached = (period: Period, now: Date): Promise<Overview> =>
  readOverview(db, { period, zone, now, bucketBounds: bucketBounds(bucketClock(now, calendar, zone), zone) });

const PERIODS: Period[] = [
  ...Array.from({ length: 8 }, (_, i): Period => ({ kind: 'month', year: 2025, index: i + 1 })),
  { kind: 'month', year: 2024, index: 12 },
  { kind: 'quarter', year: 2025, index: 1 },
  { kind: 'quarter', year: 2025, index: 2 },
  { kind: 'quarter', year: 2025, index: 3 },
  { kind: 'year', year: 2025, index: 1 },
];
const NOWS = [new Date('2025-03-11T13:00:00.000Z'), new Date('2025-05-20T04:00:00.000Z'), STEP_NOW];

async function expectSame(label: string): Promise<void> {
  for (const now of NOWS)
    for (const period of PERIODS)
      expect(await cached(period, now), `${label}: ${JSON.stringify(period)} at ${now.toISOString()}`).toEqual(await reference(period, now));
}

// Local midnights of the 1st of a month in Almaty (+05) and the instants either side.
const EDGES = ['2025-01-31T18:59:59.999Z', '2025-01-31T19:00:00.000Z', '2025-02-28T18:59:00.000Z', '2025-03-31T19:00:00.000Z', '2024-12-31T19:00:00.000Z'];
const TYPES: RequestType[] = ['access', 'blocking', 'correction', 'destruction', 'consent-withdrawal'];
const CHANNELS: Channel[] = ['email', 'post', 'in-person', 'web'];

describe('the overview from its month totals', () => {
  it('equals computeOverview over the records through registrations, replies, refusals, closing, reopening, withdrawal and corrections', async () => {
    const random = seeded(13);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const ids: string[] = [];
    const register = async (receivedAt: Date) => {
      const types = random() < 0.3 ? [pick(TYPES), pick(TYPES)] : [pick(TYPES)];
      const record = await registerRequest(
        blockingIntake({ requestTypes: [...new Set(types)], channel: pick(CHANNELS), rfSubject: random() < 0.2 }),
        receivedAt,
        [],
        settings,
        STEP_NOW,
      );
      ids.push(record.id);
    };
    for (const edge of EDGES) await register(new Date(edge));
    for (let i = 0; i < 30; i++) await register(new Date(Date.parse('2025-01-03T04:00:00.000Z') + Math.floor(random() * 200 * 86_400_000)));
    await expectSame('after registration (built from scratch)');

    const done = { reply: 0, refuse: 0, close: 0, reopen: 0, withdraw: 0, correct: 0, actionCorrect: 0, calendar: 0 };
    for (let step = 0; step < 60; step++) {
      const caseId = pick(ids);
      const record = (await db.cases.get(caseId))!;
      const open = (await db.obligations.where('caseId').equals(caseId).toArray()).filter((o) => o.status === 'open');
      const roll = random();
      try {
        if (roll < 0.45 && open.length > 0 && record.status === 'open') {
          const obligation = pick(open);
          const kind = random() < 0.35 ? 'refuse' : 'provide';
          // Some in time, some late: up to 40 days after receipt.
          const at = new Date(Math.min(Date.parse(record.receivedAt) + Math.floor(random() * 40 * 86_400_000) + 60_000, STEP_NOW.getTime()));
          const result = await recordObligationAction(
            { caseId, obligationId: obligation.id, kind, at, note: '', grounds: kind === 'refuse' ? [pick(['g1', 'g2', 'g3'])] : [], files: [] },
            settings,
            STEP_NOW,
          );
          if (result === undefined) done[kind === 'refuse' ? 'refuse' : 'reply'] += 1;
        } else if (roll < 0.55 && record.status === 'open' && record.withdrawal === undefined) {
          const waivers = Object.fromEntries(open.map((o) => [o.id, 'ответ дан устно, заявитель согласен']));
          if ((await closeCase(caseId, 'fulfilled', '', waivers, STEP_NOW)) === undefined) done.close += 1;
        } else if (roll < 0.65 && record.status === 'closed' && record.withdrawal === undefined) {
          if ((await reopenCase(caseId, 'заявитель прислал уточнение', STEP_NOW)) === undefined) done.reopen += 1;
        } else if (roll < 0.7 && record.withdrawal === undefined && record.status === 'open') {
          if ((await withdrawCase(caseId, 'зарегистрировано ошибочно', STEP_NOW)) === undefined) done.withdraw += 1;
        } else if (roll < 0.85 && record.withdrawal === undefined) {
          // The receipt time moved back by up to 40 days: often into another month.
          const value = new Date(Date.parse(record.receivedAt) - Math.floor(random() * 40 * 86_400_000)).toISOString();
          if ((await correctCase({ caseId, field: 'receivedAt', value, reason: 'дата со штампа канцелярии' }, REQUEST_TYPES, settings, STEP_NOW)) === undefined)
            done.correct += 1;
        } else if (roll < 0.95) {
          const actions = (await db.actions.where('caseId').equals(caseId).toArray()).filter((a) => a.kind === 'provide' || a.kind === 'refuse');
          const action = actions[0];
          if (action) {
            const value = new Date(Date.parse(action.at) + Math.floor(random() * 20 * 86_400_000)).toISOString();
            if (
              (await correctAction({ caseId, actionId: action.id, field: 'at', value, reason: 'время по журналу отправки' }, settings, STEP_NOW)) === undefined
            )
              done.actionCorrect += 1;
          }
        } else {
          const day = `2025-0${3 + Math.floor(random() * 5)}-1${Math.floor(random() * 9)}`;
          const result = await correctCalendarDay({ calendar: 'kz', date: day, working: false, note: 'перенос по постановлению' }, settings, STEP_NOW);
          if (typeof result !== 'string') done.calendar += 1;
        }
      } catch {
        // A step the workflow refuses for this case changes nothing; the next step goes on.
      }
      // The cache catches up along the trail: now after every step, now after a few.
      if (step % 3 === 0) await expectSame(`after step ${step}`);
    }
    await expectSame('after every step');
    // A calendar correction that surely moves an open deadline (its day made a day off): the event names no
    // case itself, only the moved obligations' cases.
    const open = (await db.obligations.toArray()).filter((o) => o.status === 'open').sort((a, b) => (a.dueAt < b.dueAt ? 1 : -1))[0]!;
    const moved = await correctCalendarDay(
      { calendar: 'kz', date: zonedDate(new Date(open.dueAt), 'Asia/Almaty'), working: false, note: 'перенос' },
      settings,
      STEP_NOW,
    );
    expect(moved).not.toBeTypeOf('string');
    const recomputed = (await db.audit.orderBy('seq').last())!;
    expect(recomputed).toMatchObject({ type: 'deadlines.recomputed', caseId: undefined });
    expect((await db.obligations.get(open.id))?.dueAt).not.toBe(open.dueAt);
    await expectSame('after a calendar correction');
    const newDue = (await db.obligations.get(open.id))!.dueAt;
    expect((await db.overviewFacts.get(open.caseId))?.openDue).toContain(newDue);
    expect(done.reply).toBeGreaterThan(0);
    expect(done.refuse).toBeGreaterThan(0);
    expect(done.close).toBeGreaterThan(0);
    expect(done.reopen).toBeGreaterThan(0);
    expect(done.withdraw).toBeGreaterThan(0);
    expect(done.correct).toBeGreaterThan(0);
    expect(done.actionCorrect).toBeGreaterThan(0);
    expect(done.calendar).toBeGreaterThan(0);

    // Caught up step by step, the cache holds what a build from scratch holds.
    const caughtUp = { facts: await db.overviewFacts.orderBy('caseId').toArray(), months: await db.overviewMonths.orderBy('month').toArray() };
    await rebuildCache(db, zone);
    expect({ facts: await db.overviewFacts.orderBy('caseId').toArray(), months: await db.overviewMonths.orderBy('month').toArray() }).toEqual(caughtUp);
  }, 120_000);

  it('is built again, with progress, on first use, after a restore, in another zone, and when the trail is not the one it followed', async () => {
    for (let i = 0; i < 5; i++)
      await registerRequest(blockingIntake(), new Date(Date.parse('2025-02-03T05:00:00.000Z') + i * 86_400_000), [], settings, STEP_NOW);
    const period: Period = { kind: 'month', year: 2025, index: 2 };
    const progress: { done: number; total: number }[] = [];
    const read = () =>
      readOverview(db, { period, zone, now: STEP_NOW, bucketBounds: bucketBounds(bucketClock(STEP_NOW, calendar, zone), zone) }, (p) => progress.push(p));
    expect((await read()).received).toBe(5);
    expect(progress.at(0)).toEqual({ done: 0, total: 5 });
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });

    // Current: nothing is built again.
    progress.length = 0;
    await read();
    expect(progress).toEqual([]);

    // A restore of an earlier copy (two cases fewer) empties the cache in its transaction: built again from the restored records.
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'manual' });
    for (let i = 0; i < 2; i++) await registerRequest(blockingIntake(), new Date('2025-02-20T05:00:00.000Z'), [], settings, STEP_NOW);
    expect((await read()).received).toBe(7);
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    await restoreBackup(db, decoded.value, { actor: 'dpo', at: STEP_NOW.toISOString(), fileName: 'copy.json' });
    expect(await db.overviewMeta.count()).toBe(0);
    progress.length = 0;
    expect(await read()).toEqual(await reference(period, STEP_NOW));
    expect((await read()).received).toBe(5);
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });

    // The event the meta names differs (another trail with as many events): built again, not caught up.
    const meta = (await db.overviewMeta.get('meta'))!;
    if (meta.key !== 'meta') throw new Error('no meta');
    await db.overviewMeta.put({ ...meta, headHash: 'f'.repeat(64) });
    progress.length = 0;
    await read();
    expect(progress.length).toBeGreaterThan(0);
    expect(await db.overviewMeta.get('meta')).toMatchObject({ headHash: meta.headHash });

    // Another zone: built again by that zone's months.
    await db.overviewMeta.put({ ...meta, zone: 'Europe/Moscow' });
    progress.length = 0;
    await read();
    expect(progress.length).toBeGreaterThan(0);
  });
});
