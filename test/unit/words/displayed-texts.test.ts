/**
 * Every citation, calendar source, rule note and refusal ground the interface shows exists in Kazakh,
 * Russian and English, and none of them is a research note: no "legal-reference", no "§" of our docs, no
 * TODO, no row ids of the research tables, and no English words in the Kazakh and Russian texts.
 */
import { describe, expect, it } from 'vitest';
import { COUNTING_CITATIONS } from '../../../shared/calendar/citations';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { daySourceText } from '../../../shared/calendar/source-texts';
import { CALENDAR_IDS, type Localized } from '../../../shared/calendar/types';
import { DEFAULT_GROUNDS } from '../../../shared/documents/grounds';
import { GROUND_NOTES, groundDisplay } from '../../../shared/documents/grounds-display';
import { ALL_RULES, settingDefinitions } from '../../../shared/rules/resolve';

const RESEARCH_MARKS = [/legal-reference/i, /§/, /\bTODO\b/, /\[(P|P-old|S|K|I)\]/, /\((K|R)\d+[a-z]?\)/, /\bpress\b/i, /\bverify\b.*\bsee\b/i];
/** Latin words allowed in Kazakh and Russian texts: Roman numerals of law numbers (94-V, 268-XIII) and the app's name. */
const LATIN_ALLOWED = /^(?:[IVXLCDM]+|Qorgau)$/;
const latinWords = (text: string): string[] => (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.test(w));
/** Cyrillic in the English texts: only the Kazakh order suffix "НҚ" of an act's number. */
const cyrillicWords = (text: string): string[] => (text.match(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+/g) ?? []).filter((w) => w !== 'НҚ');

function expectShown(what: string, text: Localized, opts: { sameAllowed?: boolean } = {}) {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    expect(text[lang].trim(), `${what} (${lang}) is empty`).not.toBe('');
    for (const mark of RESEARCH_MARKS) expect(text[lang], `${what} (${lang}) reads as a research note`).not.toMatch(mark);
  }
  expect(latinWords(text.kk), `${what}: English in Kazakh: ${text.kk}`).toEqual([]);
  expect(latinWords(text.ru), `${what}: English in Russian: ${text.ru}`).toEqual([]);
  expect(cyrillicWords(text.en), `${what}: Cyrillic in English: ${text.en}`).toEqual([]);
  if (!opts.sameAllowed) {
    expect(text.kk, `${what}: Kazakh equals Russian`).not.toBe(text.ru);
    expect(text.en, `${what}: English equals Russian`).not.toBe(text.ru);
  }
}

describe('texts the interface shows beside rules', () => {
  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s: title, citation, note and extension in kk, ru and en', (_id, rule) => {
    expectShown(`${rule.id} title`, rule.title);
    expectShown(`${rule.id} citation`, rule.citation);
    if (rule.note) expectShown(`${rule.id} note`, rule.note);
    if (rule.extension) expectShown(`${rule.id} extension citation`, rule.extension.citation);
    // What the research read is kept apart and never shown.
    expect(rule.provenance.trim()).not.toBe('');
  });

  it('the terms table shows the same localized citations and notes', () => {
    for (const d of settingDefinitions()) {
      expectShown(`${d.key} citation`, d.citation);
      if (d.note) expectShown(`${d.key} note`, d.note);
    }
  });

  it('the counting rules of the trace are cited in the three languages', () => {
    for (const [rule, byLaw] of Object.entries(COUNTING_CITATIONS)) {
      for (const [law, text] of Object.entries(byLaw)) expectShown(`counting ${rule} (${law})`, text);
    }
  });
});

describe('calendar sources the settings show', () => {
  it.each(CALENDAR_IDS.map((id) => [id] as const))('every day of 2024–2028 in the %s calendar has its source and name in kk, ru and en', (id) => {
    const calendar = buildCalendar(id, [{ date: '2026-06-01', working: false, note: 'офис закрыт' }]);
    const seen = new Set<string>();
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2029, 0, 1); time += 86_400_000) {
      const info = calendar.dayInfo(new Date(time).toISOString().slice(0, 10));
      const source = daySourceText(id, info);
      const key = `${source.kk}|${source.ru}|${source.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      expectShown(`${id} ${info.date} source (${info.kind})`, source);
      if (info.name) expectShown(`${id} ${info.date} name`, info.name);
    }
    // Holidays, weekends, moved days, transfer acts, the DPO's correction: several distinct sources.
    expect(seen.size).toBeGreaterThan(4);
  });

  it('names the transfer act with its date and number where the research knew them', () => {
    const kz = buildCalendar('kz');
    expect(daySourceText('kz', kz.dayInfo('2025-01-03')).ru).toBe(
      'Приказ Министра труда и социальной защиты населения РК от 21.11.2024 № 436 (о переносе дня отдыха); Трудовой кодекс РК, ст. 85 п. 3',
    );
    const ru = buildCalendar('ru');
    expect(daySourceText('ru', ru.dayInfo('2024-05-10')).en).toBe('Decree of the Government of the RF of 10.08.2023 No. 1314 (on moving days off)');
    expect(daySourceText('kz', kz.dayInfo('2028-05-05')).en).toMatch(/the date is estimated/);
    // A loaded calendar file's transfer act, written in Russian, is named by its date and number too.
    expect(daySourceText('ru', { kind: 'transfer-day-off', status: 'order', source: 'Постановление Правительства РФ от 01.09.2028 № 1500' }).kk).toBe(
      'РФ Үкіметінің 01.09.2028 № 1500 қаулысы (демалыс күндерін ауыстыру туралы)',
    );
  });
});

describe('refusal grounds', () => {
  it.each(DEFAULT_GROUNDS.map((g) => [g.id, g] as const))('%s is shown in the language of the interface', (_id, ground) => {
    const kk = groundDisplay(ground, ground, 'kk');
    const ru = groundDisplay(ground, ground, 'ru');
    const en = groundDisplay(ground, ground, 'en');
    expect([kk.lang, ru.lang, en.lang]).toEqual(['kk', 'ru', 'en']);
    expectShown(`${ground.id} text`, { kk: kk.text, ru: ru.text, en: en.text });
    expectShown(`${ground.id} citation`, { kk: kk.citation, ru: ru.citation, en: en.citation });
    const note = GROUND_NOTES[ground.id];
    if (note) {
      expectShown(`${ground.id} note`, note);
      expect([kk.note, ru.note, en.note]).toEqual([note.kk, note.ru, note.en]);
    }
  });

  it('an edited ground has no English translation: the English interface shows its Russian text, and no stale note', () => {
    const shipped = DEFAULT_GROUNDS[0];
    const edited = { ...shipped, text: { ...shipped.text, ru: 'Изменённый текст основания.' } };
    expect(groundDisplay(edited, shipped, 'en')).toEqual({ text: 'Изменённый текст основания.', citation: shipped.citation.ru, lang: 'ru' });
    const custom = { ...shipped, id: 'custom-1' };
    expect(groundDisplay(custom, undefined, 'en').lang).toBe('ru');
  });
});

describe('destruction reasons in the action form', () => {
  it('are shown in English in the English interface, with their basis', async () => {
    const { DESTRUCTION_REASONS } = await import('../../../shared/documents/model');
    const { DESTRUCTION_REASONS_EN } = await import('../../../shared/documents/grounds-display');
    for (const r of DESTRUCTION_REASONS) {
      expect(DESTRUCTION_REASONS_EN[r].reason.trim()).not.toBe('');
      expect(cyrillicWords(DESTRUCTION_REASONS_EN[r].reason + DESTRUCTION_REASONS_EN[r].basis)).toEqual([]);
      expect(DESTRUCTION_REASONS_EN[r].basis).toMatch(/^Law of the RK No\. 94-V, Art\. /);
    }
  });
});
