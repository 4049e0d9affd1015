/** Live reads of the register of processing activities. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterVersionRecord } from '../../shared/processing/model';
import { database } from './database';
import { listRegisterVersions } from './processing-register-repository';

/** Every version of the register, newest first; undefined while loading. */
export function useRegisterVersions(): RegisterVersionRecord[] | undefined {
  return useLiveQuery(() => listRegisterVersions(database()), []);
}
