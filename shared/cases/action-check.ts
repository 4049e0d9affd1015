/** What an action must carry before it is recorded: a real time, grounds for a refusal, a document for a correction, a notice. */
import { TEXT_LIMIT } from '../text-limits';
import { REQUIRES, type ObligationAction } from './workflow';

export type ActionProblem = 'note' | 'grounds' | 'supporting-document' | 'notice' | 'time' | 'until' | 'late' | 'long';

export interface ActionInput {
  readonly at: Date;
  readonly note: string;
  readonly grounds: readonly string[];
  readonly fileCount: number;
  /** 'restrict': YYYY-MM-DD the retention ends (after the day of the action). */
  readonly until?: string | undefined;
  /** 'destroy': the reason recorded with it. */
  readonly basis?: string | undefined;
}

/** `now` is the time of submission: a time more than a minute ahead of it is refused. */
export function checkAction(kind: ObligationAction, input: ActionInput, now: Date): ActionProblem | undefined {
  if (input.note.length > TEXT_LIMIT.note || (input.basis ?? '').length > TEXT_LIMIT.reason) return 'long';
  if (Number.isNaN(input.at.getTime()) || input.at.getTime() > now.getTime() + 60_000) return 'time';
  const requirement = REQUIRES[kind];
  if ((requirement === 'grounds' || requirement === 'grounds-and-until') && input.grounds.length === 0) return 'grounds';
  if (
    requirement === 'grounds-and-until' &&
    !(input.until !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(input.until) && input.until > input.at.toISOString().slice(0, 10))
  )
    return 'until';
  if (requirement === 'supporting-document' && input.fileCount === 0 && input.note.trim().length < 3) return 'supporting-document';
  if (requirement === 'notice' && input.note.trim().length < 10) return 'notice';
  if (requirement === 'what-was-done' && input.note.trim().length < 3) return 'note';
  return undefined;
}
