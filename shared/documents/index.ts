export type {
  ActPerson,
  ActSubject,
  Bilingual,
  CommissionMember,
  ConfirmationAction,
  ConfirmationLetterInput,
  DestructionActInput,
  DestructionMethod,
  DestructionReason,
  DocLanguage,
  DpoContact,
  EventLogRow,
  ExtensionNoticeInput,
  Ground,
  LanguageChoice,
  LegalStatusTag,
  LetterRequestType,
  OperatorKind,
  OrgProfile,
  OutgoingRef,
  PaperCarrier,
  PublicBody,
  RefusalLetterInput,
  RequestChannel,
  RequestRef,
  RetainedException,
  Signatory,
  SubjectJurisdiction,
  SubjectRef,
  SystemLogRow,
  RepresentativeRef,
  AuthorityRef,
  SubstituteMeasure,
  SubstituteMeasureKind,
} from './model';
export { DOCUMENT_KINDS, MANDATORY_ELEMENTS } from './elements';
export type { DocumentKind, ElementId } from './elements';
export { documentText, elementText, missingElements, presentElements } from './document-model';
export type { Block, DocumentModel, FieldRow, Inline, Run, Signer, TableColumn, TaggedText } from './document-model';
export { DEFAULT_GROUNDS, findGround, groundsFor } from './grounds';
export type { DefaultGroundId } from './grounds';
export { DEFAULT_RKN } from './public-bodies';
export { LABELS } from './labels';
export type { Labels } from './labels';
export { composeOutgoingNumber } from './outgoing-number';
export { DocumentInputError } from './errors';
export { buildRefusalLetter } from './refusal-letter';
export { buildConfirmationLetter } from './confirmation-letter';
export { buildExtensionNotice } from './extension-notice';
export { buildDestructionAct } from './destruction-act';
export { toPdfDefinition } from './layout';
export { confirmationLetterPdf, destructionActPdf, extensionNoticePdf, languagesFor, refusalLetterPdf } from './pdf-definitions';
export { FONT_DIRECTORY, FONT_FAMILY, FONT_FILES, FONT_LICENSE_FILE, pdfmakeFonts } from './fonts';
export type { FontStyleKey } from './fonts';
