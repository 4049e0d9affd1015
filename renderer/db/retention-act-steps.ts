/** The domain steps on an issued act of scheduled destruction, as the screens call them. */
import { currentActor } from './actor';
import { database } from './database';
import { markRelationshipsDestroyed, type RetentionDestruction } from './retention-destruction';

export { RetentionDestructionError } from './retention-destruction';

/** Records the act carried out: its relationships destroyed at `destruction.at` by `destruction.by` (one transaction, audited). */
export const markRetentionActDestroyed = (documentId: string, destruction: RetentionDestruction, zone: string, now: Date = new Date()): Promise<number> =>
  markRelationshipsDestroyed(database(), documentId, destruction, currentActor(), now.toISOString(), zone);
