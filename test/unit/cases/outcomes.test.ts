/**
 * Outcomes, not parallel deadlines (legal-reference §11): one obligation per duty, its outcomes, the duties
 * an outcome starts on their own clocks, one act answering the KZ and the RF obligation of a duty, and the
 * basis the letter prints for the recorded outcome.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { checkAction } from '../../../shared/cases/action-check';
import { intakeObligations, spawnedObligations, type DeadlineContext } from '../../../shared/cases/deadlines';
import type { ActionRecord, ObligationRecord } from '../../../shared/cases/model';
import { outcomeRecord } from '../../../shared/cases/outcome';
import { allowedActions, planAction, WorkflowError } from '../../../shared/cases/workflow';
import { confirmationInputOf, documentOffers, outcomeFactsOf } from '../../../shared/documents/case-documents';
import { DEFAULT_GROUNDS, groundsForDuty } from '../../../shared/documents/grounds';
import { outcomeBasis, termWords } from '../../../shared/documents/outcome-basis';
import { buildRefusalLetter, elementText } from '../../../shared/documents';
import { KZ_BORROWER_REQUEST, LFT, refusalLftKk } from '../../fixtures/documents/sample-data';

const context: DeadlineContext = {
  settings: {},
  zone: 'Asia/Almaty',
  closeOfBusiness: '18:00',
  calendars: { kz: buildCalendar('kz'), ru: buildCalendar('ru') },
};

// Received Mon 23.11.2026 10:00 Almaty.
const RECEIVED = '2026-11-23T05:00:00.000Z';

const obligationsOf = (types: Parameters<typeof intakeObligations>[0]['requestTypes'], rfSubject: boolean): ObligationRecord[] =>
  intakeObligations({ receivedAt: RECEIVED, requestTypes: types, rfSubject }, context).map((p) => ({
    id: p.ruleId,
    caseId: 'c',
    ruleId: p.ruleId,
    triggerAt: p.triggerAt,
    dueAt: p.dueAt,
    status: 'open',
    urgentFromStart: p.urgentFromStart,
    extended: false,
    notified: [],
  }));

const find = (all: readonly ObligationRecord[], ruleId: string) => all.find((o) => o.ruleId === ruleId)!;

describe('KZ destruction demand (K13 → K6)', () => {
  it('intake: one duty on the demand’s own clock (3 WD [I]), not the K6 clock that runs from a confirmation', () => {
    const all = obligationsOf(['destruction'], false);
    expect(all.map((o) => o.ruleId)).toEqual(['kz.destruction.demand']);
    // Mon 23.11 → Thu 26.11.2026 18:00 Almaty.
    expect(all[0]!.dueAt).toBe('2026-11-26T13:00:00.000Z');
    expect(allowedActions(all[0]!, all).sort()).toEqual(['destroy', 'partly', 'refuse', 'restrict', 'verify-confirmed']);
  });

  it('confirmed violation → K6 destroy within 1 WD from the confirmation instant', () => {
    const all = obligationsOf(['destruction'], false);
    const plan = planAction('verify-confirmed', all[0]!, all, '2026-11-25T09:00:00.000Z');
    expect(plan.completes).toEqual(['kz.destruction.demand']);
    const [destroy] = spawnedObligations(plan.spawns, 'kz.destruction.demand', context);
    // Confirmed Wed 25.11 14:00 → Thu 26.11.2026 18:00.
    expect(destroy).toMatchObject({ ruleId: 'kz.destroy', triggerAt: '2026-11-25T09:00:00.000Z', dueAt: '2026-11-26T13:00:00.000Z' });
    expect(outcomeRecord('verify-confirmed', 'a')).toEqual({ kind: 'followed-up', actionId: 'a' });
  });

  it('refused with reasons (AML retention): the outcome is “refused”, the letter cites the duty and the ground', () => {
    const all = obligationsOf(['destruction'], false);
    expect(planAction('refuse', all[0]!, all, '2026-11-24T05:00:00.000Z').completes).toEqual(['kz.destruction.demand']);
    expect(outcomeRecord('refuse', 'a')).toEqual({ kind: 'refused', actionId: 'a' });
    const basis = outcomeBasis('kz.destruction.demand', 'refused', false);
    expect(basis.map((b) => b.ru)).toEqual(['пп. 4) п. 1 ст. 24, п. 2 ст. 12 Закона РК № 94-V']);
    expect(basis[0]!.kk).toContain('24-бабы 1-тармағының 4) тармақшасы');
  });

  it('restricted instead of deleted (Digital Code Art. 41 p.3): needs a ground and the end of the storage term', () => {
    const at = new Date('2026-11-24T05:00:00.000Z');
    const now = new Date('2026-11-24T06:00:00.000Z');
    const base = { at, note: '', grounds: ['kz-aml-retention-payment-organisation'], fileCount: 0 };
    expect(checkAction('restrict', { ...base, grounds: [] }, now)).toBe('grounds');
    expect(checkAction('restrict', base, now)).toBe('until');
    expect(checkAction('restrict', { ...base, until: '2026-11-24' }, now)).toBe('until');
    expect(checkAction('restrict', { ...base, until: '2031-11-24' }, now)).toBeUndefined();
    expect(outcomeRecord('restrict', 'a', '2031-11-24')).toEqual({ kind: 'restricted', actionId: 'a', until: '2031-11-24' });
    expect(outcomeBasis('kz.destruction.demand', 'restricted', false).map((b) => b.ru)).toEqual([
      'п. 3 ст. 41 Цифрового кодекса Республики Казахстан; п. 2 ст. 12 Закона РК № 94-V',
    ]);
  });
});

describe('one act per duty for an RF citizen (KZ and RF obligations side by side)', () => {
  it('destruction: the KZ demand and RF R4a run side by side; one destruction fulfils both', () => {
    const all = obligationsOf(['destruction'], true);
    expect(all.map((o) => o.ruleId)).toEqual(['kz.destruction.demand', 'ru.destruction.destroy']);
    // R4a: 7 WD from the documents (here the request) → Wed 02.12.2026 (earlier of the two calendars).
    expect(find(all, 'ru.destruction.destroy').dueAt).toBe('2026-12-02T13:00:00.000Z');
    expect(planAction('destroy', find(all, 'ru.destruction.destroy'), all, '2026-11-24T05:00:00.000Z').completes.sort()).toEqual([
      'kz.destruction.demand',
      'ru.destruction.destroy',
    ]);
    expect(planAction('refuse', find(all, 'kz.destruction.demand'), all, '2026-11-24T05:00:00.000Z').completes.sort()).toEqual([
      'kz.destruction.demand',
      'ru.destruction.destroy',
    ]);
    expect(outcomeBasis('kz.destruction.demand', 'refused', true).map((b) => b.ru)).toEqual([
      'пп. 4) п. 1 ст. 24, п. 2 ст. 12 Закона РК № 94-V',
      'ч. 3 ст. 20 Федерального закона № 152-ФЗ',
    ]);
  });

  it('access: one duty per jurisdiction; a refusal answers both; the basis is K2 (and R3 for the RF citizen)', () => {
    const all = obligationsOf(['access'], true);
    expect(all.map((o) => o.ruleId)).toEqual(['kz.access.provide', 'ru.access.provide']);
    expect(allowedActions(all[0]!, all)).toEqual(expect.arrayContaining(['provide', 'refuse']));
    expect(planAction('refuse', all[0]!, all, '2026-11-24T05:00:00.000Z').completes.sort()).toEqual(['kz.access.provide', 'ru.access.provide']);
    expect(outcomeBasis('kz.access.provide', 'refused', true).map((b) => b.ru)).toEqual([
      'пп. 7) п. 2 ст. 25 Закона РК № 94-V',
      'ч. 2 ст. 20, ч. 8 ст. 14 Федерального закона № 152-ФЗ',
    ]);
  });

  it('old twin clocks (provide + refuse) are answered together by one act', () => {
    const provide = { ...obligationsOf(['access'], false)[0]! };
    const refuse = { ...provide, id: 'kz.access.refuse', ruleId: 'kz.access.refuse' as const };
    expect(planAction('provide', provide, [provide, refuse], '2026-11-24T05:00:00.000Z').completes).toEqual(['kz.access.provide']);
    expect(planAction('refuse', refuse, [provide, refuse], '2026-11-24T05:00:00.000Z').completes.sort()).toEqual(['kz.access.provide', 'kz.access.refuse']);
  });
});

describe('consent withdrawal: stop and destroy, or a reasoned refusal citing Art. 8', () => {
  it('destroy fulfils the KZ (K10) and the RF (R12) duty; a refusal cites Art. 8 p.2, p.7 — never Art. 25 sub.7', () => {
    const all = obligationsOf(['consent-withdrawal'], true);
    // K10: 15 WD from Mon 23.11.2026 → Mon 14.12.2026; R12: 30 CD → Wed 23.12.2026.
    expect(all.map((o) => [o.ruleId, o.dueAt])).toEqual([
      ['kz.consent-withdrawal.stop', '2026-12-14T13:00:00.000Z'],
      ['ru.consent-withdrawal.stop', '2026-12-23T13:00:00.000Z'],
    ]);
    expect(planAction('destroy', all[0]!, all, '2026-11-24T05:00:00.000Z').completes.sort()).toEqual([
      'kz.consent-withdrawal.stop',
      'ru.consent-withdrawal.stop',
    ]);
    const basis = outcomeBasis('kz.consent-withdrawal.stop', 'refused', true).map((b) => b.ru);
    expect(basis).toEqual(['п. 2, п. 7 ст. 8 Закона РК № 94-V', 'ч. 5 ст. 21, ч. 2 ст. 9 Федерального закона № 152-ФЗ']);
    expect(basis.join()).not.toContain('пп. 7) п. 2 ст. 25');
  });
});

describe('extension (+5 WD) only before the original deadline', () => {
  it('R13: allowed before, refused after the due instant', () => {
    const all = obligationsOf(['stop-processing'], true);
    const stop = find(all, 'ru.stop-processing.stop');
    expect(planAction('extend', stop, all, '2026-11-30T05:00:00.000Z').extend).toBe(true);
    const late = new Date(Date.parse(stop.dueAt) + 60_000).toISOString();
    expect(() => planAction('extend', stop, all, late)).toThrow(WorkflowError);
    try {
      planAction('extend', stop, all, late);
    } catch (error) {
      expect((error as WorkflowError).reason).toBe('late');
    }
  });
});

describe('grounds know the duties they can refuse', () => {
  it('an AML retention ground refuses destruction, never access; RF Art. 14 p.8 restricts access only', () => {
    const access = groundsForDuty(DEFAULT_GROUNDS, 'access').map((g) => g.id);
    const destruction = groundsForDuty(DEFAULT_GROUNDS, 'destruction').map((g) => g.id);
    expect(access).not.toContain('kz-aml-retention-payment-organisation');
    expect(access).toContain('ru-access-restricted-aml');
    expect(destruction).toContain('kz-aml-retention-payment-organisation');
    expect(destruction).not.toContain('ru-access-restricted-aml');
    expect(access).toContain('kz-identity-not-confirmed');
  });
});

describe('the letter prints the basis of the recorded outcome and the statutory term', () => {
  const refusal: ActionRecord = {
    id: 'a1',
    caseId: 'c',
    obligationId: 'kz.destruction.demand',
    kind: 'refuse',
    at: '2026-11-25T06:00:00.000Z',
    recordedAt: '2026-11-25T06:00:00.000Z',
    actor: 'dpo',
    note: '',
    data: { grounds: ['kz-aml-retention-microfinance'], ruleId: 'kz.destruction.demand' },
  };

  it('a destruction refusal: basis, term, answered in time', () => {
    const facts = outcomeFactsOf(refusal, { rfSubject: false }, obligationsOf(['destruction'], false))!;
    expect(facts.variant).toBe('refusal');
    expect(facts.answer).toEqual({ term: { kk: '3 жұмыс күні', ru: '3 рабочих дня' }, dueAt: '2026-11-26T13:00:00.000Z', answeredAt: refusal.at });
    const letter = buildRefusalLetter({ ...refusalLftKk, basis: facts.basis, answer: facts.answer! }, 'ru');
    expect(elementText(letter, 'statutory-basis')).toContain('пп. 4) п. 1 ст. 24, п. 2 ст. 12 Закона РК № 94-V');
    expect(elementText(letter, 'statutory-basis')).not.toContain('пп. 7) п. 2 ст. 25');
    expect(elementText(letter, 'statutory-term')).toBe('Установленный срок ответа: 3 рабочих дня — до 26.11.2026 18:00 (UTC+05:00, Алматы)');
    expect(elementText(letter, 'answer-date')).toContain('в установленный срок');
  });

  it('a restriction: its own title, the date of destruction from the outcome', () => {
    const restrict: ActionRecord = { ...refusal, id: 'a2', kind: 'restrict', data: { ...refusal.data, until: '2031-11-25' } };
    const facts = outcomeFactsOf(restrict, { rfSubject: false }, obligationsOf(['destruction'], false))!;
    expect(facts).toMatchObject({ variant: 'restriction', destroyAfter: '2031-11-25' });
    const letter = buildRefusalLetter({ ...refusalLftKk, basis: facts.basis, variant: facts.variant, destroyAfter: '2031-11-25' }, 'ru');
    expect(letter.title).toMatch(/^ОТВЕТ об ограничении доступа/);
    expect(elementText(letter, 'statutory-basis')).toContain('п. 3 ст. 41 Цифрового кодекса');
    expect(elementText(letter, 'destruction-date')).toContain('25.11.2031');
  });

  it('a destruction confirmation cites the ground it was made on', () => {
    const destroy: ActionRecord = {
      ...refusal,
      id: 'a3',
      kind: 'destroy',
      data: { grounds: [], ruleId: 'kz.consent-withdrawal.stop', basis: 'consent-withdrawn' },
    };
    const record = {
      id: 'c',
      number: 'DSR-2026-0001',
      year: 2026,
      seq: 1,
      status: 'open' as const,
      receivedAt: RECEIVED,
      enteredAt: RECEIVED,
      channel: 'email' as const,
      language: 'ru' as const,
      jurisdiction: 'kz' as const,
      rfSubject: false,
      requestTypes: ['consent-withdrawal' as const],
      subject: { fullName: KZ_BORROWER_REQUEST.subject.fullName },
      description: '',
      subjectName: '',
      subjectIin: '',
      searchTokens: [],
      nextDueAt: '',
      updatedAt: RECEIVED,
    };
    const input = confirmationInputOf(LFT, record, { number: 'DPO/1', date: '2026-11-25' }, 'confirmation-destroyed', destroy, {
      scope: { kk: 'барлық', ru: 'все' },
      systems: [],
    });
    expect(input.basis?.map((b) => b.ru)).toEqual(['ст. 8 п. 7, ст. 24 п. 1 пп. 5) Закона РК № 94-V']);
  });

  it('terms in words', () => {
    expect(termWords({ unit: 'calendar-days', count: 30 })).toEqual({ kk: '30 күнтізбелік күн', ru: '30 календарных дней' });
    expect(termWords({ unit: 'working-days', count: 1 }).ru).toBe('1 рабочий день');
    expect(termWords({ unit: 'months', count: 6 }).ru).toBe('6 месяцев');
  });
});

describe('RF paths (152-FZ Art. 21)', () => {
  const done = (o: ObligationRecord): ObligationRecord => ({ ...o, status: 'done', completedAt: o.triggerAt });

  it('RF correction: blocked at once (R6); inaccuracy confirmed → R7 within 7 WD from the documents’ submission, not the verification', () => {
    const all = obligationsOf(['correction'], true);
    expect(all.map((o) => o.ruleId)).toEqual(['kz.correction.change', 'ru.block', 'ru.correction.change']);
    const block = find(all, 'ru.block');
    expect(block).toMatchObject({ dueAt: RECEIVED, urgentFromStart: true });
    const blocked = done(block);
    const plan = planAction('verify-confirmed', blocked, [blocked], '2026-11-27T05:00:00.000Z');
    expect(plan.spawns).toEqual([{ ruleId: 'ru.inaccuracy.clarify-unblock', clock: 'parent-trigger', from: RECEIVED }]);
    // 7 WD from Mon 23.11.2026 → Wed 02.12.2026 18:00 Almaty.
    expect(spawnedObligations(plan.spawns, blocked.id, context)[0]).toMatchObject({ dueAt: '2026-12-02T13:00:00.000Z' });
  });

  it('RF blocking: unlawful processing confirmed → R8 stop (3 WD) and R9 destroy (10 WD) from the detection', () => {
    const blocked = done(find(obligationsOf(['blocking'], true), 'ru.block'));
    expect(allowedActions(blocked, [blocked])).toEqual(['verify-confirmed', 'verify-not-confirmed', 'verify-unlawful']);
    const plan = planAction('verify-unlawful', blocked, [blocked], '2026-11-24T05:00:00.000Z');
    const spawned = spawnedObligations(plan.spawns, blocked.id, context).map((o) => [o.ruleId, o.dueAt]);
    // Detected Tue 24.11.2026: 3 WD → Fri 27.11; 10 WD → Tue 08.12 (18:00 Almaty).
    expect(spawned).toEqual([
      ['ru.unlawful.stop', '2026-11-27T13:00:00.000Z'],
      ['ru.unlawful.destroy', '2026-12-08T13:00:00.000Z'],
    ]);
  });

  it('unlawful processing request: R6, R8, R9 at intake; destruction impossible → R14 within 6 months of the R9 term', () => {
    const all = obligationsOf(['unlawful-processing'], true);
    expect(all.map((o) => o.ruleId)).toEqual(['ru.block', 'ru.unlawful.stop', 'ru.unlawful.destroy']);
    const destroy = find(all, 'ru.unlawful.destroy');
    const plan = planAction('destruction-impossible', destroy, all, '2026-12-01T05:00:00.000Z');
    expect(plan.completes).toEqual(['ru.unlawful.destroy']);
    expect(outcomeRecord('destruction-impossible', 'a')).toEqual({ kind: 'impossible', actionId: 'a' });
    expect(plan.spawns).toEqual([{ ruleId: 'ru.destruction-impossible.destroy', clock: 'parent-due', from: destroy.dueAt }]);
    const [r14] = spawnedObligations(plan.spawns, destroy.id, context);
    expect(r14!.dueAt.slice(0, 7)).toBe('2027-06');
    // No second R8/R9 from a verification when the request already started them.
    expect(allowedActions(done(find(all, 'ru.block')), all)).not.toContain('verify-unlawful');
  });

  it('a destruction of unlawfully processed data cites Art. 21 p.3 and the KZ ground it was made on', () => {
    const destroy: ActionRecord = {
      id: 'a4',
      caseId: 'c',
      obligationId: 'ru.unlawful.destroy',
      kind: 'destroy',
      at: '2026-11-25T06:00:00.000Z',
      recordedAt: '2026-11-25T06:00:00.000Z',
      actor: 'dpo',
      note: '',
      data: { grounds: [], ruleId: 'ru.unlawful.destroy', basis: 'unlawful-processing' },
    };
    const record = {
      id: 'c',
      number: 'DSR-2026-0002',
      year: 2026,
      seq: 2,
      status: 'open' as const,
      receivedAt: RECEIVED,
      enteredAt: RECEIVED,
      channel: 'email' as const,
      language: 'ru' as const,
      jurisdiction: 'kz' as const,
      rfSubject: true,
      requestTypes: ['unlawful-processing' as const],
      subject: { fullName: 'Смирнова Мария Андреевна' },
      description: '',
      subjectName: '',
      subjectIin: '',
      searchTokens: [],
      nextDueAt: '',
      updatedAt: RECEIVED,
    };
    const input = confirmationInputOf(LFT, record, { number: 'DPO/2', date: '2026-11-25' }, 'confirmation-destroyed', destroy, {
      scope: { kk: 'барлық', ru: 'все' },
      systems: [],
    });
    expect(input.basis?.map((b) => b.ru)).toEqual([
      'ст. 25 п. 2 пп. 8) абз. четвёртый, ст. 24 п. 1 пп. 4) Закона РК № 94-V',
      'ч. 3 ст. 21 Федерального закона № 152-ФЗ',
    ]);
  });
});

describe('the remaining KZ request types (K13, K14, K15)', () => {
  it('purpose achieved / term expired: destroy on the internal term, or restrict instead; an RF citizen also gets R11 (30 CD)', () => {
    const all = obligationsOf(['purpose-achieved'], true);
    expect(all.map((o) => [o.ruleId, o.dueAt])).toEqual([
      // 10 WD [I] from Mon 23.11.2026 → Mon 07.12.2026; R11 30 CD → Wed 23.12.2026.
      ['kz.purpose-achieved.destroy', '2026-12-07T13:00:00.000Z'],
      ['ru.purpose-achieved.destroy', '2026-12-23T13:00:00.000Z'],
    ]);
    expect(planAction('destroy', all[0]!, all, '2026-11-24T05:00:00.000Z').completes.sort()).toEqual([
      'kz.purpose-achieved.destroy',
      'ru.purpose-achieved.destroy',
    ]);
    expect(allowedActions(all[0]!, all)).toContain('restrict');
  });

  it('the KZ authorized body’s request (K14) and the proof of consent (K15) are answered by providing', () => {
    for (const [type, rule] of [
      ['kz-authority-request', 'kz.authority-request.answer'],
      ['consent-proof', 'kz.consent-proof.provide'],
    ] as const) {
      const all = obligationsOf([type], true);
      expect(all.map((o) => o.ruleId)).toEqual([rule]);
      expect(allowedActions(all[0]!, all)).toEqual(['provide']);
    }
  });
});

describe('partly: done in part, refused in part', () => {
  it('answers the duty (KZ and RF), records “partly”, and its letter prints the refusal basis of the duty', () => {
    const all = obligationsOf(['access'], true);
    expect(allowedActions(all[0]!, all)).toContain('partly');
    expect(planAction('partly', all[0]!, all, '2026-11-24T05:00:00.000Z').completes.sort()).toEqual(['kz.access.provide', 'ru.access.provide']);
    expect(outcomeRecord('partly', 'a')).toEqual({ kind: 'partly', actionId: 'a' });
    expect(checkAction('partly', { at: new Date('2026-11-24T05:00:00.000Z'), note: '', grounds: [], fileCount: 0 }, new Date('2026-11-24T06:00:00.000Z'))).toBe(
      'grounds',
    );
    const partly: ActionRecord = {
      id: 'p1',
      caseId: 'c',
      obligationId: 'kz.access.provide',
      kind: 'partly',
      at: '2026-11-24T05:00:00.000Z',
      recordedAt: '2026-11-24T05:00:00.000Z',
      actor: 'dpo',
      note: '',
      data: { grounds: ['ru-access-restricted-third-parties'], ruleId: 'kz.access.provide' },
    };
    const facts = outcomeFactsOf(partly, { rfSubject: true }, all)!;
    expect(facts.variant).toBe('refusal');
    expect(facts.basis.map((b) => b.ru)).toEqual(['пп. 7) п. 2 ст. 25 Закона РК № 94-V', 'ч. 2 ст. 20, ч. 8 ст. 14 Федерального закона № 152-ФЗ']);
    expect(documentOffers([partly], { rfSubject: true }).map((o) => o.kind)).toEqual(['refusal-letter']);
  });
});
