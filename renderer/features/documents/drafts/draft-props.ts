/** What every per-kind draft form of a case document gets from the case screen. */
import type { ActionRecord, CaseRecord } from '../../../../shared/cases/model';
import type { DocumentOffer } from '../../../../shared/documents/case-documents';
import type { LanguageChoice } from '../../../../shared/documents/model';
import type { OrgProfileSetting } from '../../../../shared/documents/profile-schema';
import type { IssuedDocument } from '../../../db/document-repository';
import { copiedPair, type LangPair } from '../draft-fields';

export interface DraftProps {
  readonly record: CaseRecord;
  readonly offer: DocumentOffer;
  readonly actions: readonly ActionRecord[];
  readonly profile: OrgProfileSetting;
  readonly issued: readonly IssuedDocument[];
  /** The language(s) the document is printed in. */
  readonly language: LanguageChoice;
  readonly onIssued: (doc: IssuedDocument) => void;
}

/** A text typed once (an action's note) as the start of both languages: the copy in the other language is marked until confirmed. */
export const both = (text: string): LangPair => copiedPair(text);

/** The ids that tie a document to its case and the action it answers. */
export const caseRefsOf = ({ record, offer }: Pick<DraftProps, 'record' | 'offer'>) => ({
  caseIds: [record.id],
  caseNumbers: [record.number],
  actionIds: [offer.action.id],
});
