/**
 * The integrity check: the hash chain link by link, every sealed record against the event that last wrote
 * it (record-seal.ts), and the head of the chain against the anchor kept outside the database (anchor.ts).
 * Each finding names the record or the entry that fails.
 */
import { EMPTY_ANCHOR, type AuditAnchor } from './anchor';
import { verifyChain, type ChainEvent, type ChainVerdict } from './chain';
import { recordDigest, type AuditRef, type SealedTable } from './record-seal';

/**
 * changed: the record differs from what its event sealed; stale: it points at an event that is not the last
 * one to write it (an older version put back); unsealed: its seal was removed though an event wrote it;
 * unknown-event: it points at an event the trail does not hold (removed or rewritten); missing: an event
 * wrote it and none removed it, but it is gone; reappeared: the last event to name it removed it.
 */
export const RECORD_PROBLEMS = ['changed', 'stale', 'unsealed', 'unknown-event', 'missing', 'reappeared'] as const;
export type RecordProblem = (typeof RECORD_PROBLEMS)[number];

export interface RecordFinding {
  readonly kind: 'record';
  readonly problem: RecordProblem;
  readonly table: SealedTable;
  readonly id: string;
  /** What a person recognises the record by: a case or document number, a rule, a file name … */
  readonly label: string;
  /** The number of the case the record belongs to, when known. */
  readonly caseNumber?: string | undefined;
  /** The audit entry concerned (the record's or the last one naming it). */
  readonly seq: number;
}

export type AnchorFinding =
  | { readonly kind: 'anchor'; readonly problem: 'truncated'; readonly anchor: AuditAnchor; readonly head: AuditAnchor }
  | { readonly kind: 'anchor'; readonly problem: 'rewritten'; readonly anchor: AuditAnchor; readonly found: string | undefined };

export type IntegrityFinding = RecordFinding | AnchorFinding;

export interface IntegrityReport {
  readonly ok: boolean;
  readonly chain: ChainVerdict;
  readonly head: AuditAnchor;
  /** The kept anchor checked against (null: none kept yet). */
  readonly anchor: AuditAnchor | null;
  readonly findings: readonly IntegrityFinding[];
  /** Sealed records checked against their events. */
  readonly checked: number;
  /** Records written before records were sealed (no seal, and no event names them). */
  readonly legacy: number;
}

export interface SealedRows {
  readonly table: SealedTable;
  readonly rows: readonly object[];
}

type Row = { readonly id?: unknown; readonly auditRef?: AuditRef; readonly [key: string]: unknown };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function labelOf(table: SealedTable, row: Row): string {
  switch (table) {
    case 'cases':
    case 'documents':
      return str(row['number']);
    case 'obligations':
      return str(row['ruleId']);
    case 'actions':
      return str(row['kind']);
    case 'attachments':
      return str(row['name']);
    case 'calendarOverrides':
      return `${str(row['calendar'])} ${str(row['date'])}`;
  }
}

export async function checkIntegrity(input: {
  readonly events: readonly ChainEvent[];
  readonly tables: readonly SealedRows[];
  readonly anchor: AuditAnchor | null;
}): Promise<IntegrityReport> {
  const events = [...input.events].sort((a, b) => a.seq - b.seq);
  const chain = await verifyChain(events);
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  const lastSeal = new Map<string, { seq: number; sha256: string | null; table: SealedTable; id: string }>();
  for (const event of events) {
    for (const seal of event.records ?? []) lastSeal.set(`${seal.table}/${seal.id}`, { seq: event.seq, sha256: seal.sha256, table: seal.table, id: seal.id });
  }
  const caseNumbers = new Map<string, string>();
  for (const { table, rows } of input.tables) {
    if (table === 'cases') for (const row of rows as Row[]) caseNumbers.set(str(row.id), str(row['number']));
  }
  const findings: IntegrityFinding[] = [];
  const seen = new Set<string>();
  let checked = 0;
  let legacy = 0;
  for (const { table, rows } of input.tables) {
    for (const row of rows as Row[]) {
      const id = str(row.id);
      const key = `${table}/${id}`;
      seen.add(key);
      const last = lastSeal.get(key);
      const caseNumber = table === 'cases' ? undefined : caseNumbers.get(str(row['caseId']));
      const found = (problem: RecordProblem, seq: number) => findings.push({ kind: 'record', problem, table, id, label: labelOf(table, row), caseNumber, seq });
      const ref = row.auditRef;
      if (ref === undefined) {
        if (last) found(last.sha256 === null ? 'reappeared' : 'unsealed', last.seq);
        else legacy += 1;
        continue;
      }
      checked += 1;
      const event = bySeq.get(ref.seq);
      if (!event || event.hash !== ref.hash) found('unknown-event', ref.seq);
      else if (!last || last.seq !== ref.seq) found(last?.sha256 === null ? 'reappeared' : 'stale', last?.seq ?? ref.seq);
      else if (last.sha256 !== (await recordDigest(table, row))) found('changed', ref.seq);
    }
  }
  for (const [key, last] of lastSeal) {
    if (seen.has(key) || last.sha256 === null) continue;
    findings.push({ kind: 'record', problem: 'missing', table: last.table, id: last.id, label: last.id, seq: last.seq });
  }
  const tail = events[events.length - 1];
  const head: AuditAnchor = tail ? { seq: tail.seq, hash: tail.hash } : EMPTY_ANCHOR;
  const anchor = input.anchor;
  if (anchor !== null && anchor.seq > 0) {
    if (head.seq < anchor.seq) findings.push({ kind: 'anchor', problem: 'truncated', anchor, head });
    else if (bySeq.get(anchor.seq)?.hash !== anchor.hash) findings.push({ kind: 'anchor', problem: 'rewritten', anchor, found: bySeq.get(anchor.seq)?.hash });
  }
  return { ok: chain.ok && findings.length === 0, chain, head, anchor, findings, checked, legacy };
}
