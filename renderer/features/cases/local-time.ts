/** Wall time typed in a form (YYYY-MM-DDTHH:mm, organisation zone) ⇄ instants. */
import { getTimeZone } from '../../../shared/time/zone';

export function localToInstant(local: string, zoneId: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return new Date(Number.NaN);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const localMs = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(localMs);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return new Date(Number.NaN);
  return new Date(getTimeZone(zoneId).utcFromLocal(localMs));
}

export function instantToLocalInput(instant: Date, zoneId: string): string {
  const local = new Date(instant.getTime() + getTimeZone(zoneId).offsetMsAt(instant.getTime()));
  return local.toISOString().slice(0, 16);
}
