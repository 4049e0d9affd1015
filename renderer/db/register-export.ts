/**
 * Builds the register CSV of every case, in chunks, with each case's deadline tally, who registered it
 * (the actor of its registration event), and a closing line with the audit trail's anchor at the export.
 */
import type { AuditAnchor } from '../../shared/audit/anchor';
import type { ObligationRecord } from '../../shared/cases/model';
import { CSV_BOM, registerAnchorLine, registerHeader, registerRow, tallyDeadlines, type RegisterFormat } from '../../shared/cases/register-csv';
import { database, type QorgauDatabase } from './database';
import { auditHead } from './integrity-check';

export async function buildRegisterCsv(
  db: QorgauDatabase,
  format: RegisterFormat,
  now: Date,
  actorName: (actor: string) => string = (a) => a,
): Promise<Uint8Array> {
  // One read transaction: the tallies, the rows and the anchor are of the same moment.
  const lines = await db.transaction('r', [db.obligations, db.cases, db.audit], async () => {
    const byCase = new Map<string, ObligationRecord[]>();
    await db.obligations.each((o) => {
      const list = byCase.get(o.caseId);
      if (list) list.push(o);
      else byCase.set(o.caseId, [o]);
    });
    const registeredBy = new Map<string, string>();
    await db.audit.each((event) => {
      if (event.type === 'case.created' && event.caseId !== undefined) registeredBy.set(event.caseId, event.actor);
    });
    const lines: string[] = [registerHeader(format)];
    await db.cases.orderBy('receivedAt').each((record) => {
      const actor = registeredBy.get(record.id);
      lines.push(registerRow(record, tallyDeadlines(byCase.get(record.id) ?? [], now), format, actor === undefined ? '' : actorName(actor)));
    });
    const anchor: AuditAnchor = await auditHead(db);
    lines.push(registerAnchorLine(anchor, format));
    return lines;
  });
  return new TextEncoder().encode(`${CSV_BOM}${lines.join('\r\n')}\r\n`);
}

/** The register CSV of the app's database. */
export const exportRegisterCsv = (format: RegisterFormat, now: Date, actorName?: (actor: string) => string): Promise<Uint8Array> =>
  buildRegisterCsv(database(), format, now, actorName);
