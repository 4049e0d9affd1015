/** The breach register as CSV and XLSX (exceljs, loaded on first use), in the interface language. */
import { registerCells, registerCsv, registerHeaderCells, type IncidentRegisterFormat } from '../../../shared/incidents/register';
import type { IncidentObligationRecord, IncidentRecord } from '../../../shared/incidents/model';

export interface RegisterEntry {
  readonly incident: IncidentRecord;
  readonly obligations: readonly IncidentObligationRecord[];
}

export function breachRegisterCsv(entries: readonly RegisterEntry[], format: IncidentRegisterFormat): Uint8Array {
  const rows = entries.map((e) => registerCells(e.incident, e.obligations, format));
  return new TextEncoder().encode(registerCsv(rows, registerHeaderCells(format)));
}

export async function breachRegisterXlsx(entries: readonly RegisterEntry[], format: IncidentRegisterFormat, sheetName: string): Promise<Uint8Array> {
  // A CommonJS bundle: its exports arrive as named members or under `default`, depending on the bundler.
  const loaded = await import('exceljs');
  const Workbook = typeof loaded.Workbook === 'function' ? loaded.Workbook : loaded.default.Workbook;
  const workbook = new Workbook();
  workbook.creator = 'Qorgau';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  const header = sheet.addRow(registerHeaderCells(format));
  header.font = { bold: true };
  for (const e of entries) sheet.addRow(registerCells(e.incident, e.obligations, format));
  sheet.columns.forEach((column) => {
    column.width = 22;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
