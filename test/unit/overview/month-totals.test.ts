/**
 * The month totals give what computeOverview gives over the raw records (pure, generated records: any
 * status, completion before or after the due instant, refusals with several grounds, replies or none), and a
 * month is exactly the span periodBounds gives it — in Almaty and in a zone whose clock changes at midnight.
 */
import { describe, expect, it } from 'vitest';
import type { ActionRecordOf, CaseRecord, Channel, ObligationRecord, ObligationStatus } from '../../../shared/cases/model';
import { caseFacts, monthOfInstant, monthsOf, monthTotals, overviewFromMonths, type CaseFacts, type MonthKey } from '../../../shared/overview/month-totals';
import { computeOverview } from '../../../shared/overview/overview';
import { periodBounds, type Period } from '../../../shared/overview/period';
import type { RequestType } from '../../../shared/rules/request-types';
import { getTimeZone } from '../../../shared/time/zone';

type CaseRow = Pick<CaseRecord, 'id' | 'receivedAt' | 'requestTypes' | 'channel' | 'replyAt'>;
type ObligationRow = Pick<ObligationRecord, 'caseId' | 'status' | 'dueAt' | 'completedAt'>;
type RefusalRow = Pick<ActionRecordOf<'refuse'>, 'caseId' | 'data'>;

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: RequestType[] = ['access', 'blocking', 'correction', 'destruction', 'consent-withdrawal', 'authority-request'];
const CHANNELS: Channel[] = ['email', 'post', 'in-person', 'web', 'app', 'authorized-body'];
const STATUSES: ObligationStatus[] = ['open', 'done', 'cancelled'];

function generate(zoneId: string, count: number, seed: number) {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const zone = getTimeZone(zoneId);
  const cases: CaseRow[] = [];
  const obligations: ObligationRow[] = [];
  const refusals: RefusalRow[] = [];
  for (let i = 0; i < count; i++) {
    const month = 1 + Math.floor(random() * 12);
    const bounds = periodBounds({ kind: 'month', year: 2025, index: month }, zone);
    // A third of them on the very edges of a month.
    const edge = random();
    const receivedMs =
      edge < 0.15
        ? Date.parse(bounds.startAt)
        : edge < 0.3
          ? Date.parse(bounds.endAt) - 1
          : Date.parse(bounds.startAt) + Math.floor(random() * (Date.parse(bounds.endAt) - Date.parse(bounds.startAt)));
    const id = `c${i}`;
    const replied = random() < 0.6;
    cases.push({
      id,
      receivedAt: new Date(receivedMs).toISOString(),
      requestTypes: random() < 0.3 ? [pick(TYPES), pick(TYPES)].filter((t, k, all) => all.indexOf(t) === k) : [pick(TYPES)],
      channel: pick(CHANNELS),
      ...(replied ? { replyAt: new Date(receivedMs + Math.floor(random() * 40 * 86_400_000)).toISOString() } : {}),
    });
    for (let k = Math.floor(random() * 4); k > 0; k--) {
      const dueAt = new Date(receivedMs + Math.floor(random() * 30 * 86_400_000)).toISOString();
      const status = pick(STATUSES);
      const completed = status === 'done' && random() < 0.9;
      obligations.push({
        caseId: id,
        status,
        dueAt,
        ...(completed ? { completedAt: random() < 0.5 ? dueAt : new Date(Date.parse(dueAt) + (random() < 0.5 ? -1 : 1) * 3_600_000).toISOString() } : {}),
      });
    }
    if (random() < 0.2) refusals.push({ caseId: id, data: { grounds: random() < 0.3 ? ['g1', 'g2'] : [pick(['g1', 'g2', 'g3', 'g4'])], ruleId: 'kz.block' } });
  }
  return { zone, cases, obligations, refusals };
}

describe('the overview summed by month', () => {
  for (const zoneId of ['Asia/Almaty', 'Asia/Beirut']) {
    it(`equals computeOverview over the records for every month, quarter and the year (${zoneId})`, () => {
      const { zone, cases, obligations, refusals } = generate(zoneId, 1500, 21);
      const facts = cases.map((c) =>
        caseFacts(
          c,
          obligations.filter((o) => o.caseId === c.id),
          refusals.filter((r) => r.caseId === c.id),
          zone,
        ),
      );
      const byMonth = new Map<MonthKey, CaseFacts[]>();
      for (const f of facts) byMonth.set(f.month, [...(byMonth.get(f.month) ?? []), f]);
      const totals = new Map([...byMonth].map(([month, list]) => [month, monthTotals(month, list)]));
      const openByBucket = { overdue: 3, today: 1, 'next-3-working-days': 0, later: 7 };
      const periods: Period[] = [
        ...Array.from({ length: 12 }, (_, i): Period => ({ kind: 'month', year: 2025, index: i + 1 })),
        ...Array.from({ length: 4 }, (_, i): Period => ({ kind: 'quarter', year: 2025, index: i + 1 })),
        { kind: 'year', year: 2025, index: 1 },
        { kind: 'year', year: 2024, index: 1 },
      ];
      for (const now of ['2025-04-10T06:00:00.000Z', '2025-12-31T23:59:59.999Z']) {
        for (const period of periods) {
          const bounds = periodBounds(period, zone);
          const inPeriod = cases.filter((c) => c.receivedAt >= bounds.startAt && c.receivedAt < bounds.endAt);
          const ids = new Set(inPeriod.map((c) => c.id));
          const expected = computeOverview({
            cases: inPeriod,
            obligations: obligations.filter((o) => ids.has(o.caseId)),
            refusals: refusals.filter((r) => ids.has(r.caseId)),
            openBuckets: Object.entries(openByBucket).flatMap(([bucket, n]) => Array.from({ length: n }, () => bucket as keyof typeof openByBucket)),
            now,
          });
          const months = monthsOf(period).flatMap((m) => totals.get(m) ?? []);
          expect(overviewFromMonths(months, now, openByBucket), `${JSON.stringify(period)} at ${now}`).toEqual(expected);
        }
      }
    });
  }

  it('a month is the span periodBounds gives it, to the millisecond, where the clock changes at midnight', () => {
    const zone = getTimeZone('Asia/Beirut');
    for (let month = 1; month <= 12; month++) {
      const { startAt, endAt } = periodBounds({ kind: 'month', year: 2025, index: month }, zone);
      const key = `2025-${String(month).padStart(2, '0')}`;
      expect(monthOfInstant(startAt, zone)).toBe(key);
      expect(monthOfInstant(new Date(Date.parse(endAt) - 1).toISOString(), zone)).toBe(key);
      expect(monthOfInstant(new Date(Date.parse(startAt) - 1).toISOString(), zone)).not.toBe(key);
    }
  });
});
