/**
 * Words printed in documents, one dictionary per language. The interface makes both languages carry every
 * key; functions receive values already formatted for the language (dates, citations).
 */
import type { FormOfAddress } from '../cases/form-of-address';
import type { AuthorityKind } from '../cases/model';
import { LABELS_KK } from './labels-kk';
import { LABELS_RU } from './labels-ru';
import type { ConfirmationAction, DestructionMethod, DestructionReason, DocLanguage, LetterRequestType, RequestChannel, SubstituteMeasureKind } from './model';

export interface RefusalLabels {
  readonly title: readonly string[];
  readonly sectionRequest: string;
  readonly requestedIntro: string;
  readonly considered: string;
  readonly basisLabel: string;
  readonly sectionProvided: string;
  readonly providedIntro: string;
  readonly providedNone: string;
  readonly sectionRefused: string;
  readonly refusedIntro: string;
  readonly groundsIntro: string;
  readonly groundCitation: string;
  readonly sectionMeasures: string;
  /** The same heading when a representative filed the request (the data are the subject's). */
  readonly sectionMeasuresThird: string;
  readonly measureColumns: { readonly measure: string; readonly scope: string; readonly from: string; readonly until: string };
  readonly measuresNone: string;
  readonly measuresNoneThird: string;
  readonly allData: string;
  readonly destroyAfter: string;
  readonly destroyAfterNote: string;
  readonly sectionAppeal: string;
  readonly appealIntro: string;
  readonly appealAuthorizedBody: (name: string, address: string, citation: string) => string;
  readonly appealLocalBody: (body: { name: string; address: string } | undefined, citation: string) => string;
  readonly appealCourt: (citation: string) => string;
  readonly appealRu: (name: string, address: string, citation: string) => string;
  /** "Restricted instead of deleted" answer (Digital Code Art. 41 p.3). */
  readonly titleRestriction: readonly string[];
  readonly termLabel: string;
  /** The statutory term in words and its last instant. */
  readonly termValue: (term: string, due: string) => string;
  readonly answeredLabel: string;
  readonly answeredValue: (at: string, inTime: boolean) => string;
}

export interface ConfirmationLabels {
  readonly title: Readonly<Record<ConfirmationAction, readonly string[]>>;
  readonly done: Readonly<Record<ConfirmationAction, string>>;
  /** The same sentence when a representative filed the request. */
  readonly doneThird: Readonly<Record<ConfirmationAction, string>>;
  readonly performedAt: string;
  readonly scope: string;
  readonly systems: string;
  readonly details: string;
  readonly reason: string;
  readonly act: string;
  readonly actRef: (number: string, date: string) => string;
  readonly basis: string;
  readonly blockingEffect: (citation: string) => string;
  readonly unblockingEffect: string;
  readonly destructionEffect: (citation: string) => string;
}

export interface ExtensionLabels {
  readonly title: readonly string[];
  readonly intro: string;
  readonly reasonsIntro: string;
  readonly originalDeadline: string;
  readonly newDeadline: string;
  readonly basis: string;
  readonly sameForm: (channel: string) => string;
}

export interface ActLabels {
  readonly title: (number: string) => readonly string[];
  readonly preamble: string;
  readonly formBasis: (kzCitation: string) => string;
  readonly formBasisRf: (order: string) => string;
  readonly operator: string;
  readonly operatorBin: string;
  readonly operatorAddress: string;
  readonly processor: string;
  readonly processorNone: string;
  readonly subjects: string;
  readonly subjectsValue: (count: number) => string;
  readonly categories: string;
  readonly paperCarriers: string;
  readonly paperItem: (name: string, sheets: number) => string;
  readonly paperNone: string;
  readonly informationSystems: string;
  readonly systemsNone: string;
  readonly method: string;
  readonly reason: string;
  readonly legalGround: string;
  readonly cases: string;
  readonly caseItem: (caseNumber: string, receivedDate: string) => string;
  readonly casesNone: string;
  readonly destroyedAt: string;
  readonly deadlineMet: string;
  readonly deadlineYes: (due: string) => string;
  readonly deadlineNo: (due: string) => string;
  readonly deadlineNone: string;
  readonly retained: string;
  readonly retainedNone: string;
  readonly subjectNotice: string;
  readonly subjectNoticeValue: (when: string, channel: string) => string;
  readonly subjectsCaption: string;
  readonly subjectsColumns: { readonly no: string; readonly name: string; readonly identifier: string; readonly caseNumber: string };
  readonly statement: (citation: string) => string;
  readonly destroyedBy: string;
  readonly commission: string;
  readonly role: { readonly chair: string; readonly member: string };
  readonly annexTitle: (number: string, date: string) => readonly string[];
  readonly annexColumns: {
    readonly at: (zone: string) => string;
    readonly actor: string;
    readonly action: string;
    readonly record: string;
    readonly categories: string;
    readonly system: string;
  };
  readonly annexEmpty: string;
  readonly annexReference: string;
  /** Annex 1: the information systems' event-log extract (Order 179 p.2, p.5). */
  readonly systemAnnexTitle: (number: string, date: string) => readonly string[];
  readonly systemAnnexColumns: {
    readonly no: string;
    readonly subject: string;
    readonly categories: string;
    readonly system: string;
    readonly reason: string;
    readonly destroyedAt: (zone: string) => string;
  };
  readonly systemAnnexNote: string;
  /** Where the database is located (Law 94-V Art. 12 p.2). */
  readonly databaseLocation: string;
  readonly databaseLocationValue: string;
  readonly retentionNote: (order: string) => string;
}

export interface Labels {
  readonly binLabel: string;
  readonly iinLabel: string;
  readonly pageOf: (page: number, total: number) => string;
  readonly outgoing: (number: string) => string;
  readonly outgoingDate: (date: string) => string;
  /** Reference to the request; `receivedRef` is ru '01.07.2025', kk '2025 жылғы 1 шілдедегі'. */
  readonly inReplyTo: (caseNumber: string, incomingNumber: string | undefined, receivedRef: string) => string;
  readonly addressee: string;
  /** Addressee line when a representative filed the request. */
  readonly addresseeRepresentative: string;
  /** «Уважаемый …!» / «Уважаемая …!»; neutral only when nothing is known — never «(-ая)». */
  readonly salutation: (name: string, form: FormOfAddress) => string;
  /** The subject named as the person concerned in a letter to the representative. */
  readonly personConcerned: string;
  readonly representative: string;
  readonly authorityLabel: string;
  readonly authorityKind: Readonly<Record<AuthorityKind, string>>;
  /** 'доверенность № 12 от 01.02.2026'; `date` already formatted (kk: attributive). */
  readonly authorityRef: (kind: string, number: string | undefined, date: string | undefined) => string;
  readonly received: (dateTime: string, channel: string, caseNumber: string, incomingNumber: string | undefined) => string;
  readonly subject: string;
  readonly dpoContacts: (name: string, position: string, phone: string, email: string) => string;
  readonly attachments: string;
  readonly closing: string;
  readonly signatureLine: string;
  readonly noneDash: string;
  readonly channel: Readonly<Record<RequestChannel, string>>;
  readonly requestType: Readonly<Record<LetterRequestType, string>>;
  /** What was asked, when a representative asked it (the subject's data, not «Ваши»). */
  readonly requestTypeThird: Readonly<Record<LetterRequestType, string>>;
  readonly measure: Readonly<Record<SubstituteMeasureKind, string>>;
  readonly method: Readonly<Record<DestructionMethod, string>>;
  readonly reason: Readonly<Record<DestructionReason, string>>;
  readonly refusal: RefusalLabels;
  readonly confirmation: ConfirmationLabels;
  readonly extension: ExtensionLabels;
  readonly act: ActLabels;
}

export const LABELS: Readonly<Record<DocLanguage, Labels>> = { kk: LABELS_KK, ru: LABELS_RU };
