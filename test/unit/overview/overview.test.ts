import { overviewReport } from '../../../shared/overview/overview-report';
import { describe, expect, it } from 'vitest';
import { computeOverview } from '../../../shared/overview/overview';
import { overviewCsv, overviewRows, type OverviewLabels } from '../../../shared/overview/overview-table';
import { periodBounds } from '../../../shared/overview/period';
import { getTimeZone } from '../../../shared/time/zone';

/** A microfinance DPO's March 2026: four requests, one refused on two grounds, one answered late. */
const CASES = [
  { id: 'c1', receivedAt: '2026-03-02T04:00:00.000Z', requestTypes: ['access' as const], channel: 'email' as const, replyAt: '2026-03-04T10:00:00.000Z' },
  {
    id: 'c2',
    receivedAt: '2026-03-05T09:30:00.000Z',
    requestTypes: ['destruction' as const, 'consent-withdrawal' as const],
    channel: 'post' as const,
    replyAt: '2026-03-20T09:30:00.000Z',
  },
  { id: 'c3', receivedAt: '2026-03-10T12:00:00.000Z', requestTypes: ['access' as const], channel: 'in-person' as const },
  { id: 'c4', receivedAt: '2026-03-30T05:00:00.000Z', requestTypes: ['blocking' as const], channel: 'email' as const },
];
const OBLIGATIONS = [
  { caseId: 'c1', status: 'done' as const, dueAt: '2026-03-05T13:00:00.000Z', completedAt: '2026-03-04T10:00:00.000Z' },
  { caseId: 'c2', status: 'done' as const, dueAt: '2026-03-16T13:00:00.000Z', completedAt: '2026-03-20T09:30:00.000Z' },
  { caseId: 'c2', status: 'cancelled' as const, dueAt: '2026-03-16T13:00:00.000Z' },
  { caseId: 'c3', status: 'open' as const, dueAt: '2026-03-13T13:00:00.000Z' },
  { caseId: 'c4', status: 'open' as const, dueAt: '2026-04-02T13:00:00.000Z' },
];
const REFUSALS = [{ caseId: 'c2', data: { grounds: ['kz-contract-performance', 'kz-legal-obligation'], ruleId: 'kz.destroy' as const } }];

describe('overview of a period', () => {
  const overview = computeOverview({
    cases: CASES,
    obligations: OBLIGATIONS,
    refusals: REFUSALS,
    openBuckets: ['overdue', 'later', 'today', 'later'],
    now: '2026-03-31T06:00:00.000Z',
  });

  it('counts requests by type and channel, obligations in time and late, open past due and pending', () => {
    expect(overview.received).toBe(4);
    expect(overview.byType).toMatchObject({ access: 2, destruction: 1, 'consent-withdrawal': 1, blocking: 1, correction: 0 });
    expect(overview.byChannel).toMatchObject({ email: 2, post: 1, 'in-person': 1, web: 0 });
    expect([overview.answeredInTime, overview.answeredLate, overview.overdueOpen, overview.pending]).toEqual([1, 1, 1, 1]);
  });

  it('measures the time to reply and counts refusals by ground and open obligations by bucket', () => {
    expect(overview.replied).toBe(2);
    // c1: 54 h; c2: 15 days = 360 h
    expect(overview.averageReplyHours).toBe(207);
    expect(overview.longestReplyHours).toBe(360);
    expect(overview.refusals).toBe(1);
    expect(overview.refusalsByGround).toEqual([
      { ground: 'kz-contract-performance', count: 1 },
      { ground: 'kz-legal-obligation', count: 1 },
    ]);
    expect(overview.openByBucket).toEqual({ overdue: 1, today: 1, 'next-3-working-days': 0, later: 2 });
  });

  it('an empty period has zeros and no reply time', () => {
    const empty = computeOverview({ cases: [], obligations: [], refusals: [], openBuckets: [], now: '2026-03-31T06:00:00.000Z' });
    expect(empty.received).toBe(0);
    expect(empty.averageReplyHours).toBeUndefined();
  });

  it('writes the same figures as table rows and CSV', () => {
    const labels: OverviewLabels = {
      section: (s) => s,
      type: (t) => t,
      channel: (c) => c,
      bucket: (b) => b,
      ground: (g) => g,
      received: 'received',
      inTime: 'in time',
      late: 'late',
      overdueOpen: 'overdue open',
      pending: 'pending',
      average: 'average',
      longest: 'longest',
      replied: 'replied',
      refusals: 'refusals',
      duration: (h) => (h === undefined ? '—' : `${h} h`),
      header: ['section', 'figure', 'value'],
    };
    const rows = overviewRows(overview, labels);
    expect(rows).toContainEqual({ section: 'types', label: 'access', value: '2' });
    expect(rows).toContainEqual({ section: 'replyTime', label: 'average', value: '207 h' });
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(overviewCsv(rows, labels));
    expect(csv.startsWith('\ufeffsection;figure;value\r\ntypes;received;4\r\n')).toBe(true);

    // The PDF report: the same rows in one table, each section named on its first row only.
    const report = overviewReport(rows, labels, { title: 'Overview', period: 'Period', prepared: 'Prepared' }, 'ru');
    expect(report.language).toBe('ru');
    const table = (report.content as { table?: { body: { text: string }[][] } }[]).find((c) => c.table)?.table;
    const body = table?.body.slice(1).map((cells) => cells.map((c) => c.text)) ?? [];
    expect(body).toEqual(rows.map((r, i) => [i === 0 || rows[i - 1]!.section !== r.section ? r.section : '', r.label, r.value]));
  });

  it('bounds a month, a quarter and a year in Almaty time', () => {
    const zone = getTimeZone('Asia/Almaty');
    expect(periodBounds({ kind: 'month', year: 2026, index: 3 }, zone)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      startAt: '2026-02-28T19:00:00.000Z',
      endAt: '2026-03-31T19:00:00.000Z',
    });
    expect(periodBounds({ kind: 'quarter', year: 2026, index: 4 }, zone)).toMatchObject({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodBounds({ kind: 'year', year: 2025, index: 1 }, zone)).toMatchObject({ from: '2025-01-01', to: '2026-01-01' });
  });
});
