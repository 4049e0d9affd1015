/**
 * The bounds of the destruction recorded for an act of scheduled destruction: the data are destroyed once the
 * act ordering it is issued, and not in the future (the clock tolerance of the case file's time bounds,
 * shared/cases/time-bounds.ts). Who destroyed them is named (the act's field г, RKN Order 179 p.3).
 */
import { CLOCK_TOLERANCE_MS } from '../cases/time-bounds';

export type RetentionDestructionInputProblem = 'format' | 'before-issue' | 'future' | 'by';

export const MAX_DESTROYED_BY = 300;

/** The first problem of the destruction time (`at`) and who destroyed (`by`) against the act's issue instant and now. */
export function checkRetentionDestruction(
  input: { readonly at: Date | undefined; readonly by: string },
  issuedAt: string,
  now: Date,
): RetentionDestructionInputProblem | undefined {
  const { at } = input;
  if (at === undefined || Number.isNaN(at.getTime())) return 'format';
  if (at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) return 'future';
  // The act is issued to the second; a destruction entered to the minute in the same minute is not before it.
  const issued = Date.parse(issuedAt);
  if (at.getTime() < issued - (issued % 60_000)) return 'before-issue';
  const by = input.by.trim();
  if (by.length < 3 || by.length > MAX_DESTROYED_BY) return 'by';
  return undefined;
}
