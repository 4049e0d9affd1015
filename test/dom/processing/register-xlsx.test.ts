// @vitest-environment node
/** The XLSX for the regulator: a Kazakh and a Russian sheet, one row per activity with every element. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STARTERS } from '../../../shared/processing/starters';
import { registerXlsx } from '../../../renderer/features/processing/register-xlsx';

describe('register XLSX', () => {
  it('reads back with both sheets, the header and each activity', async () => {
    const activities = STARTERS['payment-organisation'];
    const bytes = await registerXlsx({
      id: 'v',
      version: 3,
      effectiveFrom: '2026-06-01',
      savedAt: '2026-06-01T05:00:00.000Z',
      source: 'edit',
      note: '',
      activities,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Тізілім (kk)', 'Реестр (ru)']);
    const ru = book.getWorksheet('Реестр (ru)')!;
    expect(ru.getCell('A1').text).toBe('Реестр действий по обработке персональных данных, версия 3, действует с 2026-06-01');
    expect(ru.getRow(2).getCell(2).value).toBe('Цель обработки');
    expect(ru.rowCount).toBe(2 + activities.length);
    const marketing = ru.getRow(2 + activities.length);
    expect(marketing.getCell(1).value).toBe('marketing');
    expect(marketing.getCell(12).text).toContain('RU: Согласие субъекта на трансграничную передачу');
    expect(marketing.getCell(9).text).toBe('3 года с отзыва согласия');
  });
});
