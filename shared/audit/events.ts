/**
 * Every audit event the app appends, by type, with the data each type carries. The shapes are those the
 * app has always written: the chain hashes the canonical JSON of each event (chain.ts), so a stored event
 * never changes; a member added to an event type later is optional, as events written before lack it.
 */
import type { CalendarId } from '../calendar/types';
import type { ActionDataByKind } from '../cases/action-data';
import { ACTION_KINDS, type ActionKind } from '../cases/action-kinds';
import type { CaseOutcome, Channel, DocumentLanguage, RepresentativeRecord, SubjectRecord } from '../cases/model';
import type { CaseDocumentKind } from '../documents/document-kinds';
import type { RequestLanguage } from '../locale';
import type { RequestType } from '../rules/request-types';
import type { RuleId } from '../rules/rule-id';
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
  /** The scan of the signed paper (an attachment of the case). */
  readonly scan: FileRef;
}

export interface DocumentDeletedData {
  readonly documentId: string;
  readonly kind: CaseDocumentKind;
  readonly number: string;
  readonly sha256: string;
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
  readonly 'deadlines.recomputed': DeadlinesRecomputedData;
  readonly 'calendar.override-set': CalendarOverrideSetData;
  readonly 'calendar.override-removed': CalendarOverrideRemovedData;
  readonly 'calendar.file-applied': CalendarFileData;
  readonly 'calendar.file-removed': CalendarFileData;
  readonly 'document.issued': DocumentIssuedData;
  readonly 'document.signed': DocumentSignedData;
  readonly 'document.deleted': DocumentDeletedData;
  readonly 'backup.restored': BackupRestoredData;
  readonly 'backup.exported': BackupExportedData;
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
