/** "Time left" for a deadline, in hours when under a day, in days otherwise, or how long overdue. */
import type { Translate } from '../../app/app-context';

export type Countdown =
  | { readonly state: 'overdue'; readonly days: number; readonly hours: number; readonly minutes: number }
  | { readonly state: 'hours'; readonly hours: number; readonly minutes: number }
  | { readonly state: 'days'; readonly days: number; readonly hours: number };

export function countdown(dueAt: string, now: Date): Countdown {
  const ms = Date.parse(dueAt) - now.getTime();
  const hoursTotal = Math.floor(Math.abs(ms) / 3_600_000);
  const minutes = Math.floor((Math.abs(ms) % 3_600_000) / 60_000);
  if (ms < 0) return { state: 'overdue', days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24, minutes };
  if (ms < 86_400_000) return { state: 'hours', hours: hoursTotal, minutes };
  return { state: 'days', days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
}

/**
 * A span as words with each unit's plural ("2 days 5 hours", "1 день 3 часа"): zero parts are left out,
 * minutes only when less than a day, and "0 minutes" only for a span under a minute.
 */
export function spanText(t: Translate, span: { readonly days?: number; readonly hours: number; readonly minutes?: number }): string {
  const days = span.days ?? 0;
  const parts: string[] = [];
  if (days > 0) parts.push(t('span.days', { count: days }));
  if (span.hours > 0) parts.push(t('span.hours', { count: span.hours }));
  if (days === 0 && span.minutes !== undefined && (span.minutes > 0 || parts.length === 0)) parts.push(t('span.minutes', { count: span.minutes }));
  if (parts.length === 0) parts.push(t('span.hours', { count: 0 }));
  return parts.join(' ');
}

/** The countdown as a sentence: "overdue by 7 hours", "1 day 3 hours left". */
export function countdownText(t: Translate, left: Countdown): string {
  const span = spanText(t, left);
  return left.state === 'overdue' ? t('span.overdue', { span }) : t('span.left', { span });
}
