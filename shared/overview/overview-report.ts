/**
 * The overview as a printable PDF report (issue 13 item 6): the same rows as the screen's table and the
 * CSV, in the report's language (kk or ru), as a pdfmake definition (pure; rendered by the renderer).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY } from '../documents/fonts';
import { OVERVIEW_SECTIONS, type OverviewLabels, type OverviewRow } from './overview-table';

export interface OverviewReportText {
  readonly title: string;
  /** "Period: 01.01.2026 — 31.12.2026". */
  readonly period: string;
  /** The operator, when its profile names it. */
  readonly organisation?: string;
  /** "Prepared 01.12.2026 06:57 (Asia/Almaty)". */
  readonly prepared: string;
}

export function overviewReport(rows: readonly OverviewRow[], labels: OverviewLabels, text: OverviewReportText, lang: 'kk' | 'ru'): TDocumentDefinitions {
  const body: Content[][] = [labels.header.map((h) => ({ text: h, bold: true }))];
  for (const section of OVERVIEW_SECTIONS) {
    const inSection = rows.filter((r) => r.section === section);
    inSection.forEach((row, i) => {
      body.push([{ text: i === 0 ? labels.section(section) : '', bold: true }, { text: row.label }, { text: row.value, alignment: 'right' }]);
    });
  }
  return {
    info: { title: `${text.title} — ${text.period}` },
    language: lang,
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.12 },
    content: [
      ...(text.organisation ? [{ text: text.organisation, margin: [0, 0, 0, 6] as [number, number, number, number] }] : []),
      { text: text.title, fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      { text: text.period, margin: [0, 0, 0, 2] },
      { text: text.prepared, fontSize: 9, color: '#555555', margin: [0, 0, 0, 12] },
      { table: { headerRows: 1, widths: ['auto', '*', 'auto'], body }, layout: 'lightHorizontalLines' },
    ],
  };
}
