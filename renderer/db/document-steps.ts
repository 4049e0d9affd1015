/** What the DPO does with an issued document that changes the record: mark an act signed, void it (never delete). */
import { zonedDate } from '../../shared/format';
import { currentActor } from './actor';
import { database } from './database';
import { markActSigned, voidIssuedDocument, type IssuedDocument } from './document-repository';

/** The scan of the signed paper act becomes an attachment of the case, audited. */
export function signAct(documentId: string, scan: File, now: Date = new Date()): Promise<IssuedDocument> {
  return markActSigned(database(), documentId, { name: scan.name, type: scan.type, blob: scan }, currentActor(), now.toISOString());
}

/** Voids an issued document with a reason: the number stays used, the record and its bytes are kept. */
export function voidDocument(documentId: string, reason: string, zone: string, now: Date = new Date()): Promise<IssuedDocument> {
  return voidIssuedDocument(database(), documentId, reason, currentActor(), now.toISOString(), zonedDate(now, zone));
}
