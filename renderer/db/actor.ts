/** Who the audit trail names as having acted (one DPO per installation for now). */
export const CURRENT_ACTOR = 'dpo';
