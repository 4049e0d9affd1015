/**
 * Records of a case file, as stored. Instants are UTC ISO strings; they are shown in the
 * organisation's zone. States are string unions.
 */
import type { RequestLanguage } from '../locale';
import type { RequestType } from '../rules/request-types';
import type { RuleId } from '../rules/rule-id';

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
}

export interface RepresentativeRecord {
  readonly fullName: string;
  readonly iin?: string | undefined;
  /** e.g. notarised power of attorney No. 123 of 01.02.2026 */
  readonly authorityDocument: string;
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
  /** Search keys (derived, indexed). */
  readonly subjectName: string;
  readonly subjectIin: string;
  /** Earliest due instant among open obligations ('' when none): the dashboard's index. */
  readonly nextDueAt: string;
  readonly outcome?: CaseOutcome | undefined;
  readonly closedAt?: string | undefined;
  readonly replyAt?: string | undefined;
  readonly updatedAt: string;
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
  readonly completedAt?: string | undefined;
  readonly completedByActionId?: string | undefined;
  /** Notifications already sent for this obligation: each once. */
  readonly notified: readonly NotificationKind[];
}

export interface ActionRecord {
  readonly id: string;
  readonly caseId: string;
  readonly obligationId?: string | undefined;
  readonly kind: string;
  readonly at: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly note: string;
  readonly data: Readonly<Record<string, unknown>>;
}

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
}

export interface DocumentRecord {
  readonly id: string;
  readonly caseId: string;
  readonly kind: string;
  readonly number: string;
  readonly date: string;
  readonly language: 'kk' | 'ru' | 'both';
  readonly sha256: string;
  readonly createdAt: string;
  readonly bytes: Blob;
  readonly signedAt?: string | undefined;
  readonly signedScanId?: string | undefined;
}
