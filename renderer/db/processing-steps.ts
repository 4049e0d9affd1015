/** The domain steps of the register of processing activities, as the screens call them. */
import type { RegisterVersionRecord } from '../../shared/processing/model';
import { CURRENT_ACTOR } from './actor';
import { database } from './database';
import { saveRegisterVersion, type NewRegisterVersion } from './processing-register-repository';

export { RegisterWriteError } from './processing-register-repository';

/** A new version of the register, in force from its day, audited (or nothing, with every problem named). */
export const saveVersion = (draft: NewRegisterVersion, now: Date = new Date()): Promise<RegisterVersionRecord> =>
  saveRegisterVersion(database(), draft, CURRENT_ACTOR, now.toISOString());
