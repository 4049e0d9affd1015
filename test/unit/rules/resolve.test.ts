import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import type { EarliestResult } from '../../../shared/calendar/earliest';
import { formatTrace } from '../../../shared/calendar/trace-format';
import { deadlineForObligation, obligationsFor, requestTypesFor, resolveTerm, ruleById, settingDefinitions, spawnedBy } from '../../../shared/rules';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(id);
  return r;
};

describe('obligationsFor', () => {
  it.each([
    ['kz', 'access', ['kz.access.provide']],
    ['kz', 'correction', ['kz.correction.change']],
    ['kz', 'blocking', ['kz.block']],
    ['kz', 'destruction', ['kz.destruction.demand']],
    ['kz', 'consent-withdrawal', ['kz.consent-withdrawal.stop']],
    ['kz', 'objection-automated', ['kz.objection-automated.answer']],
    ['kz', 'public-source-removal', ['kz.public-source.exclude']],
    ['kz', 'third-party-transfer', ['kz.third-party-transfer.notify']],
    ['kz', 'breach', ['kz.breach.notify-authority', 'kz.breach.notice-content']],
    ['kz', 'retention', ['kz.retention.aml', 'kz.retention.limitation']],
    ['kz', 'stop-processing', []],
    ['ru', 'access', ['ru.access.provide', 'ru.access.repeat-request']],
    ['ru', 'correction', ['ru.block', 'ru.correction.change']],
    ['ru', 'destruction', ['ru.destruction.destroy']],
    ['ru', 'blocking', ['ru.block']],
    ['ru', 'unlawful-processing', ['ru.block', 'ru.unlawful.stop', 'ru.unlawful.destroy']],
    ['ru', 'authority-request', ['ru.authority-request.answer']],
    ['ru', 'breach', ['ru.breach.notify-24h', 'ru.breach.notify-72h']],
    ['ru', 'purpose-achieved', ['ru.purpose-achieved.destroy']],
    ['ru', 'consent-withdrawal', ['ru.consent-withdrawal.stop']],
    ['ru', 'stop-processing', ['ru.stop-processing.stop']],
    ['ru', 'objection-automated', []],
  ] as const)('%s / %s', (jurisdiction, type, ids) => {
    expect(obligationsFor(jurisdiction, type, {}).map((o) => o.rule.id)).toEqual(ids);
  });

  it('lists the request types of each jurisdiction', () => {
    expect(requestTypesFor('kz')).not.toContain('stop-processing');
    expect(requestTypesFor('ru')).toContain('stop-processing');
  });

  it('resolves terms under the settings', () => {
    const [provide] = obligationsFor('kz', 'access', { 'kz.access.provide.term': 5 });
    expect(provide?.resolved).toMatchObject({ term: { unit: 'working-days', count: 5 }, source: 'settings' });
  });
});

describe('resolveTerm', () => {
  it('uses the pack default and its citation when nothing is set', () => {
    expect(resolveTerm(rule('kz.access.provide'), {})).toMatchObject({
      term: { unit: 'working-days', count: 3 },
      source: 'pack',
      base: { settingKey: 'kz.access.provide.term', defaultTerm: { unit: 'working-days', count: 3 } },
      tag: 'S',
      editable: true,
      ignoredSettings: [],
    });
  });

  it('an editable (S/K/I) rule takes the DPO setting, still showing the default', () => {
    const r = resolveTerm(rule('ru.access.provide'), { 'ru.access.provide.term': 7 });
    expect(r).toMatchObject({ term: { count: 7 }, source: 'settings', base: { defaultTerm: { count: 10 } } });
  });

  it('a P rule ignores (and reports) a setting', () => {
    const r = resolveTerm(rule('kz.block'), { 'kz.block.term': 5 });
    expect(r).toMatchObject({ term: { count: 1 }, source: 'pack', ignoredSettings: ['kz.block.term'] });
  });

  it.each([0, -1, 2.5, Number.NaN, 100_000])('ignores an invalid value %s', (value) => {
    const r = resolveTerm(rule('kz.access.provide'), { 'kz.access.provide.term': value });
    expect(r).toMatchObject({ term: { count: 3 }, source: 'pack', ignoredSettings: ['kz.access.provide.term'] });
  });

  it('adds the +5 WD extension only when a reasoned notice is recorded', () => {
    expect(resolveTerm(rule('ru.access.provide'), {}).term.count).toBe(10);
    const extended = resolveTerm(rule('ru.access.provide'), {}, { extended: true });
    expect(extended.term).toEqual({ unit: 'working-days', count: 15 });
    expect(extended.extension).toMatchObject({ settingKey: 'ru.access.provide.extension', term: { count: 5 } });
    expect(extended.citation.en).toContain('reasoned notice');
    expect(resolveTerm(rule('ru.access.provide'), { 'ru.access.provide.extension': 3 }, { extended: true }).term.count).toBe(13);
    // A rule without an extension ignores the flag.
    expect(resolveTerm(rule('ru.correction.change'), {}, { extended: true }).term.count).toBe(7);
  });
});

describe('spawnedBy (chained obligations)', () => {
  it.each([
    ['kz.block', 'verification-confirmed', 'kz.destroy', 'outcome', false],
    ['kz.block', 'verification-not-confirmed', 'kz.unblock', 'outcome', false],
    ['kz.correction.change', 'correction-impossible', 'kz.correction.destroy', 'parent-trigger', false],
    ['ru.access.provide', 'extension-notice', 'ru.access.provide', 'parent-trigger', true],
    ['ru.access.refuse', 'extension-notice', 'ru.access.refuse', 'parent-trigger', true],
    ['ru.authority-request.answer', 'extension-notice', 'ru.authority-request.answer', 'parent-trigger', true],
    ['ru.stop-processing.stop', 'extension-notice', 'ru.stop-processing.stop', 'parent-trigger', true],
    ['ru.block', 'verification-confirmed', 'ru.inaccuracy.clarify-unblock', 'parent-trigger', false],
    ['ru.unlawful.destroy', 'destruction-impossible', 'ru.destruction-impossible.destroy', 'parent-due', false],
    ['ru.purpose-achieved.destroy', 'destruction-impossible', 'ru.destruction-impossible.destroy', 'parent-due', false],
    ['ru.consent-withdrawal.stop', 'destruction-impossible', 'ru.destruction-impossible.destroy', 'parent-due', false],
    ['ru.stop-processing.stop', 'destruction-impossible', 'ru.destruction-impossible.destroy', 'parent-due', false],
    ['ru.destruction.destroy', 'destroyed', 'ru.destruction.keep-act', 'outcome', false],
    ['ru.unlawful.destroy', 'destroyed', 'ru.destruction.keep-act', 'outcome', false],
    ['ru.destruction-impossible.destroy', 'destroyed', 'ru.destruction.keep-act', 'outcome', false],
  ])('%s + %s → %s (clock: %s)', (from, outcome, spawns, clock, extended) => {
    expect(spawnedBy(from, outcome)).toEqual([expect.objectContaining({ rule: rule(spawns), clock, extended })]);
  });

  it('spawns nothing for other outcomes', () => {
    expect(spawnedBy('kz.destroy', 'verification-confirmed')).toEqual([]);
    expect(spawnedBy('kz.correction.change', 'extension-notice')).toEqual([]);
    expect(spawnedBy('nope', 'destroyed')).toEqual([]);
  });

  it('KZ: block → verification outcome at its own instant → destroy or unblock, 1 WD from the outcome', () => {
    const block = deadlineForObligation(rule('kz.block'), { from: '2025-03-03T10:00:00+05:00' });
    expect(block.deadline.dueLocal).toBe('2025-03-04T18:00:00+05:00');
    const outcomeAt = '2025-03-07T16:40:00+05:00';
    const [destroy] = spawnedBy('kz.block', 'verification-confirmed');
    const [unblock] = spawnedBy('kz.block', 'verification-not-confirmed');
    expect(deadlineForObligation(destroy!.rule, { from: outcomeAt }).deadline.dueLocal).toBe('2025-03-11T18:00:00+05:00');
    expect(deadlineForObligation(unblock!.rule, { from: outcomeAt }).deadline.dueLocal).toBe('2025-03-11T18:00:00+05:00');
  });
});

describe('deadlineForObligation', () => {
  it('KZ breach notice: from the moment of detection, urgent, 1 WD — the same time on the next working day (§11.1)', () => {
    const d = deadlineForObligation(rule('kz.breach.notify-authority'), { from: '2025-03-07T16:40:00+05:00' });
    expect(d.deadline).toMatchObject({ dueLocal: '2025-03-11T16:40:00+05:00', urgentFromStart: true, calendar: 'kz', law: 'kz', momentReading: 'same-time' });
    expect(formatTrace(d.deadline.trace, 'en')[0]).toBe('detected Fri 07.03.2025 16:40 (Asia/Almaty)');
  });

  it('KZ breach notice under the Art. 173 reading (a DPO setting): close of business of the next working day', () => {
    const d = deadlineForObligation(rule('kz.breach.notify-authority'), { from: '2025-03-07T16:40:00+05:00', momentReading: 'next-day' });
    expect(d.deadline).toMatchObject({ dueLocal: '2025-03-11T18:00:00+05:00', momentReading: 'next-day' });
  });

  it('RF obligations use the earlier of the KZ and RF calendars', () => {
    const d = deadlineForObligation(rule('ru.access.provide'), { from: '2025-05-01T10:00:00+05:00' });
    const e = d.deadline as EarliestResult;
    expect(e.chosen).toBe('kz');
    expect(e.candidates.map((c) => c.calendar)).toEqual(['kz', 'ru']);
    expect(e.dueLocal).toBe('2025-05-19T18:00:00+05:00');
  });

  it('RF extension: 15 WD from the same receipt', () => {
    const d = deadlineForObligation(rule('ru.access.provide'), { from: '2025-05-01T10:00:00+05:00', extended: true });
    expect(d.resolved.term.count).toBe(15);
    expect(d.deadline.dueLocal).toBe('2025-05-26T18:00:00+05:00');
  });

  it('RF breach: 24 h and 72 h from establishment, exact', () => {
    const from = '2025-03-07T16:40:00+03:00';
    expect(deadlineForObligation(rule('ru.breach.notify-24h'), { from, zone: 'Europe/Moscow' }).deadline.dueLocal).toBe('2025-03-08T16:40:00+03:00');
    expect(deadlineForObligation(rule('ru.breach.notify-72h'), { from }).deadline.dueLocal).toBe('2025-03-10T18:40:00+05:00');
  });

  it('RF block is immediate (0 h)', () => {
    const d = deadlineForObligation(rule('ru.block'), { from: '2025-03-07T16:40:00+05:00' });
    expect(d.deadline.dueLocal).toBe('2025-03-07T16:40:00+05:00');
  });

  it('R14 runs 6 months from the end of the parent term', () => {
    const parent = deadlineForObligation(rule('ru.purpose-achieved.destroy'), { from: '2025-03-01T10:00:00+05:00' });
    expect(parent.deadline.dueLocal).toBe('2025-03-31T18:00:00+05:00');
    const [r14] = spawnedBy('ru.purpose-achieved.destroy', 'destruction-impossible');
    const d = deadlineForObligation(r14!.rule, { from: parent.deadline.due });
    expect(d.deadline.dueLocal).toBe('2025-09-30T18:00:00+05:00');
  });

  it('honours settings and calendar overrides', () => {
    const kz = buildCalendar('kz', [{ date: '2025-03-12', working: false, note: 'office closed' }]);
    const d = deadlineForObligation(rule('kz.access.provide'), {
      from: '2025-03-10T10:00:00+05:00',
      settings: { 'kz.access.provide.term': 2 },
      calendars: { kz },
    });
    expect(d.resolved.source).toBe('settings');
    expect(d.deadline.dueLocal).toBe('2025-03-13T18:00:00+05:00');
  });
});

describe('settingDefinitions', () => {
  it('lists every editable term and extension with default and source', () => {
    const defs = settingDefinitions();
    expect(defs.map((d) => d.key)).toContain('kz.access.provide.term');
    expect(defs.map((d) => d.key)).toContain('ru.stop-processing.stop.extension');
    expect(defs.map((d) => d.key)).not.toContain('kz.block.term');
    expect(settingDefinitions('kz').map((d) => d.row)).toEqual(['K1a', 'K2', 'K13', 'K8a', 'K13', 'K14', 'K15']);
    for (const d of defs) expect(['S', 'K', 'I']).toContain(d.tag);
  });
});
