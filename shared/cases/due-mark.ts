/**
 * How the case list marks a case's next deadline: past (overdue), on today's date in the organisation's
 * zone (due today), or neither. Shown as words beside the date, never by colour alone.
 */
import { zonedDate } from '../format/zoned-parts';

export type DueMark = 'overdue' | 'today' | 'none';

export function dueMark(nextDueAt: string, now: Date, zone: string): DueMark {
  if (nextDueAt === '') return 'none';
  const due = new Date(nextDueAt);
  if (due.getTime() <= now.getTime()) return 'overdue';
  return zonedDate(due, zone) === zonedDate(now, zone) ? 'today' : 'none';
}
