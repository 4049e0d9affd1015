/** What the restore panel asks next after reading the chosen file (with the passphrase tried, if any). */
import type { DecodedBackup } from '../../../shared/backup/codec';
import type { BackupManifest } from '../../../shared/backup/format';
import type { BackupProblem } from '../../../shared/backup/problems';
import type { TableCounts } from '../../db/backup-restore';
import { readBackupFile } from './backup-actions';

export interface ChosenFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type RestoreRead =
  | { readonly step: 'passphrase'; readonly manifest: BackupManifest; readonly wrong: boolean }
  | { readonly step: 'confirm'; readonly backup: DecodedBackup; readonly current: TableCounts }
  | { readonly step: 'problem'; readonly problem: BackupProblem };

/** Reads and validates the whole file; writes nothing. A wrong passphrase asks again (`wrong`). */
export async function readRestoreFile(bytes: Uint8Array, passphrase: string | undefined): Promise<RestoreRead> {
  const outcome = await readBackupFile(bytes, passphrase);
  if (outcome.ok) {
    const read = outcome.value;
    return read.stage === 'needs-passphrase'
      ? { step: 'passphrase', manifest: read.manifest, wrong: false }
      : { step: 'confirm', backup: read.backup, current: read.current };
  }
  if (outcome.problem.code === 'wrong-passphrase' && passphrase !== undefined) {
    const inspected = await readBackupFile(bytes, undefined);
    if (inspected.ok && inspected.value.stage === 'needs-passphrase') return { step: 'passphrase', manifest: inspected.value.manifest, wrong: true };
  }
  return { step: 'problem', problem: outcome.problem };
}
