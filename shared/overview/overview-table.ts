/**
 * The overview's figures as rows of one table (section, label, value): what the screen's accessible
 * table shows and what the CSV export writes. Labels come from the caller's language.
 */
import { CHANNELS, type Channel } from '../cases/model';
import { DUE_BUCKETS, type DueBucket } from '../cases/buckets';
import { CSV_BOM, csvCell } from '../cases/register-csv';
import { REQUEST_TYPES, type RequestType } from '../rules/request-types';
import type { Overview } from './overview';

export const OVERVIEW_SECTIONS = ['types', 'channels', 'timeliness', 'replyTime', 'refusals', 'open'] as const;
export type OverviewSection = (typeof OVERVIEW_SECTIONS)[number];

export interface OverviewLabels {
  readonly section: (section: OverviewSection) => string;
  readonly type: (type: RequestType) => string;
  readonly channel: (channel: Channel) => string;
  readonly bucket: (bucket: DueBucket) => string;
  readonly ground: (ground: string) => string;
  readonly received: string;
  readonly inTime: string;
  readonly late: string;
  readonly overdueOpen: string;
  readonly pending: string;
  readonly average: string;
  readonly longest: string;
  readonly replied: string;
  readonly refusals: string;
  /** Hours as the reader says them (e.g. "3 days 4 hours"). */
  readonly duration: (hours: number | undefined) => string;
  readonly header: readonly [string, string, string];
}

export interface OverviewRow {
  readonly section: OverviewSection;
  readonly label: string;
  readonly value: string;
}

export function overviewRows(o: Overview, l: OverviewLabels): OverviewRow[] {
  const n = (value: number): string => String(value);
  return [
    { section: 'types', label: l.received, value: n(o.received) },
    ...REQUEST_TYPES.filter((t) => o.byType[t] > 0).map((t) => ({ section: 'types' as const, label: l.type(t), value: n(o.byType[t]) })),
    ...CHANNELS.filter((c) => o.byChannel[c] > 0).map((c) => ({ section: 'channels' as const, label: l.channel(c), value: n(o.byChannel[c]) })),
    { section: 'timeliness', label: l.inTime, value: n(o.answeredInTime) },
    { section: 'timeliness', label: l.late, value: n(o.answeredLate) },
    { section: 'timeliness', label: l.overdueOpen, value: n(o.overdueOpen) },
    { section: 'timeliness', label: l.pending, value: n(o.pending) },
    { section: 'replyTime', label: l.replied, value: n(o.replied) },
    { section: 'replyTime', label: l.average, value: l.duration(o.averageReplyHours) },
    { section: 'replyTime', label: l.longest, value: l.duration(o.longestReplyHours) },
    { section: 'refusals', label: l.refusals, value: n(o.refusals) },
    ...o.refusalsByGround.map((g) => ({ section: 'refusals' as const, label: l.ground(g.ground), value: n(g.count) })),
    ...DUE_BUCKETS.map((b) => ({ section: 'open' as const, label: l.bucket(b), value: n(o.openByBucket[b]) })),
  ];
}

/** The rows as CSV (UTF-8 with BOM, CRLF, ';'), as the register export writes. */
export function overviewCsv(rows: readonly OverviewRow[], l: OverviewLabels): Uint8Array {
  const lines = [l.header.map(csvCell).join(';'), ...rows.map((r) => [l.section(r.section), r.label, r.value].map(csvCell).join(';'))];
  return new TextEncoder().encode(`${CSV_BOM}${lines.join('\r\n')}\r\n`);
}
