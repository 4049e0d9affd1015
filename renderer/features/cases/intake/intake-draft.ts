/**
 * The draft of an unfinished intake (issue 13 item 4): kept in the window's localStorage (a store apart
 * from the case database; nothing legal is recorded by it) while the form holds input, offered back when
 * the intake opens again, removed when the request is registered or the user discards it. Attached files
 * are not kept (a File cannot be stored there); the offer says so.
 */
import type { IntakeInput } from '../../../../shared/cases/intake-schema';

const KEY = 'qorgau.intake-draft.v1';

export interface IntakeDraft {
  readonly savedAt: string;
  readonly values: IntakeInput;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kept draft laid over the form's defaults (a draft from an older form misses no field); undefined: none or unreadable. */
export function readIntakeDraft(defaults: IntakeInput): IntakeDraft | undefined {
  const text = storage()?.getItem(KEY);
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || typeof parsed.savedAt !== 'string' || !isRecord(parsed.values)) return undefined;
    const values = parsed.values as Partial<IntakeInput>;
    if (!isRecord(values.subject) || !isRecord(values.representative)) return undefined;
    return {
      savedAt: parsed.savedAt,
      values: {
        ...defaults,
        ...values,
        subject: { ...defaults.subject, ...values.subject },
        representative: { ...defaults.representative, ...values.representative },
        requestTypes: Array.isArray(values.requestTypes) ? values.requestTypes : defaults.requestTypes,
      },
    };
  } catch {
    return undefined;
  }
}

export function writeIntakeDraft(values: IntakeInput, savedAt: Date): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ savedAt: savedAt.toISOString(), values }));
  } catch {
    // A full or refused store: the guard still asks before anything is lost.
  }
}

export function clearIntakeDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to remove.
  }
}
