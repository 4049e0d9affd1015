/** What the DPO does with an issued document that changes the record: mark an act signed, delete it. */
import { zonedDate } from '../../shared/format';
import { currentActor } from './actor';
import { database } from './database';
import { deleteDocument, markActSigned, type IssuedDocument } from './document-repository';

/** The scan of the signed paper act becomes an attachment of the case, audited. */
export function signAct(documentId: string, scan: File, now: Date = new Date()): Promise<IssuedDocument> {
  return markActSigned(database(), documentId, { name: scan.name, type: scan.type, blob: scan }, currentActor(), now.toISOString());
}

/** Deletes an issued document (acts younger than three years are refused with the first deletable day). */
export function removeDocument(documentId: string, zone: string, now: Date = new Date()): Promise<void> {
  return deleteDocument(database(), documentId, currentActor(), now.toISOString(), zonedDate(now, zone));
}
