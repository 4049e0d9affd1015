/**
 * Records of the breach register (legal-reference §5: "Breach register + notice copies"): an incident of
 * personal-data security, its notification clocks (K8, R10) and the notices issued on it. Instants are UTC
 * ISO strings; the zone the detection was noted in is kept beside it.
 */
import type { NotificationKind } from '../cases/model';

export const INCIDENT_STATUSES = ['open', 'notified', 'investigated', 'closed'] as const;
/** open → notified (the notices are sent) → investigated (results reported) → closed. */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const DETECTION_METHODS = ['monitoring', 'employee-report', 'subject-complaint', 'processor-report', 'authority', 'audit', 'other'] as const;
export type DetectionMethod = (typeof DETECTION_METHODS)[number];

/** The clocks an incident runs: KZ notice to the authorized body; RF first notice and investigation results. */
export const INCIDENT_RULE_IDS = ['kz.breach.notify-authority', 'ru.breach.notify-24h', 'ru.breach.notify-72h'] as const;
export type IncidentRuleId = (typeof INCIDENT_RULE_IDS)[number];

export const INCIDENT_OBLIGATION_STATUSES = ['open', 'done'] as const;
export type IncidentObligationStatus = (typeof INCIDENT_OBLIGATION_STATUSES)[number];

/** Documents issued on an incident. */
export const BREACH_DOCUMENT_KINDS = ['breach-notice-authority', 'breach-rkn-24h', 'breach-rkn-72h', 'breach-subject-letter'] as const;
export type BreachDocumentKind = (typeof BREACH_DOCUMENT_KINDS)[number];

export const BREACH_LANGUAGES = ['kk', 'ru'] as const;
export type BreachLanguage = (typeof BREACH_LANGUAGES)[number];

/** The languages each notice exists in: Roskomnadzor is written to in Russian only. */
export const LANGUAGES_OF: Readonly<Record<BreachDocumentKind, readonly BreachLanguage[]>> = {
  'breach-notice-authority': ['kk', 'ru'],
  'breach-rkn-24h': ['ru'],
  'breach-rkn-72h': ['ru'],
  'breach-subject-letter': ['kk', 'ru'],
};

/** Which clock issuing a notice fulfils (the letter to subjects fulfils none: the DPO decides on it). */
export const FULFILS: Readonly<Record<BreachDocumentKind, IncidentRuleId | undefined>> = {
  'breach-notice-authority': 'kz.breach.notify-authority',
  'breach-rkn-24h': 'ru.breach.notify-24h',
  'breach-rkn-72h': 'ru.breach.notify-72h',
  'breach-subject-letter': undefined,
};

export interface ContactPerson {
  readonly name: string;
  readonly position: string;
  readonly phone: string;
  readonly email: string;
}

/** Subjects concerned, Kazakh and Russian citizens apart (approximate counts). */
export interface SubjectsConcerned {
  readonly categories: readonly string[];
  readonly kzCount: number;
  readonly rfCount: number;
}

export interface IncidentRecord {
  readonly id: string;
  /** e.g. 'INC-2026-0001' */
  readonly number: string;
  readonly year: number;
  readonly seq: number;
  readonly status: IncidentStatus;
  /** The moment of detection (the clocks' start), UTC. */
  readonly detectedAt: string;
  /** The IANA zone the detection time was given in. */
  readonly detectedZone: string;
  readonly detectionMethod: DetectionMethod;
  readonly detectedBy: string;
  readonly description: string;
  readonly systems: readonly string[];
  readonly dataCategories: readonly string[];
  readonly subjects: SubjectsConcerned;
  /** Data of Russian citizens are concerned: 152-FZ Art. 21 p.3.1 applies (derived from rfCount > 0). */
  readonly rfConcerned: boolean;
  readonly causes: string;
  readonly consequences: string;
  readonly measuresTaken: string;
  readonly measuresPlanned: string;
  /** The subjects' data available to notify them (K8a: full name and/or IIN and/or mobile number). */
  readonly subjectsContactData: string;
  readonly contact: ContactPerson;
  /** Results of the internal investigation (the 72-hour notice), once known. */
  readonly investigationResults: string;
  /** Persons whose actions caused the incident, if established (the 72-hour notice). */
  readonly responsiblePersons: string;
  /** Earliest due instant among open obligations ('' when none). */
  readonly nextDueAt: string;
  readonly enteredAt: string;
  readonly updatedAt: string;
  readonly closedAt?: string | undefined;
}

export interface IncidentObligationRecord {
  readonly id: string;
  readonly incidentId: string;
  readonly ruleId: IncidentRuleId;
  readonly triggerAt: string;
  readonly dueAt: string;
  readonly status: IncidentObligationStatus;
  readonly urgentFromStart: boolean;
  readonly completedAt?: string | undefined;
  /** The notice whose issue fulfilled it. */
  readonly completedByDocumentId?: string | undefined;
  /** Notifications already shown: each once. */
  readonly notified: readonly NotificationKind[];
}

export interface IncidentDocumentRecord {
  readonly id: string;
  readonly incidentId: string;
  readonly kind: BreachDocumentKind;
  /** Outgoing number, from the letters' series (shared with the case letters). */
  readonly number: string;
  readonly date: string;
  readonly language: BreachLanguage;
  readonly sha256: string;
  readonly createdAt: string;
  readonly bytes: Blob;
  readonly series: 'letter';
  readonly year: number;
  readonly seq: number;
  readonly size: number;
}

export interface IncidentAttachmentRecord {
  readonly id: string;
  readonly incidentId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
  readonly addedAt: string;
  readonly blob: Blob;
}

/** Fields the DPO may change after registration (the detection moment is the clocks' start and stays). */
export const EDITABLE_INCIDENT_FIELDS = [
  'detectionMethod',
  'detectedBy',
  'description',
  'systems',
  'dataCategories',
  'subjects',
  'causes',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
  'subjectsContactData',
  'contact',
  'investigationResults',
  'responsiblePersons',
] as const;
export type EditableIncidentField = (typeof EDITABLE_INCIDENT_FIELDS)[number];

export const incidentNumber = (year: number, seq: number): string => `INC-${year}-${String(seq).padStart(4, '0')}`;
export const incidentCounterKey = (year: number): string => `incident-seq:${year}`;
