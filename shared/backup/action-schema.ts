/**
 * zod schemas of the actions table and of the action data that audit events repeat, tied to
 * ActionRecord (shared/cases/model.ts) and ActionDataByKind (shared/cases/action-data.ts).
 */
import { z } from 'zod';
import type { ActionDataByKind } from '../cases/action-data';
import { OBLIGATION_ACTIONS, type ActionKind } from '../cases/action-kinds';
import { CASE_OUTCOMES, type ActionRecord } from '../cases/model';
import { RULE_IDS } from '../rules/rule-id';
import { ACTION_CORRECTABLE_FIELDS } from '../cases/corrections';
import { auditRef, id, instant, optionalText, reasonMark, text } from './record-parts';
import type { SameShape } from './same-shape';

export const obligationActionDataSchema = z.looseObject({ grounds: z.array(text), ruleId: z.enum(RULE_IDS), until: optionalText, basis: optionalText });
export const closeActionDataSchema = z.looseObject({
  outcome: z.enum(CASE_OUTCOMES),
  waived: z.array(z.looseObject({ obligationId: text, ruleId: z.enum(RULE_IDS), reason: text })).optional(),
});
/** Annotations carry nothing; members written by another release are kept. */
export const noActionDataSchema = z.looseObject({});

/** Any action's data (as an `action.<kind>` audit event repeats it). */
export const actionDataSchema = z.union([obligationActionDataSchema, closeActionDataSchema, noActionDataSchema]);

const action = {
  id,
  caseId: id,
  obligationId: optionalText,
  at: instant,
  recordedAt: instant,
  actor: text,
  note: text,
  corrections: z.array(z.looseObject({ field: z.enum(ACTION_CORRECTABLE_FIELDS), from: text, to: text, ...reasonMark })).optional(),
  auditRef,
};

export const actionRecordSchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...action, kind: z.enum(OBLIGATION_ACTIONS), data: obligationActionDataSchema }),
  z.looseObject({ ...action, kind: z.literal('close'), data: closeActionDataSchema }),
  z.looseObject({ ...action, kind: z.literal('annotate'), data: noActionDataSchema }),
]);

const _actions: SameShape<z.output<typeof actionRecordSchema>, ActionRecord> = true;
const _actionData: SameShape<z.output<typeof actionDataSchema>, ActionDataByKind[ActionKind]> = true;
