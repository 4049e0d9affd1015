/**
 * A subject's relationship with the operator under one processing activity (a wallet contract, a microloan):
 * the events its storage term may run from, and the day the data become due for destruction. Imported from the
 * core system's export or entered by the DPO; destroyed relationships are kept as records (with the act).
 */
/**
 * kept: due or not, offered by the destruction queue when due; scheduled: named by an issued act of scheduled
 * destruction not yet carried out (out of the queue, so no second act takes it; voiding the act makes it kept
 * again); destroyed: the act's destruction was recorded.
 */
export const RELATIONSHIP_STATUSES = ['kept', 'scheduled', 'destroyed'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

export interface RelationshipEvents {
  /** YYYY-MM-DD: the relationship (contract) began. */
  readonly opened: string;
  /** YYYY-MM-DD: the relationship ended (contract terminated, loan repaid). */
  readonly ended?: string | undefined;
  /** YYYY-MM-DD: the last operation under it. */
  readonly lastOperation?: string | undefined;
  /** YYYY-MM-DD: the subject withdrew consent. */
  readonly consentWithdrawn?: string | undefined;
}

export interface RelationshipRecord extends RelationshipEvents {
  readonly id: string;
  readonly subjectIin: string;
  readonly subjectName: string;
  readonly rfSubject: boolean;
  readonly contractNo: string;
  /** A ProcessingActivity id of the register. */
  readonly activityId: string;
  /** The information system the record lives in (the import's system). */
  readonly system: string;
  readonly createdAt: string;
  /** YYYY-MM-DD the data are due for destruction ('' while the term's event has not happened). */
  readonly destroyOn: string;
  readonly status: RelationshipStatus;
  readonly destroyedAt?: string | undefined;
  /** The number of the act that schedules (status scheduled) or recorded (destroyed) the destruction. */
  readonly actNumber?: string | undefined;
}
