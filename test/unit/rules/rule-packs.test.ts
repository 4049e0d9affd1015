import { describe, expect, it } from 'vitest';
import { ALL_RULES, KZ_RULES, LEGAL_ROW_IDS, REQUEST_TYPE_DEFINITIONS, RU_RULES, SPAWN_RULES, type ObligationRule, ruleById } from '../../../shared/rules';

type Row = [id: string, row: string, unit: string, count: number, trigger: string, startRule: string, citation: string, tag: string, editable: boolean];

/** Every row of legal-reference §1.1 and §1.2 with a numeric term. */
const EXPECTED: Row[] = [
  ['kz.access.provide', 'K1a', 'working-days', 3, 'receipt', 'next-day', 'Law 94-V Art. 25 p.2 sub.6', 'S', true],
  ['kz.access.refuse', 'K2', 'working-days', 3, 'receipt', 'next-day', 'Law 94-V Art. 25 p.2 sub.7', 'S', true],
  ['kz.correction.change', 'K4', 'working-days', 1, 'documents-received', 'next-day', 'Law 94-V Art. 25 p.2 sub.8 ind.1', 'P', false],
  ['kz.correction.destroy', 'K4', 'working-days', 1, 'documents-received', 'next-day', 'Law 94-V Art. 25 p.2 sub.8 ind.1', 'P', false],
  ['kz.block', 'K5', 'working-days', 1, 'receipt', 'next-day', 'Law 94-V Art. 25 p.2 sub.8 ind.2', 'P', false],
  ['kz.destruction.demand', 'K13', 'working-days', 3, 'receipt', 'next-day', 'Law 94-V Art. 24 p.1 sub.4', 'I', true],
  ['kz.destroy', 'K6', 'working-days', 1, 'verification-confirmed', 'next-day', 'Law 94-V Art. 25 p.2 sub.8 ind.3', 'P', false],
  ['kz.unblock', 'K7', 'working-days', 1, 'verification-not-confirmed', 'next-day', 'Law 94-V Art. 25 p.2 sub.8 ind.4', 'P', false],
  ['kz.breach.notify-authority', 'K8', 'working-days', 1, 'detection', 'from-moment', 'Law 94-V Art. 25 p.2 sub.8 ind.5', 'P', false],
  ['kz.breach.notice-content', 'K8a', 'working-days', 1, 'detection', 'from-moment', 'Order 09.08.2024 No. 481/НҚ', 'S', true],
  ['kz.public-source.exclude', 'K9', 'working-days', 1, 'receipt', 'next-day', 'Law 94-V Art. 6 parts 3–4', 'P', false],
  ['kz.consent-withdrawal.stop', 'K10', 'working-days', 15, 'receipt', 'next-day', 'Law 94-V Art. 8 p.7', 'P', false],
  ['kz.objection-automated.answer', 'K11', 'working-days', 3, 'receipt', 'next-day', 'Law 94-V Art. 19-1 p.3', 'P', false],
  ['kz.third-party-transfer.notify', 'K12', 'working-days', 10, 'transfer', 'next-day', 'Law 94-V Art. 19 p.1–2', 'P', false],
  ['kz.purpose-achieved.destroy', 'K13', 'working-days', 10, 'purpose-achieved', 'next-day', 'Law 94-V Art. 12 p.2, Art. 18 sub.1–2', 'I', true],
  ['kz.authority-request.answer', 'K14', 'working-days', 10, 'receipt', 'next-day', 'Law 94-V Art. 25 p.2 sub.3-1', 'I', true],
  ['kz.consent-proof.provide', 'K15', 'working-days', 3, 'receipt', 'next-day', 'Law 94-V Art. 25 p.2 sub.5', 'I', true],
  ['kz.retention.aml', 'K16', 'years', 5, 'relationship-ended', 'next-day', 'Art. 11 p.4', 'P-old', false],
  ['kz.retention.limitation', 'K17', 'years', 3, 'violation-known', 'next-day', 'Civil Code Art. 178 p.1', 'P-old', false],
  ['ru.access.provide', 'R1', 'working-days', 10, 'receipt', 'next-day', '152-FZ Art. 14 part 3; Art. 20 part 1', 'K', true],
  ['ru.access.repeat-request', 'R2', 'calendar-days', 30, 'receipt', 'next-day', '152-FZ Art. 14 parts 4–5', 'K', true],
  ['ru.access.refuse', 'R3', 'working-days', 10, 'receipt', 'next-day', '152-FZ Art. 20 part 2', 'K', true],
  ['ru.correction.change', 'R4', 'working-days', 7, 'documents-received', 'next-day', '152-FZ Art. 20 part 3', 'K', true],
  ['ru.destruction.destroy', 'R4a', 'working-days', 7, 'documents-received', 'next-day', '152-FZ Art. 20 part 3', 'K', true],
  ['ru.authority-request.answer', 'R5', 'working-days', 10, 'receipt', 'next-day', '152-FZ Art. 20 part 4', 'K', true],
  ['ru.block', 'R6', 'hours', 0, 'receipt', 'from-moment', '152-FZ Art. 21 part 1', 'K', true],
  ['ru.inaccuracy.clarify-unblock', 'R7', 'working-days', 7, 'documents-received', 'next-day', '152-FZ Art. 21 part 2', 'S', true],
  ['ru.unlawful.stop', 'R8', 'working-days', 3, 'detection', 'next-day', '152-FZ Art. 21 part 3', 'S', true],
  ['ru.unlawful.destroy', 'R9', 'working-days', 10, 'detection', 'next-day', '152-FZ Art. 21 part 3', 'S', true],
  ['ru.breach.notify-24h', 'R10', 'hours', 24, 'establishment', 'from-moment', '152-FZ Art. 21 part 3.1', 'S', true],
  ['ru.breach.notify-72h', 'R10', 'hours', 72, 'establishment', 'from-moment', '152-FZ Art. 21 part 3.1', 'S', true],
  ['ru.purpose-achieved.destroy', 'R11', 'calendar-days', 30, 'purpose-achieved', 'next-day', '152-FZ Art. 21 part 4', 'S', true],
  ['ru.consent-withdrawal.stop', 'R12', 'calendar-days', 30, 'receipt', 'next-day', '152-FZ Art. 21 part 5', 'S', true],
  ['ru.stop-processing.stop', 'R13', 'working-days', 10, 'receipt', 'next-day', '152-FZ Art. 21 part 5.1', 'K', true],
  ['ru.destruction-impossible.destroy', 'R14', 'months', 6, 'term-end', 'next-day', '152-FZ Art. 21 part 6', 'K', true],
  ['ru.destruction.keep-act', 'R16', 'years', 3, 'destruction', 'next-day', 'RKN Order 28.10.2022 No. 179 p.8', 'S', true],
];

describe('rule packs', () => {
  it.each(EXPECTED)('%s (%s): %s %i from %s', (id, row, unit, count, trigger, startRule, citation, tag, editable) => {
    const rule = ruleById(id);
    expect(rule).toBeDefined();
    const r = rule as ObligationRule;
    expect(r).toMatchObject({ row, term: { unit, count }, trigger, startRule, tag, editable, settingKey: `${id}.term` });
    expect(r.provenance).toContain(citation);
    expect(r.jurisdiction).toBe(id.slice(0, 2));
    expect(r.title.kk && r.title.ru && r.title.en).toBeTruthy();
  });

  it('has exactly these rules and covers every numeric row', () => {
    expect(ALL_RULES.map((r) => r.id).sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
    expect([...new Set(ALL_RULES.map((r) => r.row))].sort()).toEqual([...LEGAL_ROW_IDS].sort());
    expect(KZ_RULES.every((r) => r.jurisdiction === 'kz' && r.row.startsWith('K'))).toBe(true);
    expect(RU_RULES.every((r) => r.jurisdiction === 'ru' && r.row.startsWith('R'))).toBe(true);
  });

  it('editable exactly when the tag is S, K or I', () => {
    for (const r of ALL_RULES) expect(r.editable).toBe(['S', 'K', 'I'].includes(r.tag));
  });

  it.each([
    ['ru.access.provide', '152-FZ Art. 14 part 3; Art. 20 part 1'],
    ['ru.access.refuse', '152-FZ Art. 20 part 2'],
    ['ru.authority-request.answer', '152-FZ Art. 20 part 4'],
    ['ru.stop-processing.stop', '152-FZ Art. 21 part 5.1'],
  ])('%s may be extended by 5 WD only with a reasoned notice', (id, citation) => {
    const r = ruleById(id)!;
    expect(r.extension).toMatchObject({ term: { unit: 'working-days', count: 5 }, requires: 'extension-notice', settingKey: `${id}.extension` });
    expect(r.extension?.provenance).toContain(citation);
    expect(
      ALL_RULES.filter((x) => x.extension)
        .map((x) => x.id)
        .sort(),
    ).toContain(id);
  });

  it('only R1, R3, R5 and R13 have extensions', () => {
    expect(
      ALL_RULES.filter((r) => r.extension)
        .map((r) => r.row)
        .sort(),
    ).toEqual(['R1', 'R13', 'R3', 'R5']);
  });

  it('every request type and spawn rule names existing obligations of the right jurisdiction', () => {
    for (const d of REQUEST_TYPE_DEFINITIONS) {
      expect(d.label.kk && d.label.ru && d.label.en).toBeTruthy();
      for (const [jurisdiction, ids] of Object.entries(d.obligations)) {
        for (const id of ids ?? []) expect(ruleById(id)?.jurisdiction).toBe(jurisdiction);
      }
    }
    for (const s of SPAWN_RULES) {
      expect(ruleById(s.from)).toBeDefined();
      expect(ruleById(s.spawns)?.jurisdiction).toBe(ruleById(s.from)?.jurisdiction);
    }
  });

  it('Kazakh titles use Kazakh letters', () => {
    const kk = ALL_RULES.map((r) => r.title.kk).join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(kk).toContain(letter);
  });

  it('rules are frozen data', () => {
    expect(Object.isFrozen(ruleById('kz.block'))).toBe(true);
  });
});
