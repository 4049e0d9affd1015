/** Live reads of the register of processing activities. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterVersionRecord } from '../../shared/processing/model';
import { database } from './database';
import { listRegisterVersions } from './processing-register-repository';
import { readDestructionQueue } from './destruction-queue-queries';
import { relationshipsOf } from './relationship-repository';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import type { QueueGroup } from '../../shared/processing/destruction-queue';

/** Every version of the register, newest first; undefined while loading. */
export function useRegisterVersions(): RegisterVersionRecord[] | undefined {
  return useLiveQuery(() => listRegisterVersions(database()), []);
}

/** The destruction queue as of `today` (YYYY-MM-DD), live. */
export function useDestructionQueue(today: string): QueueGroup[] | undefined {
  return useLiveQuery(() => readDestructionQueue(database(), today), [today]);
}

/** The relationships of one subject (by IIN), live: the information answer's prefill. */
export function useSubjectRelationships(iin: string): RelationshipRecord[] | undefined {
  return useLiveQuery(() => relationshipsOf(database(), iin), [iin]);
}
