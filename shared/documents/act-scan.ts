/**
 * The scan of a signed paper act of scheduled destruction. Such an act answers no request, so its scan is not a
 * case attachment: it is kept in its own table (actScans), one per act, named by the act's `actScanId`, with
 * the SHA-256 of its bytes (the same file is never stored twice).
 */
import type { AuditRef } from '../audit/record-seal';

export interface ActScanRecord {
  readonly id: string;
  /** The act (documents.id) the scan is the signed copy of. */
  readonly documentId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
  readonly addedAt: string;
  readonly blob: Blob;
  /** The audit event that last wrote this record (shared/audit/record-seal.ts). */
  readonly auditRef?: AuditRef | undefined;
}
