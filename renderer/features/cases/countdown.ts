/** "Time left" for a deadline, in hours when under a day, in days otherwise, or how long overdue. */
export type Countdown =
  | { readonly state: 'overdue'; readonly hours: number; readonly days: number }
  | { readonly state: 'hours'; readonly hours: number; readonly minutes: number }
  | { readonly state: 'days'; readonly days: number; readonly hours: number };

export function countdown(dueAt: string, now: Date): Countdown {
  const ms = Date.parse(dueAt) - now.getTime();
  const hoursTotal = Math.floor(Math.abs(ms) / 3_600_000);
  if (ms < 0) return { state: 'overdue', days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
  if (ms < 86_400_000) return { state: 'hours', hours: hoursTotal, minutes: Math.floor((ms % 3_600_000) / 60_000) };
  return { state: 'days', days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
}
