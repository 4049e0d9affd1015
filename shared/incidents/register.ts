/** The breach register: its filters and its rows as exported (CSV and XLSX share the cells). */
import { CSV_BOM, csvCell as textCell } from '../cases/register-csv';
import type { IncidentObligationRecord, IncidentRecord, IncidentRuleId, IncidentStatus } from './model';

export interface RegisterFilter {
  /** undefined: every status. */
  readonly status?: IncidentStatus | undefined;
  /** Detection date range, YYYY-MM-DD in the organisation's zone, inclusive; '' for open-ended. */
  readonly from: string;
  readonly to: string;
  /** Only incidents concerning RF citizens. */
  readonly rfOnly: boolean;
}

export const NO_REGISTER_FILTER: RegisterFilter = { from: '', to: '', rfOnly: false };

/** Whether an incident passes the filter; `localDate` gives the detection's date in the organisation's zone. */
export function matchesFilter(incident: IncidentRecord, filter: RegisterFilter, localDate: (instant: string) => string): boolean {
  if (filter.status !== undefined && incident.status !== filter.status) return false;
  if (filter.rfOnly && !incident.rfConcerned) return false;
  const day = localDate(incident.detectedAt);
  if (filter.from !== '' && day < filter.from) return false;
  if (filter.to !== '' && day > filter.to) return false;
  return true;
}

export const REGISTER_COLUMNS = [
  'number',
  'detectedAt',
  'status',
  'description',
  'systems',
  'dataCategories',
  'subjectCategories',
  'kzCount',
  'rfCount',
  'measuresTaken',
  'kzNotice',
  'rkn24',
  'rkn72',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** How the cells are worded, in the interface language. */
export interface IncidentRegisterFormat {
  readonly columns: Readonly<Record<RegisterColumn, string>>;
  readonly instant: (iso: string) => string;
  readonly status: (status: IncidentStatus) => string;
  /** A clock's state: due, done at, or not applicable. */
  readonly clock: (obligation: IncidentObligationRecord | undefined) => string;
}

const CLOCK_OF: Readonly<Partial<Record<RegisterColumn, IncidentRuleId>>> = {
  kzNotice: 'kz.breach.notify-authority',
  rkn24: 'ru.breach.notify-24h',
  rkn72: 'ru.breach.notify-72h',
};

/** One row of cells (strings and counts) per incident. */
export function registerCells(incident: IncidentRecord, obligations: readonly IncidentObligationRecord[], format: IncidentRegisterFormat): (string | number)[] {
  return REGISTER_COLUMNS.map((column) => {
    const rule = CLOCK_OF[column];
    if (rule !== undefined) return format.clock(obligations.find((o) => o.ruleId === rule));
    switch (column) {
      case 'number':
        return incident.number;
      case 'detectedAt':
        return format.instant(incident.detectedAt);
      case 'status':
        return format.status(incident.status);
      case 'description':
        return incident.description;
      case 'systems':
        return incident.systems.join('; ');
      case 'dataCategories':
        return incident.dataCategories.join('; ');
      case 'subjectCategories':
        return incident.subjects.categories.join('; ');
      case 'kzCount':
        return incident.subjects.kzCount;
      case 'rfCount':
        return incident.subjects.rfCount;
      default:
        return incident.measuresTaken;
    }
  });
}

export const registerHeaderCells = (format: IncidentRegisterFormat): string[] => REGISTER_COLUMNS.map((c) => format.columns[c]);

/** A CSV field, quoted and formula-neutralised as in the requests register. */
export const csvCell = (value: string | number): string => (typeof value === 'number' ? String(value) : textCell(value));

/** The register as CSV (UTF-8 with BOM, CRLF, semicolon-separated — as the requests register). */
export function registerCsv(rows: readonly (readonly (string | number)[])[], header: readonly string[]): string {
  return `${CSV_BOM}${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
