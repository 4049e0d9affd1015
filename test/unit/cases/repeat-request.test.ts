/**
 * R2/R2a (152-FZ Art. 14 parts 4–6): an RF citizen's repeat access request within 30 days of the first is
 * flagged with the previous request and the first day a repeat is allowed; a refusal on the repeat-request
 * ground prints Art. 14 parts 4–6.
 */
import { describe, expect, it } from 'vitest';
import { outcomeFactsOf } from '../../../shared/documents/case-documents';
import { DEFAULT_GROUNDS, groundsFor, groundsForDuty } from '../../../shared/documents/grounds';
import { outcomeBasis } from '../../../shared/documents/outcome-basis';
import { REPEAT_REQUEST_GROUND, repeatRequestOf, repeatWaitingDays, type RequestFacts } from '../../../shared/cases/repeat-request';
import type { ActionRecord, ObligationRecord } from '../../../shared/cases/model';

const ZONE = 'Asia/Almaty';
const facts = (id: string, receivedAt: string, over: Partial<RequestFacts> = {}): RequestFacts => ({
  id,
  number: `DSR-2026-00000${id}`,
  receivedAt,
  requestTypes: ['access'],
  rfSubject: true,
  subjectIin: '850101300017',
  subjectName: 'ковалев дмитрий сергеевич',
  ...over,
});

// First request Mon 02.11.2026 10:00 Almaty.
const FIRST = facts('1', '2026-11-02T05:00:00.000Z');

describe('R2: the repeat request within the waiting period', () => {
  it('30 calendar days by default (the R2 term, a [K] setting)', () => {
    expect(repeatWaitingDays()).toBe(30);
    expect(repeatWaitingDays({ 'ru.access.repeat-request.term': 20 })).toBe(20);
  });

  it('a request on day 29 after the first is a repeat; allowed from 02.12.2026', () => {
    const current = facts('2', '2026-12-01T12:00:00.000Z'); // Tue 01.12.2026 17:00 Almaty
    expect(repeatRequestOf(current, [FIRST, current], ZONE)).toEqual({
      previous: { id: '1', number: 'DSR-2026-000001', receivedAt: '2026-11-02T05:00:00.000Z' },
      days: 30,
      allowedFrom: '2026-12-02',
    });
  });

  it('on day 30 (the Almaty date, not the UTC one) it is a new request', () => {
    // 01.12.2026 19:30 UTC is 02.12.2026 00:30 in Almaty.
    expect(repeatRequestOf(facts('2', '2026-12-01T19:30:00.000Z'), [FIRST], ZONE)).toBeUndefined();
    expect(repeatRequestOf(facts('2', '2026-12-01T18:59:00.000Z'), [FIRST], ZONE)?.allowedFrom).toBe('2026-12-02');
  });

  it('the latest earlier access request counts; other subjects, other types, later cases and KZ-only subjects do not', () => {
    const second = facts('2', '2026-11-20T05:00:00.000Z');
    const current = facts('3', '2026-12-10T05:00:00.000Z');
    expect(repeatRequestOf(current, [FIRST, second], ZONE)?.previous.id).toBe('2');
    expect(repeatRequestOf(current, [FIRST], ZONE)).toBeUndefined();
    expect(
      repeatRequestOf(facts('2', '2026-11-10T05:00:00.000Z'), [facts('1', '2026-11-02T05:00:00.000Z', { subjectIin: '900215400018' })], ZONE),
    ).toBeUndefined();
    expect(
      repeatRequestOf(facts('2', '2026-11-10T05:00:00.000Z'), [facts('1', '2026-11-02T05:00:00.000Z', { requestTypes: ['destruction'] })], ZONE),
    ).toBeUndefined();
    expect(repeatRequestOf(facts('2', '2026-11-10T05:00:00.000Z'), [facts('9', '2026-11-12T05:00:00.000Z')], ZONE)).toBeUndefined();
    expect(repeatRequestOf(facts('2', '2026-11-10T05:00:00.000Z', { rfSubject: false }), [FIRST], ZONE)).toBeUndefined();
  });

  it('without an IIN on either case the same name matches; an IIN on one side only does not', () => {
    const noIin = (id: string, at: string, name = 'ковалев дмитрий сергеевич') => facts(id, at, { subjectIin: '', subjectName: name });
    expect(repeatRequestOf(noIin('2', '2026-11-10T05:00:00.000Z'), [noIin('1', '2026-11-02T05:00:00.000Z')], ZONE)?.previous.id).toBe('1');
    expect(repeatRequestOf(noIin('2', '2026-11-10T05:00:00.000Z'), [FIRST], ZONE)).toBeUndefined();
    expect(repeatRequestOf(noIin('2', '2026-11-10T05:00:00.000Z'), [noIin('1', '2026-11-02T05:00:00.000Z', 'ким ольга')], ZONE)).toBeUndefined();
  });
});

describe('R2a: the reasoned refusal of a repeat request', () => {
  it('the ground refuses access only, and only for an RF citizen', () => {
    const ground = DEFAULT_GROUNDS.find((g) => g.id === REPEAT_REQUEST_GROUND)!;
    expect(ground.citation.ru).toContain('ст. 14 ч. 4–6');
    expect(groundsForDuty(DEFAULT_GROUNDS, 'access').map((g) => g.id)).toContain(REPEAT_REQUEST_GROUND);
    expect(groundsForDuty(DEFAULT_GROUNDS, 'destruction').map((g) => g.id)).not.toContain(REPEAT_REQUEST_GROUND);
    expect(groundsFor(DEFAULT_GROUNDS, 'kz').map((g) => g.id)).not.toContain(REPEAT_REQUEST_GROUND);
    expect(groundsFor(DEFAULT_GROUNDS, 'ru-subject').map((g) => g.id)).toContain(REPEAT_REQUEST_GROUND);
  });

  it('the letter prints Art. 14 parts 4–6 for the RF duty instead of Art. 20 part 2 (R3)', () => {
    expect(outcomeBasis('kz.access.provide', 'refused', true, [REPEAT_REQUEST_GROUND]).map((b) => b.ru)).toEqual([
      'пп. 7) п. 2 ст. 25 Закона РК № 94-V',
      'ч. 4–6 ст. 14 Федерального закона № 152-ФЗ',
    ]);
    expect(outcomeBasis('ru.access.provide', 'refused', true, [REPEAT_REQUEST_GROUND]).map((b) => b.kk)).toEqual([
      '№ 152-ФЗ Федералдық заңның 14-бабының 4–6-бөліктері',
    ]);
    // Another ground: R3's basis.
    expect(outcomeBasis('kz.access.provide', 'refused', true, ['ru-access-restricted-aml']).map((b) => b.ru)[1]).toBe(
      'ч. 2 ст. 20, ч. 8 ст. 14 Федерального закона № 152-ФЗ',
    );
    const obligation: ObligationRecord = {
      id: 'o',
      caseId: 'c',
      ruleId: 'ru.access.provide',
      triggerAt: '2026-12-01T12:00:00.000Z',
      dueAt: '2026-12-15T13:00:00.000Z',
      status: 'done',
      urgentFromStart: false,
      extended: false,
      notified: [],
    };
    const action: ActionRecord = {
      id: 'a',
      caseId: 'c',
      obligationId: 'o',
      kind: 'refuse',
      at: '2026-12-03T06:00:00.000Z',
      recordedAt: '2026-12-03T06:00:00.000Z',
      actor: 'dpo',
      note: '',
      data: { grounds: [REPEAT_REQUEST_GROUND], ruleId: 'ru.access.provide' },
    };
    expect(outcomeFactsOf(action, { rfSubject: true }, [obligation])?.basis.map((b) => b.ru)).toEqual(['ч. 4–6 ст. 14 Федерального закона № 152-ФЗ']);
  });
});
