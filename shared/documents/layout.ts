/**
 * DocumentModel → pdfmake document definition. Pure: no fonts are loaded here (the caller registers
 * FONT_FAMILY with pdfmake), no I/O. Each language version is a pdfmake section with its own footer;
 * an annex is a separate landscape section. A4, margins 25 mm left / 17 mm right, as Kazakh business
 * letters are usually set.
 */
import type { Column, Content, ContentTable, CustomTableLayout, DynamicContent, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { Block, DocumentModel, FieldRow, Inline, TaggedText } from './document-model';
import { FONT_FAMILY } from './fonts';
import { typeset } from './typeset';

const MARGINS: [number, number, number, number] = [72, 48, 48, 56];
const RULE_COLOR = '#1f3b5c';
const MUTED = '#555555';

const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#9a9a9a',
  vLineColor: () => '#9a9a9a',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const PLAIN: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

const runs = (inline: readonly Inline[]): Content[] =>
  inline.flatMap((r) => {
    const run = typeof r === 'string' ? { text: r } : r;
    return typeset(run.text).map((f) => ({
      text: f.text,
      bold: run.bold ?? false,
      italics: run.italics ?? false,
      ...(f.noWrap ? { noWrap: true } : {}),
    }));
  });

/** A plain text as inlines that never break at a hyphen inside a word (typeset.ts); styles come from the parent. */
const plain = (text: string): Content[] => typeset(text).map((f) => (f.noWrap ? { text: f.text, noWrap: true } : { text: f.text }));

const texts = (items: readonly TaggedText[]): Content[][] => items.map((t) => plain(t.text));

const letterheadContent = (block: Extract<Block, { kind: 'letterhead' }>): Content[] => {
  const column = (items: readonly TaggedText[], alignment: 'left' | 'right'): Column => ({
    width: '*',
    alignment,
    stack: texts(items).map((t, i) => (i === 0 ? { text: t, bold: true, fontSize: 10 } : { text: t, fontSize: 8.5, color: MUTED })),
  });
  const middle: Column = block.logo === undefined ? { width: 6, text: '' } : { width: 60, image: block.logo, fit: [52, 52], alignment: 'center' };
  return [
    { columns: [column(block.columns.kk, 'left'), middle, column(block.columns.ru, 'right')], columnGap: 10 },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 6, x2: 475, y2: 6, lineWidth: 1.4, lineColor: RULE_COLOR },
        { type: 'line', x1: 0, y1: 8.5, x2: 475, y2: 8.5, lineWidth: 0.5, lineColor: RULE_COLOR },
      ],
      margin: [0, 0, 0, 14],
    },
  ];
};

const fieldsContent = (rows: readonly FieldRow[], numbered: boolean): Content => {
  const body: TableCell[][] = rows.map((row, i) => [
    { text: plain(numbered ? `${i + 1}. ${row.label}` : `${row.label}:`), bold: !numbered, fontSize: numbered ? 9.5 : 10.5 },
    { text: runs(row.value), fontSize: numbered ? 9.5 : 10.5 },
  ]);
  const table: ContentTable = {
    table: { widths: numbered ? [170, '*'] : [150, '*'], body, dontBreakRows: true },
    layout: numbered ? GRID : PLAIN,
    margin: [0, 2, 0, 8],
  };
  return table;
};

const tableContent = (block: Extract<Block, { kind: 'table' }>): Content => {
  const header: TableCell[] = block.columns.map((c) => ({ text: plain(c.header), bold: true, fillColor: '#e9edf2' }));
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: block.columns.map((c) => c.width),
      body: [header, ...block.rows.map((r) => r.map((cell): TableCell => ({ text: plain(cell) })))],
    },
    layout: GRID,
    fontSize: block.size === 'small' ? 8.5 : 10,
    margin: [0, 2, 0, 10],
  };
  return block.caption === undefined ? table : { stack: [{ text: plain(block.caption), bold: true, fontSize: 10, margin: [0, 4, 0, 3] }, table] };
};

const signaturesContent = (block: Extract<Block, { kind: 'signatures' }>): Content => {
  const body: TableCell[][] = block.signers.map((s) => [
    { text: plain(s.position), fontSize: 10.5 },
    {
      stack: [
        { text: ' ', fontSize: 10 },
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 110, y2: 0, lineWidth: 0.6 }] },
        { text: block.lineCaption, fontSize: 7, color: MUTED, alignment: 'center', margin: [0, 1, 0, 0] },
      ],
    },
    { text: plain(s.name), fontSize: 10.5, alignment: 'right' },
  ]);
  return {
    unbreakable: true,
    margin: [0, 14, 0, 4],
    stack: [
      ...(block.caption === undefined ? [] : [{ text: plain(block.caption), margin: [0, 0, 0, 8] } as Content]),
      { table: { widths: [170, 114, '*'], body }, layout: { ...PLAIN, paddingTop: () => 6, paddingBottom: () => 6 } },
    ],
  };
};

const blockContent = (block: Block): Content[] => {
  switch (block.kind) {
    case 'letterhead':
      return letterheadContent(block);
    case 'letter-meta':
      return [
        {
          columns: [
            { width: 220, stack: texts(block.left).map((t) => ({ text: t, fontSize: 10 })) },
            {
              width: '*',
              // The addressee's name is bold: the subject, or the public body a notice goes to (R5: Roskomnadzor).
              stack: block.right.map((t) => ({ text: t.text, fontSize: 10.5, bold: t.element === 'subject-identification' || t.element === 'addressee-body' })),
              margin: [40, 0, 0, 0],
            },
          ],
          margin: [0, 0, 0, 18],
        },
      ];
    case 'title':
      return [{ text: plain(block.lines.join('\n')), bold: true, fontSize: 12.5, alignment: 'center', margin: [0, 4, 0, 12] }];
    case 'place-date':
      return [
        {
          columns: [{ text: plain(block.place.text) }, { text: plain(block.date.text), alignment: 'right' }],
          margin: [0, 0, 0, 10],
        },
      ];
    case 'heading':
      return [{ text: plain(block.text), bold: true, margin: [0, 8, 0, 4] }];
    case 'paragraph':
      return [
        {
          text: runs(block.runs),
          alignment: 'justify',
          margin: [0, 0, 0, 6],
          ...(block.small === true ? { fontSize: 8.5, color: MUTED } : {}),
        },
      ];
    case 'list': {
      const items = block.items.map((item) => ({ text: runs(item) }));
      return [
        block.style === 'numbered' ? { ol: items, margin: [8, 0, 0, 6], alignment: 'justify' } : { ul: items, margin: [8, 0, 0, 6], alignment: 'justify' },
      ];
    }
    case 'fields':
      return [fieldsContent(block.rows, block.numbered)];
    case 'table':
      return [tableContent(block)];
    case 'signatures':
      return [signaturesContent(block)];
    case 'annex':
      return [];
  }
};

const footerFor =
  (model: DocumentModel): DynamicContent =>
  (currentPage, pageCount) => ({
    margin: [MARGINS[0], 18, MARGINS[2], 0],
    fontSize: 8,
    color: MUTED,
    columns: [
      { text: plain(model.footerNote), width: '*' },
      { text: plain(model.pageLabel(currentPage, pageCount)), width: 'auto', alignment: 'right' },
    ],
  });

/**
 * The last block of a section without its bottom margin: a margin that no longer fits on the page makes pdfmake
 * open a blank page, and the next section (the Russian half) would then be laid on that page under the
 * previous section's footer — Kazakh page labels on a Russian page (issue 17).
 */
const withoutTrailingMargin = (items: Content[]): Content[] => {
  const last = items.at(-1);
  if (last === undefined || typeof last !== 'object' || Array.isArray(last) || !('margin' in last) || !Array.isArray(last.margin)) return items;
  const [l, t, r] = last.margin as [number, number, number, number];
  return [...items.slice(0, -1), { ...last, margin: [l, t, r, 0] }];
};

const sectionsFor = (model: DocumentModel): Content[] => {
  const main: Content[] = [];
  const annexes: Extract<Block, { kind: 'annex' }>[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'annex') annexes.push(block);
    else main.push(...blockContent(block));
  }
  const footer = footerFor(model);
  return [
    { section: { stack: withoutTrailingMargin(main) }, pageOrientation: 'portrait', footer },
    ...annexes.map((annex): Content => ({
      section: { stack: withoutTrailingMargin(annex.blocks.flatMap(blockContent)) },
      pageOrientation: annex.orientation,
      footer,
    })),
  ];
};

/**
 * pdfmake definition for one or more document models (e.g. the Kazakh and the Russian version of the
 * same letter). Register FONT_FAMILY with pdfmake before creating the PDF.
 */
export const toPdfDefinition = (models: readonly DocumentModel[]): TDocumentDefinitions => {
  const first = models[0];
  if (first === undefined) throw new RangeError('toPdfDefinition: no document');
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    language: first.language === 'kk' ? 'kk-KZ' : 'ru-RU',
    info: {
      title: models.map((m) => m.title).join(' / '),
      creator: 'Qorgau',
      subject: first.kind,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.12 },
    content: models.flatMap(sectionsFor),
  };
};
