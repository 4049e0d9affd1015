import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/calendar/deadline';
import { formatDay, formatTrace, formatWarning } from '../../../shared/calendar/trace-format';

const march2025 = computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: { unit: 'working-days', count: 1 }, calendar: 'kz' });

describe('trace lines', () => {
  it('en', () => {
    expect(formatTrace(march2025.trace, 'en')).toEqual([
      'received Fri 07.03.2025 16:40 (Asia/Almaty)',
      'term starts Sat 08.03.2025 (Civil Code Art. 173)',
      "skipped Sat 08.03.2025 — International Women's Day (holiday)",
      'skipped Sun 09.03.2025 — weekend',
      'skipped Mon 10.03.2025 — day off moved from 08.03.2025',
      'working day 1 = Tue 11.03.2025',
      'due Tue 11.03.2025 18:00 (Asia/Almaty), close of business (Civil Code Art. 176 p.1)',
    ]);
  });

  it('ru', () => {
    expect(formatTrace(march2025.trace, 'ru')).toEqual([
      'получено: пт 07.03.2025 16:40 (Asia/Almaty)',
      'течение срока начинается: сб 08.03.2025 (ст. 173 ГК РК)',
      'не учитывается: сб 08.03.2025 — Международный женский день (праздничный день)',
      'не учитывается: вс 09.03.2025 — выходной день',
      'не учитывается: пн 10.03.2025 — выходной день, перенесённый с 08.03.2025',
      'рабочий день 1 = вт 11.03.2025',
      'срок истекает: вт 11.03.2025 18:00 (Asia/Almaty), окончание рабочего времени (п. 1 ст. 176 ГК РК)',
    ]);
  });

  it('kk', () => {
    expect(formatTrace(march2025.trace, 'kk')).toEqual([
      'алынды: жұма 07.03.2025 16:40 (Asia/Almaty)',
      'мерзімнің басталуы: сенбі 08.03.2025 (ҚР АК 173-бабы)',
      'есепке алынбайды: сенбі 08.03.2025 — Халықаралық әйелдер күні (мереке күні)',
      'есепке алынбайды: жексенбі 09.03.2025 — демалыс күні',
      'есепке алынбайды: дүйсенбі 10.03.2025 — 08.03.2025 күнінен ауыстырылған демалыс күні',
      '1-жұмыс күні = сейсенбі 11.03.2025',
      'мерзімнің аяқталуы: сейсенбі 11.03.2025 18:00 (Asia/Almaty), жұмыс уақытының соңы (ҚР АК 176-бабының 1-тармағы)',
    ]);
  });

  it.each([
    ['kk', ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі']],
    ['ru', ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']],
    ['en', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']],
  ] as const)('weekday names (%s)', (locale, names) => {
    const week = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16'];
    expect(week.map((d) => formatDay(d, locale).split(' ')[0])).toEqual(names);
  });

  it('names each holiday and move, summarises runs of plain weekends and marks reported facts', () => {
    const r = computeDeadline({ from: '2025-01-02T10:00:00+05:00', term: { unit: 'working-days', count: 3 }, calendar: 'kz' });
    expect(formatTrace(r.trace, 'en')).toEqual([
      'received Thu 02.01.2025 10:00 (Asia/Almaty)',
      'term starts Fri 03.01.2025 (Civil Code Art. 173)',
      'skipped Fri 03.01.2025 — day off transferred from 05.01.2025 (transfer act) [reported]',
      'skipped Sat 04.01.2025 — weekend',
      'working day 1 = Sun 05.01.2025 — working day by transfer (day off moved to 03.01.2025) [reported]',
      'working day 2 = Mon 06.01.2025',
      'skipped Tue 07.01.2025 — Orthodox Christmas (day off)',
      'working day 3 = Wed 08.01.2025',
      'due Wed 08.01.2025 18:00 (Asia/Almaty), close of business (Civil Code Art. 176 p.1)',
    ]);
    const nauryz = computeDeadline({ from: '2026-03-13T10:00:00+05:00', term: { unit: 'working-days', count: 6 }, calendar: 'kz' });
    const lines = formatTrace(nauryz.trace, 'en');
    expect(lines).toContain('skipped Sat 14.03.2026 – Sun 15.03.2026 — weekend (2 days)');
    expect(lines).toContain('skipped Sat 21.03.2026 — Nauryz meiramy (holiday)');
    expect(lines).toContain('skipped Wed 25.03.2026 — day off moved from 22.03.2026');
  });

  it('states the Art. 175 move of a calendar-day term', () => {
    const r = computeDeadline({ from: '2025-03-06T20:00:00Z', term: { unit: 'calendar-days', count: 30 }, calendar: 'kz' });
    expect(formatTrace(r.trace, 'en')).toEqual([
      'received Fri 07.03.2025 01:00 (Asia/Almaty)',
      'term starts Sat 08.03.2025 (Civil Code Art. 173)',
      'calendar day 30 = Sun 06.04.2025 (last day of the term)',
      'skipped Sun 06.04.2025 — weekend',
      'the last day is non-working: moved to the next working day Mon 07.04.2025 (Civil Code Art. 175)',
      'due Mon 07.04.2025 18:00 (Asia/Almaty), close of business (Civil Code Art. 176 p.1)',
    ]);
    expect(formatTrace(r.trace, 'ru')[4]).toBe('последний день срока нерабочий — переносится на ближайший рабочий день пн 07.04.2025 (ст. 175 ГК РК)');
  });

  it("describes a 'from the moment' working-day term (K8) in en, ru and kk", () => {
    const r = computeDeadline({
      from: '2026-06-02T14:35:00+05:00',
      term: { unit: 'working-days', count: 1 },
      calendar: 'kz',
      startRule: 'from-moment',
      event: 'detected',
    });
    expect(formatTrace(r.trace, 'en')).toEqual([
      'detected Tue 02.06.2026 14:35 (Asia/Almaty)',
      'the norm runs from the moment of the event: urgent from the start; the term runs from that moment, not from the next day, and ends at the same time on the last working day (DPO setting; the other reading, Civil Code Art. 173, starts it the next day)',
      'term runs from the moment itself: Tue 02.06.2026 14:35',
      'working day 1 = Wed 03.06.2026',
      'due Wed 03.06.2026 14:35 (Asia/Almaty), the same time as the event (Civil Code Art. 172)',
    ]);
    expect(formatTrace(r.trace, 'ru').at(-1)).toBe('срок истекает: ср 03.06.2026 14:35 (Asia/Almaty), то же время, что и событие (ст. 172 ГК РК)');
    expect(formatTrace(r.trace, 'kk')[2]).toBe('мерзім оқиға сәтінен басталады: сейсенбі 02.06.2026 14:35');
    const off = computeDeadline({ from: '2026-05-30T10:00:00+05:00', term: { unit: 'working-days', count: 1 }, calendar: 'kz', startRule: 'from-moment' });
    expect(formatTrace(off.trace, 'en')[3]).toBe(
      'the event fell on a non-working day (Sat 30.05.2026): there is no working-day moment to repeat, so the term ends at close of business (Civil Code Art. 176 p.1)',
    );
  });

  it('describes hour terms and month terms', () => {
    const hours = computeDeadline({
      from: '2025-03-07T16:40:00+05:00',
      term: { unit: 'hours', count: 24 },
      calendar: 'ru',
      startRule: 'from-moment',
      event: 'established',
    });
    expect(formatTrace(hours.trace, 'en')).toEqual([
      'established Fri 07.03.2025 16:40 (Asia/Almaty)',
      'the norm runs from the moment of the event: urgent from the start; the latest limit below is counted from the next day (RF Civil Code Art. 191)',
      '24 h counted from the exact moment; the calendar does not apply (RF Civil Code Art. 190)',
      'due Sat 08.03.2025 16:40 (Asia/Almaty), exact time (RF Civil Code Art. 190)',
    ]);
    const months = computeDeadline({ from: '2025-03-13T10:00:00+05:00', term: { unit: 'months', count: 6 }, calendar: 'ru' });
    expect(formatTrace(months.trace, 'kk').slice(2, 5)).toEqual([
      'мерзім (6 ай) аяқталады: сенбі 13.09.2025 (РФ АК 192-бабының 3-тармағы)',
      'есепке алынбайды: сенбі 13.09.2025 – жексенбі 14.09.2025 — демалыс күндері (2)',
      'мерзімнің соңғы күні жұмыс күні емес — келесі жұмыс күніне ауыстырылады: дүйсенбі 15.09.2025 (РФ АК 193-бабы)',
    ]);
    expect(formatTrace(months.trace, 'ru')[2]).toMatch(/^срок \(6 месяцев\) оканчивается: /u);
    const years = (count: number) => computeDeadline({ from: '2025-03-13T10:00:00+05:00', term: { unit: 'years', count }, calendar: 'ru' });
    expect(formatTrace(years(1).trace, 'ru')[2]).toMatch(/^срок \(1 год\) оканчивается: /u);
    expect(formatTrace(years(3).trace, 'ru')[2]).toMatch(/^срок \(3 года\) оканчивается: /u);
    expect(formatTrace(years(5).trace, 'ru')[2]).toMatch(/^срок \(5 лет\) оканчивается: /u);
    expect(formatTrace(years(1).trace, 'en')[2]).toMatch(/^term of 1 year ends on /u);
  });

  it('carries estimated-year warnings in all three languages', () => {
    const r = computeDeadline({ from: '2026-12-31T10:00:00+05:00', term: { unit: 'working-days', count: 1 }, calendar: 'kz' });
    expect(formatTrace(r.trace, 'en').at(-1)).toBe('warning: the Kazakhstan calendar for 2027 is an estimate (unconfirmed data) — verify the deadline');
    expect(formatTrace(r.trace, 'ru').at(-1)).toBe('внимание: календарь Казахстана на 2027 год предварительный (данные не подтверждены) — проверьте срок');
    expect(formatTrace(r.trace, 'kk').at(-1)).toBe('назар аударыңыз: Қазақстан күнтізбесі 2027 жылға болжамды (деректер расталмаған) — мерзімді тексеріңіз');
    expect(formatWarning({ code: 'estimated-year', calendar: 'ru', year: 2030, hasData: false }, 'en')).toBe(
      'warning: no Russia production calendar data for 2030: only Saturdays and Sundays are treated as days off — verify the deadline',
    );
  });

  it('marks estimated facts', () => {
    const r = computeDeadline({ from: '2027-04-30T10:00:00+03:00', term: { unit: 'working-days', count: 1 }, calendar: 'ru' });
    expect(formatTrace(r.trace, 'en')).toContain('skipped Mon 03.05.2027 — day off moved from 01.05.2027 [estimate]');
  });
});
