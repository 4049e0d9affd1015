/**
 * Every audit event the app appends, by type, with the data each type carries. The shapes are those the
 * app has always written: the chain hashes the canonical JSON of each event (chain.ts), so a stored event
 * never changes; a member added to an event type later is optional, as events written before lack it.
 */
import type { CalendarId } from '../calendar/types';
import type { ActionDataByKind } from '../cases/action-data';
import { ACTION_KINDS, type ActionKind } from '../cases/action-kinds';
import type { ActionCorrectableField, CorrectableField, CorrectionValue } from '../cases/corrections';
import type { CaseOutcome, Channel, DocumentLanguage, RepresentativeRecord, SubjectRecord } from '../cases/model';
import type { CaseDocumentKind } from '../documents/document-kinds';
import type { RequestLanguage } from '../locale';
import type { RequestType } from '../rules/request-types';
import type { RuleId } from '../rules/rule-id';
import type { BreachDocumentKind, BreachLanguage, EditableIncidentField, IncidentRuleId, IncidentStatus } from '../incidents/model';
import type { ChainSeal } from './chain';
import type { RecordSeal } from './record-seal';

/** A file stored with a case, as an event names it. */
export interface FileRef {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
}

/** An obligation created by the event, with the due instant it was given. */
export interface DueRef {
  readonly ruleId: RuleId;
  readonly dueAt: string;
}

export interface CaseCreatedData {
  readonly number: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly language: RequestLanguage;
  readonly requestTypes: readonly RequestType[];
  readonly obligations: readonly DueRef[];
  readonly attachments: readonly FileRef[];
  /** What was registered besides (absent on events written before they were recorded). */
  readonly subject?: SubjectRecord | undefined;
  readonly representative?: RepresentativeRecord | undefined;
  readonly description?: string | undefined;
  readonly rfSubject?: boolean | undefined;
}

export interface NoteData {
  readonly note: string;
}

/**
 * The event of an action (`action.<kind>`): the action as recorded, with what it did to the obligations.
 * `data` is the action's own data (ActionRecord.data).
 */
export interface ActionEventData {
  readonly at: string;
  readonly note: string;
  readonly obligationId?: string | undefined;
  readonly data: ActionDataByKind[ActionKind];
  /** Ids of the obligations it fulfilled. */
  readonly completes: readonly string[];
  readonly spawns: readonly DueRef[];
  /** Obligations whose due instant moved (RF extension). */
  readonly extends: readonly { readonly obligationId: string; readonly dueAt: string }[];
  /** The case's outcome, when the action closed it. */
  readonly closes?: CaseOutcome | undefined;
  readonly attachments: readonly FileRef[];
}

export interface DeadlinesRecomputedData {
  /** Why: a calendar correction or a term setting. */
  readonly cause: string;
  readonly moved: readonly { readonly id: string; readonly caseId: string; readonly from: string; readonly to: string }[];
}

export interface CalendarOverrideRemovedData {
  readonly calendar: CalendarId;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly working: boolean;
}

export interface CalendarOverrideSetData extends CalendarOverrideRemovedData {
  readonly note: string;
}

/** A calendar file applied or removed (docs/calendar-file.md): which file, and which days it changes. */
export interface CalendarFileData {
  readonly calendar: CalendarId;
  readonly fileName: string;
  readonly sha256: string;
  readonly title: string;
  readonly years: readonly number[];
  /** Days whose working status, kind or status differ from the shipped data (working: with the file). */
  readonly changed: readonly { readonly date: string; readonly working: boolean }[];
}

export interface DocumentIssuedData {
  readonly documentId: string;
  readonly kind: CaseDocumentKind;
  readonly number: string;
  readonly date: string;
  readonly language: DocumentLanguage;
  readonly sha256: string;
  readonly size: number;
  /** How many cases the document concerns (one event per case). */
  readonly cases: number;
}

export interface DocumentSignedData {
  readonly documentId: string;
  readonly number: string;
  /** The scan of the signed paper (an attachment of the case; of a scheduled act, a row of actScans). */
  readonly scan: FileRef;
}

export interface DocumentDeletedData {
  readonly documentId: string;
  readonly kind: CaseDocumentKind;
  readonly number: string;
  readonly sha256: string;
}

/** An obligation whose clock moved: from / to due instants and the new trigger. */
export interface RedatedRef {
  readonly obligationId: string;
  readonly ruleId: RuleId;
  readonly triggerAt: string;
  readonly from: string;
  readonly to: string;
}

/** A field of the case corrected with a reason; what it did to the obligations; the documents issued on the earlier data. */
export interface CaseCorrectedData {
  readonly field: CorrectableField;
  readonly from: CorrectionValue;
  readonly to: CorrectionValue;
  readonly reason: string;
  readonly redated: readonly RedatedRef[];
  /** Obligations the corrected values start. */
  readonly added: readonly DueRef[];
  /** Ids of open obligations the corrected values no longer start (marked not applicable). */
  readonly dropped: readonly string[];
  /** Numbers of the documents issued before: they stay as issued, on the earlier data. */
  readonly documentsOnEarlierData: readonly string[];
}

/** A recorded action corrected with a reason (its time or its note). */
export interface ActionCorrectedData {
  readonly actionId: string;
  readonly kind: ActionKind;
  readonly field: ActionCorrectableField;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  /** Obligations whose completion instant or clock moved with the corrected time. */
  readonly redated: readonly RedatedRef[];
}

/** A case registered by mistake, withdrawn: it keeps its number; its open obligations no longer apply. */
export interface CaseWithdrawnData {
  readonly number: string;
  readonly reason: string;
  readonly dropped: readonly string[];
}

/** A closed case opened again; the obligations waived at closing run again. */
export interface CaseReopenedData {
  readonly reason: string;
  readonly reopened: readonly string[];
}

export interface DocumentVoidedData {
  readonly documentId: string;
  readonly kind: CaseDocumentKind;
  readonly number: string;
  readonly sha256: string;
  /** YYYY-MM-DD (organisation zone). */
  readonly date: string;
  readonly reason: string;
  /** A scheduled act not carried out: how many relationships went back to the destruction queue. */
  readonly relationshipsReoffered?: number | undefined;
}

export interface BackupExportedData {
  readonly fileName: string;
  readonly payloadSha256: string;
  readonly encrypted: boolean;
  /** Records per table. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface BackupRestoredData extends BackupExportedData {
  /** From the file's manifest. */
  readonly createdAt: string;
  readonly appVersion: string;
  readonly schemaVersion: number;
}

/** A clock an incident event started, with its due instant. */
export interface IncidentDueRef {
  readonly ruleId: IncidentRuleId;
  readonly dueAt: string;
}

export interface IncidentRegisteredData {
  readonly incidentId: string;
  readonly number: string;
  readonly detectedAt: string;
  readonly detectedZone: string;
  readonly rfConcerned: boolean;
  readonly obligations: readonly IncidentDueRef[];
  readonly attachments: readonly FileRef[];
}

export interface IncidentUpdatedData {
  readonly incidentId: string;
  readonly number: string;
  /** The fields whose values changed. */
  readonly fields: readonly EditableIncidentField[];
  /** Clocks started by the change (RF citizens found concerned later). */
  readonly spawns: readonly IncidentDueRef[];
  readonly attachments: readonly FileRef[];
}

export interface IncidentStatusData {
  readonly incidentId: string;
  readonly number: string;
  readonly from: IncidentStatus;
  readonly to: IncidentStatus;
  readonly note: string;
}

export interface IncidentDocumentIssuedData {
  readonly incidentId: string;
  readonly documentId: string;
  readonly kind: BreachDocumentKind;
  readonly number: string;
  readonly date: string;
  readonly language: BreachLanguage;
  readonly sha256: string;
  readonly size: number;
  /** Ids of the incident's obligations the notice fulfilled. */
  readonly completes: readonly string[];
}

/** The incidents' open clocks re-dated under a changed setting or calendar. */
export interface IncidentClocksRecomputedData {
  readonly cause: string;
  readonly moved: readonly { readonly id: string; readonly incidentId: string; readonly from: string; readonly to: string }[];
}

/** A new version of the register of processing activities (edit, starter, JSON import). */
export interface RegisterVersionSavedData {
  readonly versionId: string;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly source: 'edit' | 'starter' | 'import';
  readonly note: string;
  readonly activities: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** Relationships whose storage term expired, marked destroyed with the act that records it. */
export interface RelationshipsDestroyedData {
  readonly documentId: string;
  readonly actNumber: string;
  /** When the data were destroyed in the systems (ISO instant). */
  readonly destroyedAt: string;
  /** Who destroyed them (absent on events written before it was asked). */
  readonly destroyedBy?: string | undefined;
  readonly relationships: number;
}

/** Relationships imported from a core system's export (CSV) or entered by hand. */
export interface RelationshipsImportedData {
  readonly system: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly rows: number;
  readonly imported: number;
  /** Rows left out because they failed validation (the DPO chose valid rows only). */
  readonly skipped: number;
}

/**
 * Settings whose every change is an audit event: what deadlines, letters, acts and the trail itself depend on.
 * (The interface language and display zone, and the record of the last backup, are not.)
 */
export const AUDITED_SETTING_KEYS = [
  'deadlineTerms',
  'closeOfBusiness',
  'momentReading',
  'orgProfile',
  'groundsLibrary',
  'actDefaults',
  'appLock',
  'actor',
] as const;
export type AuditedSettingKey = (typeof AUDITED_SETTING_KEYS)[number];

/**
 * A setting changed: its value before and after, as JSON. Never a secret: the app lock is shown as on/off with
 * its options (not its verifier or salts), a logo by its SHA-256.
 */
export interface SettingChangedData {
  readonly key: AuditedSettingKey;
  readonly before: unknown;
  readonly after: unknown;
}

/** `action.<kind>` for every ActionKind. */
export type ActionEventType = `action.${ActionKind}`;
export const actionEventType = (kind: ActionKind): ActionEventType => `action.${kind}`;
export const ACTION_EVENT_TYPES: readonly ActionEventType[] = ACTION_KINDS.map(actionEventType);

type ActionEvents = { readonly [K in ActionEventType]: ActionEventData };

/** Event type → its data. */
export interface AuditEventData extends ActionEvents {
  readonly 'case.created': CaseCreatedData;
  readonly 'case.annotated': NoteData;
  readonly 'case.corrected': CaseCorrectedData;
  readonly 'case.action-corrected': ActionCorrectedData;
  readonly 'case.withdrawn': CaseWithdrawnData;
  readonly 'case.reopened': CaseReopenedData;
  readonly 'deadlines.recomputed': DeadlinesRecomputedData;
  readonly 'calendar.override-set': CalendarOverrideSetData;
  readonly 'calendar.override-removed': CalendarOverrideRemovedData;
  readonly 'calendar.file-applied': CalendarFileData;
  readonly 'calendar.file-removed': CalendarFileData;
  readonly 'document.issued': DocumentIssuedData;
  readonly 'document.signed': DocumentSignedData;
  /** Written by releases that could delete a document; the app now voids instead. */
  readonly 'document.deleted': DocumentDeletedData;
  readonly 'document.voided': DocumentVoidedData;
  readonly 'backup.restored': BackupRestoredData;
  readonly 'backup.exported': BackupExportedData;
  readonly 'incident.registered': IncidentRegisteredData;
  readonly 'incident.updated': IncidentUpdatedData;
  readonly 'incident.status-changed': IncidentStatusData;
  readonly 'incident.document-issued': IncidentDocumentIssuedData;
  readonly 'incident.clocks-recomputed': IncidentClocksRecomputedData;
  readonly 'register.version-saved': RegisterVersionSavedData;
  readonly 'relationships.imported': RelationshipsImportedData;
  readonly 'relationships.destroyed': RelationshipsDestroyedData;
  readonly 'settings.changed': SettingChangedData;
}

export type AuditEventType = keyof AuditEventData;

/** What a repository hands to appendAudit: a union discriminated by `type`. */
export type AuditDraft<T extends AuditEventType = AuditEventType> = {
  [K in T]: { readonly type: K; readonly caseId?: string | undefined; readonly data: AuditEventData[K] };
}[T];

/** What is hashed (chain.ts ChainBody), typed per event type. */
export type AuditEventBody<T extends AuditEventType = AuditEventType> = {
  [K in T]: {
    readonly seq: number;
    readonly at: string;
    readonly actor: string;
    readonly type: K;
    readonly caseId?: string | undefined;
    readonly data: AuditEventData[K];
    /** What the event wrote, sealed (record-seal.ts); absent on events written before records were sealed. */
    readonly records?: readonly RecordSeal[] | undefined;
  };
}[T];

/** A stored audit event: its body and its link in the chain. Narrow by `type` to read `data`. */
export type AuditEvent<T extends AuditEventType = AuditEventType> = { [K in T]: AuditEventBody<K> & ChainSeal }[T];

/** The note the DPO typed with the event (annotations, actions, calendar corrections), if any. */
export const noteOf = (event: AuditEvent): string | undefined => ('note' in event.data ? event.data.note : undefined);
