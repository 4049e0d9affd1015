/** Builds the register CSV of every case, in chunks, with each case's deadline tally. */
import type { ObligationRecord } from '../../shared/cases/model';
import { CSV_BOM, registerHeader, registerRow, tallyDeadlines, type RegisterFormat } from '../../shared/cases/register-csv';
import { database, type QorgauDatabase } from './database';

export async function buildRegisterCsv(db: QorgauDatabase, format: RegisterFormat, now: Date): Promise<Uint8Array> {
  // One read transaction: the tallies and the rows are of the same moment.
  const lines = await db.transaction('r', [db.obligations, db.cases], async () => {
    const byCase = new Map<string, ObligationRecord[]>();
    await db.obligations.each((o) => {
      const list = byCase.get(o.caseId);
      if (list) list.push(o);
      else byCase.set(o.caseId, [o]);
    });
    const lines: string[] = [registerHeader(format)];
    await db.cases.orderBy('receivedAt').each((record) => {
      lines.push(registerRow(record, tallyDeadlines(byCase.get(record.id) ?? [], now), format));
    });
    return lines;
  });
  return new TextEncoder().encode(`${CSV_BOM}${lines.join('\r\n')}\r\n`);
}

/** The register CSV of the app's database. */
export const exportRegisterCsv = (format: RegisterFormat, now: Date): Promise<Uint8Array> => buildRegisterCsv(database(), format, now);
