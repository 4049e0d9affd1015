/**
 * Stored records are typed with unions: a wrong value does not compile. The `@ts-expect-error` lines
 * are checked by `tsc --noEmit` (tsconfig includes test/): each must be an error, or tsc fails.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { AuditDraft, AuditEvent, AuditEventType } from '../../../shared/audit/chain';
import type { DocumentIssuedData } from '../../../shared/audit/events';
import type { ObligationActionData } from '../../../shared/cases/action-data';
import type { IntakeValues } from '../../../shared/cases/intake-schema';
import type { ActionRecord, CaseRecord, DocumentRecord, NewActionRecord, NotificationKind, ObligationRecord } from '../../../shared/cases/model';
import type { ActionKind } from '../../../shared/cases/workflow';
import type { CaseDocumentKind } from '../../../shared/documents/case-documents';
import type { RequestType, RuleId } from '../../../shared/rules';
import type { RequestTypeOption } from '../../../renderer/features/cases/IntakeForm';

const action = { id: 'a1', caseId: 'c1', at: '2026-05-06T05:00:00.000Z', recordedAt: '2026-05-06T05:00:00.000Z', actor: 'dpo', note: '' };

describe('typed records', () => {
  it('rule ids are the ids of the rule packs', () => {
    expectTypeOf<'kz.access.refuse'>().toExtend<RuleId>();
    expectTypeOf<'ru.destruction-impossible.destroy'>().toExtend<RuleId>();
    expectTypeOf<string>().not.toExtend<RuleId>();
    expectTypeOf<ObligationRecord['ruleId']>().toEqualTypeOf<RuleId>();
    // @ts-expect-error an id no pack has
    const unknown: RuleId = 'kz.access.answer';
    expectTypeOf(unknown).toEqualTypeOf<RuleId>();
  });

  it('one RequestType: cases, the intake form and its options', () => {
    expectTypeOf<CaseRecord['requestTypes']>().toEqualTypeOf<readonly RequestType[]>();
    expectTypeOf<IntakeValues['requestTypes'][number]>().toEqualTypeOf<RequestType>();
    expectTypeOf<RequestTypeOption['id']>().toEqualTypeOf<RequestType>();
    // @ts-expect-error the letters' wording ('rectification') is not a request type of a case
    const wording: RequestType = 'rectification';
    expectTypeOf(wording).toEqualTypeOf<RequestType>();
  });

  it('notifications and documents are unions', () => {
    expectTypeOf<ObligationRecord['notified'][number]>().toEqualTypeOf<NotificationKind>();
    expectTypeOf<DocumentRecord['kind']>().toEqualTypeOf<CaseDocumentKind>();
    // @ts-expect-error a notification kind that does not exist
    const notified: ObligationRecord['notified'] = ['tomorrow'];
    // @ts-expect-error the builders' kind, not a stored document kind
    const kind: DocumentRecord['kind'] = 'confirmation-letter';
    expectTypeOf([notified, kind]).not.toBeAny();
  });

  it('an action carries the data of its kind, and narrows by kind', () => {
    const refusal: ActionRecord = { ...action, kind: 'refuse', data: { grounds: ['kz.aml.retention'], ruleId: 'kz.access.refuse' } };
    const close: ActionRecord = { ...action, kind: 'close', data: { outcome: 'refused' } };
    // @ts-expect-error a refusal records grounds and the obligation's rule, not an outcome
    const wrongData: ActionRecord = { ...action, kind: 'refuse', data: { outcome: 'refused' } };
    // @ts-expect-error closing records the outcome
    const closeWithoutOutcome: ActionRecord = { ...action, kind: 'close', data: { grounds: [], ruleId: 'kz.block' } };
    // @ts-expect-error an action kind that does not exist
    const unknownKind: ActionRecord = { ...action, kind: 'reply', data: {} };
    // @ts-expect-error an annotation carries no data
    const annotated: NewActionRecord = { ...action, kind: 'annotate', data: { channel: 'phone' } };
    expectTypeOf([refusal, close, wrongData, closeWithoutOutcome, unknownKind, annotated]).not.toBeAny();
    if (refusal.kind === 'refuse') expectTypeOf(refusal.data).toEqualTypeOf<ObligationActionData>();
    if (close.kind === 'close')
      expectTypeOf(close.data.outcome).toEqualTypeOf<'fulfilled' | 'partially-fulfilled' | 'refused' | 'withdrawn' | 'no-data-held'>();
    expectTypeOf<ActionRecord['kind']>().toEqualTypeOf<ActionKind>();
  });

  it('an audit event carries the data of its type, and narrows by type', () => {
    expectTypeOf<'action.refuse'>().toExtend<AuditEventType>();
    expectTypeOf<`action.${ActionKind}`>().toExtend<AuditEventType>();
    const note: AuditDraft = { type: 'case.annotated', caseId: 'c1', data: { note: 'Жауап берілді' } };
    // @ts-expect-error documentId is a string
    const mistyped: AuditDraft = { type: 'document.deleted', data: { documentId: 1, kind: 'refusal-letter', number: 'N', sha256: '' } };
    // @ts-expect-error the data of another type (document.deleted) under case.annotated
    const wrongType: AuditDraft = { type: 'case.annotated', data: { documentId: 'd1', kind: 'refusal-letter', number: 'N', sha256: '' } };
    // @ts-expect-error an event type that does not exist
    const unknownType: AuditDraft = { type: 'action.recorded', data: { note: '' } };
    expectTypeOf([note, mistyped, wrongType, unknownType]).not.toBeAny();
    const read = (event: AuditEvent): string | undefined => (event.type === 'document.issued' ? event.data.documentId : undefined);
    expectTypeOf(read).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<AuditEvent, { type: 'document.issued' }>['data']>().toEqualTypeOf<DocumentIssuedData>();
  });
});
