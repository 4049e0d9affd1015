/**
 * The files of one case, told apart by what they are linked to — no stored marker needed: a signed scan is the
 * attachment a document names as its `signedScanId` (it may be held by another case of a batch act), a file of
 * an action carries that action's id, and the files of the request carry neither.
 */
import type { AttachmentRecord, DocumentRecord } from './model';

export interface SignedScan {
  readonly document: DocumentRecord;
  readonly scan: AttachmentRecord;
}

export interface CaseFiles {
  /** Received with the request (and any file whose action is not listed), oldest first. */
  readonly request: readonly AttachmentRecord[];
  /** Files recorded with an action, by the action's id, oldest first. */
  readonly byAction: ReadonlyMap<string, readonly AttachmentRecord[]>;
  /** The scans of the signed paper of the case's issued documents, in the documents' order. */
  readonly scans: readonly SignedScan[];
}

/**
 * `attachments`: the case's own rows; `documents`: the documents issued for the case (batch acts included);
 * `scanOf`: the stored scan a document names (looked up by id, wherever it is held); `actionIds`: the actions
 * the case screen lists (a file of any other action stays with the request's, so none is hidden).
 */
export function splitCaseFiles(
  attachments: readonly AttachmentRecord[],
  documents: readonly DocumentRecord[],
  scanOf: (scanId: string) => AttachmentRecord | undefined,
  actionIds: ReadonlySet<string>,
): CaseFiles {
  const scans: SignedScan[] = [];
  for (const document of documents) {
    if (document.signedScanId === undefined) continue;
    const scan = scanOf(document.signedScanId);
    if (scan !== undefined) scans.push({ document, scan });
  }
  const scanIds = new Set(scans.map((s) => s.scan.id));
  const request: AttachmentRecord[] = [];
  const byAction = new Map<string, AttachmentRecord[]>();
  const sorted = [...attachments].sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name));
  for (const file of sorted) {
    if (scanIds.has(file.id)) continue;
    if (file.actionId !== undefined && actionIds.has(file.actionId)) {
      const list = byAction.get(file.actionId) ?? [];
      list.push(file);
      byAction.set(file.actionId, list);
    } else request.push(file);
  }
  return { request, byAction, scans };
}
