/** Case numbers: unique per year, gap-free, e.g. DSR-2026-000123. */
export const CASE_NUMBER_PREFIX = 'DSR';

export function formatCaseNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999) throw new RangeError(`bad sequence ${seq}`);
  return `${CASE_NUMBER_PREFIX}-${year}-${String(seq).padStart(6, '0')}`;
}

export function parseCaseNumber(value: string): { year: number; seq: number } | undefined {
  const match = /^DSR-(\d{4})-(\d{6})$/.exec(value.trim().toUpperCase());
  if (!match) return undefined;
  const seq = Number(match[2]);
  return seq >= 1 ? { year: Number(match[1]), seq } : undefined;
}
