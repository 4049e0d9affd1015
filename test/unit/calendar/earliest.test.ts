import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { computeEarliest } from '../../../shared/calendar/earliest';
import { formatTrace } from '../../../shared/calendar/trace-format';

describe('computeEarliest: RF-law deadline of a KZ operator on both calendars', () => {
  it.each([
    // 1–4 and 8–11 May 2025 are off in Russia; only 1, 7, 9 May in Kazakhstan → KZ is earlier.
    ['2025-05-01T10:00:00+05:00', 10, 'kz', '2025-05-19T18:00:00+05:00', '2025-05-20T18:00:00+05:00'],
    // Nauryz 2026: 23–25 March off in Kazakhstan only → RF is earlier.
    ['2026-03-20T10:00:00+05:00', 3, 'ru', '2026-03-30T18:00:00+05:00', '2026-03-25T18:00:00+05:00'],
  ])('from %s, %i WD → %s', (from, count, chosen, kzDue, ruDue) => {
    const r = computeEarliest({ from, term: { unit: 'working-days', count } });
    expect(r.chosen).toBe(chosen);
    expect(r.candidates.map((c) => c.dueLocal)).toEqual([kzDue, ruDue]);
    expect(r.dueLocal).toBe(chosen === 'kz' ? kzDue : ruDue);
    expect(r.law).toBe('ru');
  });

  it('on a tie keeps the first calendar listed', () => {
    const r = computeEarliest({ from: '2025-06-17T10:00:00+05:00', term: { unit: 'working-days', count: 1 } });
    expect(r.candidates[0].due).toBe(r.candidates[1].due);
    expect(r.chosen).toBe('kz');
  });

  it('puts both computations in the trace, citing the RF Civil Code', () => {
    const r = computeEarliest({ from: '2025-05-01T10:00:00+05:00', term: { unit: 'working-days', count: 10 } });
    const lines = formatTrace(r.trace, 'en');
    expect(lines[0]).toBe('— Kazakhstan calendar —');
    expect(lines).toContain('— Russia production calendar —');
    expect(lines).toContain('term starts Fri 02.05.2025 (RF Civil Code Art. 191)');
    expect(lines).toContain('skipped Thu 08.05.2025 — day off transferred from 23.02.2025 (transfer act) [reported]');
    expect(lines).toContain('skipped Wed 07.05.2025 — Defender of the Fatherland Day (holiday)');
    expect(lines.at(-1)).toBe('earlier of the two: Kazakhstan calendar, due Mon 19.05.2025 18:00 (Asia/Almaty)');
    expect(lines.filter((l) => l.startsWith('due '))).toHaveLength(2);
  });

  it('merges the warnings of both calendars', () => {
    const r = computeEarliest({ from: '2026-12-30T10:00:00+05:00', term: { unit: 'working-days', count: 3 } });
    expect(r.estimatedYears).toEqual([2027]);
    expect(r.warnings.map((w) => w.calendar)).toEqual(['kz', 'ru']);
  });

  it('hour terms give the same instant on both calendars', () => {
    const r = computeEarliest({ from: '2025-05-01T10:00:00+05:00', term: { unit: 'hours', count: 24 }, startRule: 'from-moment' });
    expect(r.dueLocal).toBe('2025-05-02T10:00:00+05:00');
    expect(r.urgentFromStart).toBe(true);
  });

  it('accepts calendars with overrides', () => {
    const kz = buildCalendar('kz', [{ date: '2025-05-02', working: false, note: 'bridge day' }]);
    const r = computeEarliest({ from: '2025-05-01T10:00:00+05:00', term: { unit: 'working-days', count: 1 }, calendars: [kz, 'ru'] });
    expect(r.candidates[0].dueLocal).toBe('2025-05-05T18:00:00+05:00');
    expect(r.candidates[1].dueLocal).toBe('2025-05-05T18:00:00+05:00');
  });
});
