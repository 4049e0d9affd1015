/** Live reads of the register of processing activities. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterVersionRecord } from '../../shared/processing/model';
import { database } from './database';
import { listRegisterVersions } from './processing-register-repository';
import { readQueueGroups, readQueuePage } from './destruction-queue-queries';
import { relationshipsOf } from './relationship-repository';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import type { QueueCursor, QueueGroupCount, QueueGroupKey, QueuePage } from '../../shared/processing/destruction-queue';

/** Every version of the register, newest first; undefined while loading. */
export function useRegisterVersions(): RegisterVersionRecord[] | undefined {
  return useLiveQuery(() => listRegisterVersions(database()), []);
}

/** The destruction queue's groups as of `today` (YYYY-MM-DD) with their number of rows (counted, not read), live. */
export function useQueueGroups(today: string): QueueGroupCount[] | undefined {
  return useLiveQuery(() => readQueueGroups(database(), today), [today]);
}

/** One page of a queue group (after `cursor`) with each row's holds, live. */
export function useQueuePage(key: QueueGroupKey, today: string, cursor: QueueCursor | undefined): QueuePage | undefined {
  const { bucket, activityId, system } = key;
  return useLiveQuery(
    () => readQueuePage(database(), { bucket, activityId, system }, today, cursor),
    [bucket, activityId, system, today, cursor?.destroyOn, cursor?.id],
  );
}

/** The relationships of one subject (by IIN), live: the information answer's prefill. */
export function useSubjectRelationships(iin: string): RelationshipRecord[] | undefined {
  return useLiveQuery(() => relationshipsOf(database(), iin), [iin]);
}
