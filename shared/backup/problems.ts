/**
 * Everything that can be wrong with a backup file, as stable codes the interface translates
 * (`backup.problem.<code>`), with the values the message names (table, record number, field …).
 */
export const BACKUP_PROBLEMS = [
  'empty',
  'too-large',
  'not-a-backup',
  'unsupported-format-version',
  'truncated',
  'corrupt',
  'bad-manifest',
  'checksum-mismatch',
  'newer-schema',
  'passphrase-required',
  'wrong-passphrase',
  'bad-payload',
  'unknown-table',
  'invalid-record',
  'count-mismatch',
  'duplicate-key',
  'audit-broken',
  'too-deep',
  'not-finite',
  'orphan-record',
  'counter-behind',
  'unreadable',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEMS)[number];

export interface BackupProblem {
  readonly code: BackupProblemCode;
  /** Values for the message's placeholders. */
  readonly values: Readonly<Record<string, string | number>>;
  /** Technical detail in English (logs, diagnostics). */
  readonly detail: string;
}

export const problem = (code: BackupProblemCode, detail: string, values: Readonly<Record<string, string | number>> = {}): BackupProblem => ({
  code,
  values,
  detail,
});

export class BackupProblemError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'BackupProblemError';
  }
}
