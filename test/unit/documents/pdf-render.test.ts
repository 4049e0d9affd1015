import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, destructionActPdf, refusalLetterPdf } from '../../../shared/documents';
import { renderPdf } from '../../fixtures/documents/pdf-node';
import { destructionAct, refusalLftKk, refusalQiwiRu } from '../../fixtures/documents/sample-data';

const hasBinary = (name: string): boolean => spawnSync(name, ['-v']).error === undefined;
const HAS_PDFTOTEXT = hasBinary('pdftotext');
const HAS_PDFFONTS = hasBinary('pdffonts');

const dir = mkdtempSync(join(tmpdir(), 'qorgau-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
const toFile = (bytes: Buffer): string => {
  counter += 1;
  const file = join(dir, `doc-${counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
};

/** pdftotext -raw, with line breaks and no-break spaces folded to single spaces. */
const pdfText = (file: string): string => {
  const out = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout.replace(/[\s\u00a0]+/gu, ' ');
};

const expectPdf = (bytes: Buffer): void => {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
  expect(bytes.length).toBeGreaterThan(20_000); // embedded font subsets
};

const ALL_KAZAKH_LETTERS = 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі';

describe('PDF rendering in Node (pdfmake 0.3, Liberation Serif)', () => {
  it('every Kazakh letter survives in all four styles', async () => {
    const def: TDocumentDefinitions = {
      defaultStyle: { font: FONT_FAMILY },
      content: [
        { text: ALL_KAZAKH_LETTERS },
        { text: ALL_KAZAKH_LETTERS, bold: true },
        { text: ALL_KAZAKH_LETTERS, italics: true },
        { text: ALL_KAZAKH_LETTERS, bold: true, italics: true },
      ],
    };
    const bytes = await renderPdf(def);
    expectPdf(bytes);
    if (!HAS_PDFTOTEXT) return;
    const text = pdfText(toFile(bytes));
    expect(text.split(ALL_KAZAKH_LETTERS)).toHaveLength(5);
  });

  it('Kazakh refusal letter', async () => {
    const bytes = await renderPdf(refusalLetterPdf(refusalLftKk, 'kk'));
    expectPdf(bytes);
    if (!HAS_PDFTOTEXT) return;
    const text = pdfText(toFile(bytes));
    for (const fragment of [
      'ДӘЛЕЛДІ ЖАУАП',
      '«Lending and Finance technologies» Микроқаржы ұйымы» ЖШС',
      'БСН 171140012343',
      'Шығыс № LFT-ДД/2026/0087',
      '2026 жылғы 9 шілде',
      '2026 жылғы 2 шілдедегі № DSR-2026-000124 өтінішке',
      'Құрметті Гүлнар Болатқызы!',
      'ЖСН: ********0152',
      '8-баптың 2-тармағы',
      'уәкілетті органға',
      'қолы / ЭЦҚ',
    ]) {
      expect(text, fragment).toContain(fragment);
    }
    expect(text).not.toContain('920229400152');
  });

  it('Russian refusal letter', async () => {
    const bytes = await renderPdf(refusalLetterPdf(refusalQiwiRu, 'ru'));
    expectPdf(bytes);
    if (!HAS_PDFTOTEXT) return;
    const text = pdfText(toFile(bytes));
    for (const fragment of [
      'МОТИВИРОВАННЫЙ ОТВЕТ',
      'ТОО «QIWI Kazakhstan»',
      'БИН 060640010247',
      'Исх. № QK/DPO/2026/0123',
      'от 08.07.2026',
      '01.07.2026 10:12 (UTC+05:00, Алматы)',
      'Закон РК от 28.08.2009 № 191-IV',
      'ст. 11 п. 4',
      'Роскомнадзор',
      'подпись / ЭЦП',
    ]) {
      expect(text, fragment).toContain(fragment);
    }
  });

  it('destruction act: every field and the landscape event-log annex', async () => {
    const bytes = await renderPdf(destructionActPdf(destructionAct(3), 'ru'));
    expectPdf(bytes);
    if (!HAS_PDFTOTEXT) return;
    const text = pdfText(toFile(bytes));
    for (const fragment of [
      'АКТ № QK-А-2026/014',
      'об уничтожении персональных данных',
      'г. Алматы',
      '14.07.2026',
      'Оператор',
      'БИН оператора',
      'Адрес оператора',
      'Лицо, осуществляющее обработку по поручению оператора',
      'Обращение (дело) и дата поступления',
      'Причина уничтожения',
      'Правовое основание',
      'Субъекты персональных данных',
      'Категории уничтоженных персональных данных',
      'Бумажные носители и количество листов',
      'Информационные системы, из которых уничтожены данные',
      'Способ уничтожения',
      'Дата и время уничтожения',
      'Срок уничтожения соблюдён',
      'Не уничтожено (исключения) и основания',
      'Таблица 1.',
      'Әбілқасымов Айгерім Серікұлы',
      'Уничтожение произвели:',
      'Председатель комиссии',
      'Приложение № 1 к акту № QK-А-2026/014 от 14.07.2026',
      'Выгрузка из журнала регистрации событий',
    ]) {
      expect(text, fragment).toContain(fragment);
    }
  });

  it.skipIf(!HAS_PDFFONTS)('embeds Liberation Serif as subsets, and nothing else', async () => {
    const file = toFile(await renderPdf(refusalLetterPdf(refusalQiwiRu, 'both')));
    const out = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/u);
      expect(cols[0]).toMatch(/^[A-Z]{6}\+LiberationSerif/u);
      // columns: name, type…, encoding, emb, sub, uni, object, id
      expect(cols.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
  });

  // How fast: pdf_act_1000_subjects_ms in `npm run bench` (test/bench/pdf.bench.ts), not here.
  it('a 1 000-subject act renders as one document', async () => {
    const bytes = await renderPdf(destructionActPdf(destructionAct(1000), 'ru'));
    expectPdf(bytes);
    if (!HAS_PDFTOTEXT) return;
    const text = pdfText(toFile(bytes));
    expect(text).toContain('1000 — перечень в таблице 1');
    expect(text).toMatch(/ 1000 \S+ \S+ \S+ ИИН \*{8}\d{4} DSR-2026-/u);
  });
});
