/** The domain steps of the register of processing activities, as the screens call them. */
import type { RegisterVersionRecord } from '../../shared/processing/model';
import { currentActor } from './actor';
import { database } from './database';
import { saveRegisterVersion, type NewRegisterVersion } from './processing-register-repository';
import { resolveQueueSelection, type QueueSelection, type ResolvedSelection } from './destruction-queue-queries';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import { readRelationships } from './retention-destruction';
import { importRelationships, storedKeys, type ImportOptions, type ImportPlan } from './relationship-repository';

export { RegisterWriteError } from './processing-register-repository';
export { RelationshipImportError, type ImportFailure } from './relationship-repository';

/** A new version of the register, in force from its day, audited (or nothing, with every problem named). */
export const saveVersion = (draft: NewRegisterVersion, now: Date = new Date()): Promise<RegisterVersionRecord> =>
  saveRegisterVersion(database(), draft, currentActor(), now.toISOString());

/** Imports checked relationship rows in one transaction (progress between chunks; cancel leaves nothing). */
export const importRelationshipRows = (plan: ImportPlan, options: ImportOptions = {}, now: Date = new Date()): Promise<number> =>
  importRelationships(database(), plan, currentActor(), now.toISOString(), options);

/** Keys of stored relationships among the contract numbers of a file (the duplicate check before import). */
export const storedRelationshipKeys = (contractNos: readonly string[]): Promise<Set<string>> => storedKeys(database(), contractNos);

/**
 * The act step's read of what was chosen in the queue as of `today`: whole groups in chunks, rows one by one;
 * held-back subjects left out and reported (one read transaction; progress and cancel between chunks).
 */
export const resolveChosenRelationships = (
  today: string,
  selection: QueueSelection,
  onProgress?: (read: number) => void,
  signal?: AbortSignal,
): Promise<ResolvedSelection> => resolveQueueSelection(database(), today, selection, onProgress, signal);

/** The relationships chosen for an act, as stored now. */
export const fetchRelationships = (ids: readonly string[]): Promise<RelationshipRecord[]> => readRelationships(database(), ids);
