/**
 * The register of requests (Law 94-V Art. 25 p.3 sub.3: the DPO controls the receipt and processing
 * of requests): one row per case — number, receipt, channel, subject, types, deadlines met or missed,
 * outcome, reply date. CSV with a UTF-8 BOM and ';' separators (what Excel expects in kk/ru locales);
 * cells that a spreadsheet would run as formulas are neutralised.
 */
import type { AuditAnchor } from '../audit/anchor';
import type { CaseRecord, ObligationRecord } from './model';

export interface DeadlineTally {
  readonly met: number;
  readonly missed: number;
  readonly open: number;
}

export function tallyDeadlines(obligations: readonly ObligationRecord[], now: Date): DeadlineTally {
  const nowIso = now.toISOString();
  let met = 0;
  let missed = 0;
  let open = 0;
  for (const o of obligations) {
    if (o.status === 'done') {
      if ((o.completedAt ?? '') <= o.dueAt) met += 1;
      else missed += 1;
    } else if (o.status === 'open') {
      if (o.dueAt < nowIso) missed += 1;
      else open += 1;
    }
  }
  return { met, missed, open };
}

export interface RegisterColumns {
  readonly number: string;
  readonly received: string;
  readonly channel: string;
  readonly subject: string;
  readonly types: string;
  readonly met: string;
  readonly missed: string;
  readonly open: string;
  readonly status: string;
  readonly outcome: string;
  readonly reply: string;
  /** Who registered the request (the actor of its registration event). */
  readonly actor: string;
  /** Label of the closing line that carries the audit trail's anchor. */
  readonly anchor: string;
}

export interface RegisterFormat {
  readonly columns: RegisterColumns;
  readonly instant: (iso: string) => string;
  readonly channel: (id: CaseRecord['channel']) => string;
  readonly type: (id: string) => string;
  readonly status: (status: CaseRecord['status']) => string;
  /** The status of a case withdrawn as registered by mistake (its number stays in the register). */
  readonly withdrawn: string;
  readonly outcome: (id: NonNullable<CaseRecord['outcome']>) => string;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // Quoted when it holds the separator (;), a comma (the separator of spreadsheets in other locales), a quote or a line break.
  return /[";,\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_BOM = '\ufeff';

export function registerHeader(format: RegisterFormat): string {
  const c = format.columns;
  return [c.number, c.received, c.channel, c.subject, c.types, c.met, c.missed, c.open, c.status, c.outcome, c.reply, c.actor].map(csvCell).join(';');
}

/** The closing line: the audit trail's anchor when the register was exported (entry number and head hash). */
export function registerAnchorLine(anchor: AuditAnchor, format: RegisterFormat): string {
  return [format.columns.anchor, `#${anchor.seq}`, anchor.hash].map(csvCell).join(';');
}

export function registerRow(record: CaseRecord, tally: DeadlineTally, format: RegisterFormat, actor = ''): string {
  return [
    record.number,
    format.instant(record.receivedAt),
    format.channel(record.channel),
    record.subject.fullName,
    record.requestTypes.map(format.type).join(', '),
    String(tally.met),
    String(tally.missed),
    String(tally.open),
    record.withdrawal ? format.withdrawn : format.status(record.status),
    record.outcome ? format.outcome(record.outcome) : '',
    record.replyAt ? format.instant(record.replyAt) : '',
    actor,
  ]
    .map(csvCell)
    .join(';');
}
