/**
 * Input models for Qorgau's documents. The case desk maps its records onto these; the builders turn them
 * into a DocumentModel (sections and fields, testable without rendering) and then into a pdfmake
 * document definition. All instants are ISO strings in UTC (or with an offset); calendar dates are
 * 'YYYY-MM-DD'. Text that the DPO edits comes in both state languages ({ kk, ru }).
 */
import type { FormOfAddress } from '../cases/form-of-address';
import type { AuthorityKind } from '../cases/model';
import type { RequestLanguage } from '../locale';

/** Language of one document. */
export type DocLanguage = RequestLanguage;
/** What to print: one language, or Kazakh then Russian in one PDF (page break between). */
export type LanguageChoice = DocLanguage | 'both';

export interface Bilingual {
  readonly kk: string;
  readonly ru: string;
}

/** A state body or regulator named in letters (addresses are data: names change, §10.10). */
export interface PublicBody {
  readonly name: Bilingual;
  readonly address: Bilingual;
}

/** Selects which AML retention ground fits the operator (AML Law 191-IV Art. 3 p.1 sub.11 / sub.12). */
import type { Duty } from '../cases/duties';

/** The kinds of operator the grounds library serves (legal-reference §11): AML subjects and others. */
export type OperatorKind = 'payment-organisation' | 'microfinance-organisation' | 'bank' | 'other';

export interface DpoContact {
  /** Full name as it appears under the signature. */
  readonly name: string;
  readonly position: Bilingual;
  readonly email: string;
  readonly phone: string;
}

export interface OrgProfile {
  readonly legalName: Bilingual;
  readonly bin: string;
  readonly address: Bilingual;
  /** Place written on acts and letters: { kk: 'Алматы қ.', ru: 'г. Алматы' }. */
  readonly city: Bilingual;
  /** Person responsible for organising the processing of personal data (Law 94-V Art. 25 p.2 sub.10, p.3). */
  readonly dpo: DpoContact;
  /** PNG or JPEG data URL. */
  readonly logo?: string;
  /** KZ authorized body for personal data protection (its current name is uncertain — keep it editable). */
  readonly authorizedBody: PublicBody;
  /** Local executive body (akimat) of the region / city where the operator is registered, if the DPO wants it named. */
  readonly localExecutiveBody?: PublicBody;
  /** Roskomnadzor, for replies on data of Russian citizens (152-FZ Art. 17). */
  readonly rkn: PublicBody;
  /** Prefix of outgoing numbers, e.g. 'QK/DPO/'. */
  readonly outgoingNumberPrefix: string;
  readonly kind?: OperatorKind;
  /** IANA zone for times in documents; default Asia/Almaty. */
  readonly timeZone?: string;
}

export type RequestChannel = 'email' | 'post' | 'in-person' | 'web' | 'app' | 'authorized-body';
export type SubjectJurisdiction = 'kz' | 'ru-subject';
/**
 * How a letter names the request it answers (its wording: 'rectification', 'restriction'). Not the
 * request types of a case (shared/rules/request-types.ts RequestType): case-documents.ts maps those to these.
 */
export type LetterRequestType = 'access' | 'rectification' | 'blocking' | 'destruction' | 'consent-withdrawal' | 'restriction' | 'objection-automated';

export interface SubjectRef {
  readonly fullName: string;
  readonly iin?: string;
  /** Where the reply goes (when the subject filed the request): e-mail or postal address, as given in the request. */
  readonly contact?: string;
  /** «Уважаемый» / «Уважаемая»; absent: from the patronymic or the IIN, else neutral. */
  readonly formOfAddress?: FormOfAddress;
}

/** The document that gives the representative authority; records from before issue 17 carry only `details`. */
export interface AuthorityRef {
  readonly kind?: AuthorityKind;
  readonly number?: string;
  /** YYYY-MM-DD */
  readonly date?: string;
  /** Issuer or other details; the whole reference on older records. */
  readonly details?: string;
}

/** Whoever filed the request on the subject's behalf: the letter answers them, at their address. */
export interface RepresentativeRef {
  readonly fullName: string;
  readonly authority: AuthorityRef;
  /** Where the reply goes: the representative's e-mail or postal address. */
  readonly contact?: string;
  readonly formOfAddress?: FormOfAddress;
}

export interface RequestRef {
  /** Case number in Qorgau, e.g. 'DSR-2026-000123'. */
  readonly caseNumber: string;
  /** Incoming registration number of the organisation's general office, if different from the case number. */
  readonly incomingNumber?: string;
  readonly receivedAt: string;
  readonly channel: RequestChannel;
  readonly language: DocLanguage;
  readonly subject: SubjectRef;
  /** Present when a representative filed the request: the letter is addressed to them, the subject named as the person concerned. */
  readonly representative?: RepresentativeRef;
  /** 'ru-subject': the data subject is a citizen of the Russian Federation — 152-FZ applies too. */
  readonly jurisdiction: SubjectJurisdiction;
  readonly requestTypes: readonly LetterRequestType[];
}

/** How firmly a rule was verified (legal-reference.md status tags). */
export type LegalStatusTag = 'P' | 'P-old' | 'S' | 'K' | 'I';

/** A reason for refusing (fully or partly), written in the letter's voice, with its pinpoint citation. */
export interface Ground {
  readonly id: string;
  readonly text: Bilingual;
  readonly citation: Bilingual;
  readonly tag: LegalStatusTag;
  readonly jurisdiction: SubjectJurisdiction;
  /** Operators the ground is written for; absent = any operator. */
  readonly appliesTo?: readonly OperatorKind[];
  /** Duties the ground can refuse (shared/cases/duties.ts); absent = any duty (e.g. a ground the DPO added). */
  readonly duties?: readonly Duty[];
  /**
   * What the research read and what remains unverified, for developers and lawyers checking the entry (not
   * shown: the DPO reads the notes of shared/documents/grounds-display.ts, in the interface language).
   */
  readonly provenance?: string;
}

export interface OutgoingRef {
  /** Full outgoing number, e.g. 'QK/DPO/2026/0123' (see composeOutgoingNumber). */
  readonly number: string;
  /** Calendar date of the letter. */
  readonly date: string;
}

export interface Signatory {
  readonly name: string;
  readonly position: Bilingual;
}

/** What the operator did instead of deleting (legal-reference §6 item 6). */
export type SubstituteMeasureKind = 'blocked' | 'access-restricted' | 'processing-suspended' | 'processing-stopped' | 'anonymised';

export interface SubstituteMeasure {
  readonly kind: SubstituteMeasureKind;
  /** Instant the measure took effect. */
  readonly since: string;
  /** Calendar date it lasts until, if known. */
  readonly until?: string;
  /** Which data the measure covers, if not all. */
  readonly scope?: Bilingual;
}

/** Reasoned refusal / reasoned answer (мотивированный ответ; дәлелді жауап), legal-reference §6. */
export interface RefusalLetterInput {
  readonly org: OrgProfile;
  readonly request: RequestRef;
  readonly outgoing: OutgoingRef;
  /** What was asked; default: the request types in words. */
  readonly requested?: readonly Bilingual[];
  /** What exactly is refused. */
  readonly refused: readonly Bilingual[];
  /** What is provided or done (partial refusal); empty = refused in full. */
  readonly provided: readonly Bilingual[];
  readonly grounds: readonly Ground[];
  readonly measures: readonly SubstituteMeasure[];
  /** Calendar date after which the retained data will be destroyed. */
  readonly destroyAfter?: string;
  /** Default: the DPO. */
  readonly signatory?: Signatory;
  readonly attachments?: readonly Bilingual[];
  /** The basis of the recorded outcome (shared/documents/outcome-basis.ts); absent: the access-refusal basis. */
  readonly basis?: readonly Bilingual[];
  /** 'restriction': restricted instead of deleted (Digital Code Art. 41 p.3). Default 'refusal'. */
  readonly variant?: 'refusal' | 'restriction';
  /** The statutory term and when it was answered. */
  readonly answer?: AnswerTerm;
}

/** The statutory term of the duty a letter answers, and when the decision was taken. */
export interface AnswerTerm {
  /** The term in words, e.g. 3 рабочих дня. */
  readonly term: Bilingual;
  /** Due instant. */
  readonly dueAt: string;
  /** Instant of the recorded outcome. */
  readonly answeredAt: string;
}

export type ConfirmationAction = 'blocked' | 'unblocked' | 'corrected' | 'destroyed';

/** Confirmation that data were blocked, unblocked, corrected or destroyed (Law 94-V Art. 25 p.2 sub.8). */
export interface ConfirmationLetterInput {
  readonly org: OrgProfile;
  readonly request: RequestRef;
  readonly outgoing: OutgoingRef;
  readonly action: ConfirmationAction;
  /** Instant the action was completed. */
  readonly performedAt: string;
  /** Which data the action concerned. */
  readonly scope: Bilingual;
  /** Information systems where the action was performed, named in each language. */
  readonly systems?: readonly Bilingual[];
  /** What was changed (for 'corrected'), e.g. new surname after marriage. */
  readonly details?: Bilingual;
  /** Why (e.g. violation not confirmed, for 'unblocked'). */
  readonly reason?: Bilingual;
  /** For 'destroyed': the act that records it. */
  readonly destructionAct?: { readonly number: string; readonly date: string };
  readonly signatory?: Signatory;
  /** The basis of the recorded outcome (a destruction: the ground it was made on); absent: the duty's fixed basis. */
  readonly basis?: readonly Bilingual[];
}

/** RF notice extending the reply term by up to five working days (152-FZ Art. 14 part 3, Art. 20 parts 1–2). */
export interface ExtensionNoticeInput {
  readonly org: OrgProfile;
  readonly request: RequestRef;
  readonly outgoing: OutgoingRef;
  /** Instant the ten-working-day term ends. */
  readonly originalDeadline: string;
  /** Instant the extended term ends (computed by shared/calendar, at most five working days later). */
  readonly newDeadline: string;
  readonly reasons: readonly Bilingual[];
  /** The article of the extended duty (R1/R3, R13, R5); absent: Art. 14 p.3, Art. 20 p.1–2 (access). */
  readonly basis?: Bilingual;
  /** The body the notice is sent to (R5: Roskomnadzor, whose request is answered); absent: the subject. */
  readonly addressee?: PublicBody;
  readonly signatory?: Signatory;
}

export type DestructionMethod = 'shredding' | 'incineration' | 'database-deletion' | 'cryptographic-erasure' | 'overwriting' | 'media-destruction';

/** Why data were destroyed; each maps to its article of Law 94-V (citations.ts). */
export const DESTRUCTION_REASONS = [
  'storage-term-expired',
  'purpose-achieved',
  'relationship-ended',
  'court-decision',
  'no-consent',
  'unlawful-processing',
  'correction-impossible',
  'consent-withdrawn',
] as const;
export type DestructionReason = (typeof DESTRUCTION_REASONS)[number];

export interface ActSubject {
  readonly fullName: string;
  /** Identifier that links the row to the records: masked IIN, client or wallet number ('ЖСН …' / 'ИИН …'). */
  readonly identifier: Bilingual;
  readonly caseNumber?: string;
}

export interface PaperCarrier {
  readonly name: Bilingual;
  readonly sheets: number;
}

export interface ActPerson {
  readonly name: string;
  readonly position: Bilingual;
}

export interface CommissionMember extends ActPerson {
  readonly role: 'chair' | 'member';
}

/** One row of the event-log extract annexed to the act (RKN Order 179 p.2, p.5). */
export interface EventLogRow {
  readonly at: string;
  readonly actor: string;
  readonly action: Bilingual;
  /** Record or subject affected (identifier, not the full data). */
  readonly record: Bilingual;
  readonly categories: Bilingual;
  readonly system: Bilingual;
}

/**
 * One row of the extract from the event log of the information system the data were destroyed in — annex 1 of
 * the act (RKN Order 179 p.2, p.5: subject, categories, system, reason, date of destruction). Verbatim from the
 * system's export or as entered by the DPO.
 */
export interface SystemLogRow {
  /** The subject as the system logs it (an IIN is masked when printed). */
  readonly subject: string;
  readonly categories: string;
  readonly system: Bilingual;
  readonly reason: string;
  /** Instant of the destruction. */
  readonly destroyedAt: string;
}

export interface RetainedException {
  /** What was not destroyed. */
  readonly what: Bilingual;
  /** Why — usually a ground of the library. */
  readonly ground: Ground;
}

/** Destruction act for one case or a batch (legal-reference §4.1 and §4.2). */
export interface DestructionActInput {
  readonly org: OrgProfile;
  readonly act: { readonly number: string; readonly date: string; readonly place?: Bilingual };
  /** Person processing data on the operator's behalf, if processing was entrusted. */
  readonly processor?: { readonly name: Bilingual; readonly address: Bilingual; readonly bin?: string };
  /** Cases (requests) the destruction answers; empty for scheduled destruction. */
  readonly cases: readonly { readonly caseNumber: string; readonly receivedAt: string }[];
  readonly subjects: readonly ActSubject[];
  readonly categories: readonly Bilingual[];
  readonly paperCarriers: readonly PaperCarrier[];
  readonly informationSystems: readonly Bilingual[];
  readonly method: readonly DestructionMethod[];
  readonly methodDetails?: Bilingual;
  readonly reason: DestructionReason;
  readonly reasonDetails?: Bilingual;
  /** Further legal grounds besides the article that matches the reason (e.g. a court decision number). */
  readonly extraCitations?: readonly Bilingual[];
  readonly destroyedAt: string;
  /** The instant the destruction was due, if a term applied. */
  readonly dueBy?: string;
  /** Why it was late, if it was. */
  readonly lateReason?: Bilingual;
  readonly retained: readonly RetainedException[];
  readonly destroyedBy: readonly ActPerson[];
  readonly commission: readonly CommissionMember[];
  /** Annex 1: the extract from the information systems' event logs. */
  readonly systemLog: readonly SystemLogRow[];
  /** What annex 1 says when it has no rows, if not "processed without automation" (e.g. the extract was not loaded). */
  readonly systemLogAbsent?: Bilingual;
  /** Annex 2: Qorgau's own audit extract of the cases. */
  readonly eventLog: readonly EventLogRow[];
  /** True when data of RF citizens are among the destroyed: Order 179 wording and the 3-year retention note. */
  readonly includesRfSubjects: boolean;
  /** Notice to the subject(s) that the data were destroyed. */
  readonly subjectNotice?: { readonly sentAt: string; readonly channel: RequestChannel };
}
