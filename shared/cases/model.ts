/**
 * Records of a case file, as stored. Instants are UTC ISO strings; they are shown in the
 * organisation's zone. States are string unions.
 */
import type { AuditRef } from '../audit/record-seal';
import type { CaseDocumentKind, DocumentSeries } from '../documents/document-kinds';
import type { RequestLanguage } from '../locale';
import type { RequestType } from '../rules/request-types';
import type { RuleId } from '../rules/rule-id';
import type { ActionDataByKind } from './action-data';
import type { ActionKind } from './action-kinds';
import type { ActionCorrection, CaseCorrection } from './corrections';
import type { FormOfAddress } from './form-of-address';
import type { ObligationOutcome } from './outcome';
import type { SearchKey } from './search-tokens';

export const CHANNELS = ['email', 'post', 'in-person', 'web', 'app', 'authorized-body'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OBLIGATION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const CASE_OUTCOMES = ['fulfilled', 'partially-fulfilled', 'refused', 'withdrawn', 'no-data-held'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Notifications shown for an obligation, each once: its last working hours, then overdue. */
export const NOTIFICATION_KINDS = ['last-hours', 'overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface SubjectRecord {
  readonly fullName: string;
  readonly iin?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly address?: string | undefined;
  /** How letters address the subject (prefilled from the patronymic or the IIN, confirmed by the DPO). */
  readonly formOfAddress?: FormOfAddress | undefined;
}

/** The document that gives a representative authority (legal-reference §11.5; Civil Code Arts 167, 22–23). */
export const AUTHORITY_KINDS = [
  'power-of-attorney',
  'notarised-power-of-attorney',
  'birth-certificate',
  'guardianship-decision',
  'court-decision',
  'other',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export interface RepresentativeRecord {
  readonly fullName: string;
  readonly iin?: string | undefined;
  /** Free text: issuer or other details; older records hold the whole reference here ('доверенность № 12 от …'). */
  readonly authorityDocument: string;
  readonly authorityKind?: AuthorityKind | undefined;
  readonly authorityNumber?: string | undefined;
  /** Date of the authority document, YYYY-MM-DD. */
  readonly authorityDate?: string | undefined;
  /** Where the reply goes when the representative filed the request. */
  readonly email?: string | undefined;
  readonly address?: string | undefined;
  readonly formOfAddress?: FormOfAddress | undefined;
}

export interface CaseRecord {
  readonly id: string;
  readonly number: string;
  readonly year: number;
  readonly seq: number;
  readonly status: CaseStatus;
  /** When the request reached the operator (the clock's trigger). */
  readonly receivedAt: string;
  /** When the DPO typed it in (may be much later than receipt). */
  readonly enteredAt: string;
  readonly channel: Channel;
  readonly language: RequestLanguage;
  readonly jurisdiction: 'kz';
  /** The subject is a Russian citizen: 152-FZ obligations apply as well. */
  readonly rfSubject: boolean;
  readonly requestTypes: readonly RequestType[];
  readonly subject: SubjectRecord;
  readonly representative?: RepresentativeRecord | undefined;
  readonly description: string;
  /** The name's sort key (derived, indexed): folded (shared/cases/search-tokens.ts nameSortKey). */
  readonly subjectName: string;
  readonly subjectIin: string;
  /** The folded words the case is found by, each with the receipt instant (derived, multi-entry index; shared/cases/search-tokens.ts). */
  readonly searchTokens: readonly SearchKey[];
  /** Earliest due instant among open obligations ('' when none): the dashboard's index. */
  readonly nextDueAt: string;
  readonly outcome?: CaseOutcome | undefined;
  readonly closedAt?: string | undefined;
  readonly replyAt?: string | undefined;
  readonly updatedAt: string;
  /** Corrections of intake fields, oldest first: each keeps the previous value, the reason, when and who. */
  readonly corrections?: readonly CaseCorrection[] | undefined;
  /** A case registered by mistake: closed, its number kept in the register, marked withdrawn. */
  readonly withdrawal?: ReasonMark | undefined;
  /** The audit event that last wrote this record (absent on records written before records were sealed). */
  readonly auditRef?: AuditRef | undefined;
}

/** A decision with a stated reason: when it was entered and who took it. */
export interface ReasonMark {
  readonly at: string;
  readonly reason: string;
  readonly actor: string;
}

export interface ObligationRecord {
  readonly id: string;
  readonly caseId: string;
  /** The rule-pack obligation this instance comes from. */
  readonly ruleId: RuleId;
  /** The obligation whose outcome started this one (blocking → destroy/unblock). */
  readonly parentId?: string | undefined;
  /** The instant this obligation's clock starts from (receipt, outcome, or the parent's trigger/due). */
  readonly triggerAt: string;
  readonly dueAt: string;
  readonly status: ObligationStatus;
  readonly urgentFromStart: boolean;
  readonly extended: boolean;
  /**
   * A term set for this case, overriding the rule's default: K14, the working days the KZ authorized body set in
   * its request (legal-reference §11.1 — no term in the Law [I]; the DPO enters it at intake).
   */
  readonly termCount?: number | undefined;
  readonly completedAt?: string | undefined;
  readonly completedByActionId?: string | undefined;
  /** How the duty ended (shared/cases/outcome.ts); absent on rows written before outcomes were recorded. */
  readonly outcome?: ObligationOutcome | undefined;
  /** Notifications already sent for this obligation: each once. */
  readonly notified: readonly NotificationKind[];
  /** The audit event that last wrote this record (absent on records written before records were sealed). */
  readonly auditRef?: AuditRef | undefined;
}

/** An action of one kind, with the data that kind records (shared/cases/action-data.ts). */
export interface ActionRecordOf<K extends ActionKind> {
  readonly id: string;
  readonly caseId: string;
  readonly obligationId?: string | undefined;
  readonly kind: K;
  /** When it was done (the instant an outcome's clock starts from). */
  readonly at: string;
  /** When it was typed in. */
  readonly recordedAt: string;
  readonly actor: string;
  readonly note: string;
  readonly data: ActionDataByKind[K];
  /** Corrections of when it was done or what was done, oldest first. */
  readonly corrections?: readonly ActionCorrection[] | undefined;
  /** The audit event that last wrote this record (absent on records written before records were sealed). */
  readonly auditRef?: AuditRef | undefined;
}

/** A stored action: a union discriminated by `kind`, so `data` narrows with it. */
export type ActionRecord = { [K in ActionKind]: ActionRecordOf<K> }[ActionKind];

/** An action as handed to the repository, before it has an id. */
export type NewActionRecord = { [K in ActionKind]: Omit<ActionRecordOf<K>, 'id'> }[ActionKind];

export interface AttachmentRecord {
  readonly id: string;
  readonly caseId: string;
  readonly actionId?: string | undefined;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
  readonly addedAt: string;
  readonly blob: Blob;
  /** The audit event that last wrote this record (absent on records written before records were sealed). */
  readonly auditRef?: AuditRef | undefined;
}

export const DOCUMENT_LANGUAGES = ['kk', 'ru', 'both'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/**
 * An issued letter or act: the exact PDF bytes that were previewed, with number, date, language and hash.
 * The members after `signedScanId` are written with every document the app issues; they are optional
 * because the documents table has accepted rows without them (restored from files that lack them).
 */
export interface DocumentRecord {
  readonly id: string;
  /** The first case the document concerns (caseIds lists them all); absent on a scheduled (retention) act, which concerns no request. */
  readonly caseId?: string | undefined;
  readonly kind: CaseDocumentKind;
  readonly number: string;
  /** Date printed on the document (YYYY-MM-DD, organisation zone). */
  readonly date: string;
  readonly language: DocumentLanguage;
  readonly sha256: string;
  readonly createdAt: string;
  readonly bytes: Blob;
  readonly signedAt?: string | undefined;
  readonly signedScanId?: string | undefined;
  readonly series?: DocumentSeries | undefined;
  readonly year?: number | undefined;
  readonly seq?: number | undefined;
  /** Length of `bytes`. */
  readonly size?: number | undefined;
  /** Every case the document concerns (a batch act covers many; caseId is the first). */
  readonly caseIds?: readonly string[] | undefined;
  readonly caseNumbers?: readonly string[] | undefined;
  /** The recorded actions the document answers or records. */
  readonly actionIds?: readonly string[] | undefined;
  /** Scheduled destruction acts: the relationships whose storage term expired (the act concerns no case). */
  readonly relationshipIds?: readonly string[] | undefined;
  /** Acts: the date of the (latest) destruction, from which the three-year retention runs. */
  readonly destroyedOn?: string | undefined;
  /** An issued document is never deleted: it is voided (its number stays used, its bytes kept). */
  readonly voided?: VoidMark | undefined;
  /** Scheduled acts: when the data were destroyed in the systems and by whom (recorded after the act was issued). */
  readonly destruction?: ActDestruction | undefined;
  /** Annex 1 of a scheduled act (kind retention-log-annex): the act (documents.id) it belongs to. */
  readonly annexOf?: string | undefined;
  /** Scheduled acts: the scan of the signed paper act (actScans; a case act's scan is a case attachment, signedScanId). */
  readonly actScanId?: string | undefined;
  /** The audit event that last wrote this record (absent on records written before records were sealed). */
  readonly auditRef?: AuditRef | undefined;
}

export interface ActDestruction {
  /** ISO instant the data were destroyed (not before the act's issue, not in the future). */
  readonly at: string;
  /** Who destroyed them (name, position), as the DPO entered it. */
  readonly by: string;
  /** Who recorded it in Qorgau, and when. */
  readonly actor: string;
  readonly recordedAt: string;
}

export interface VoidMark extends ReasonMark {
  /** The day it was voided (YYYY-MM-DD, organisation zone). */
  readonly date: string;
}
