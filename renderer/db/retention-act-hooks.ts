/** Live reads of the issued acts of scheduled destruction (processing area and Documents area). */
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './database';
import type { ActScanRecord } from '../../shared/documents/act-scan';
import { readActScan, readRetentionActs, type RetentionActRow } from './retention-act-queries';

export type { RetentionActRow };

/** Every scheduled act with its state, those still to be done first; undefined while loading. */
export function useRetentionActs(): RetentionActRow[] | undefined {
  return useLiveQuery(() => readRetentionActs(database()), []);
}

/** The signed scan of a scheduled act (undefined while loading or when there is none). */
export function useActScan(scanId: string | undefined): ActScanRecord | undefined {
  return useLiveQuery(async () => (scanId === undefined ? undefined : readActScan(database(), scanId)), [scanId]);
}
