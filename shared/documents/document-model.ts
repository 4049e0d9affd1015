/**
 * Layout-neutral model of a document: a list of blocks (letterhead, title, paragraphs, field lists,
 * tables, signature blocks, annexes), each optionally tagged with the mandatory element it carries.
 * Builders produce it; layout.ts turns it into a pdfmake definition; tests read it as text.
 */
import type { DocumentKind, ElementId } from './elements';
import type { DocLanguage } from './model';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
}
export type Inline = string | Run;

export interface TaggedText {
  readonly text: string;
  readonly element?: ElementId;
}

export interface FieldRow {
  readonly label: string;
  readonly value: readonly Inline[];
  readonly element?: ElementId;
}

export interface TableColumn {
  readonly header: string;
  /** Relative width; '*' shares the rest, a number is points. */
  readonly width: number | '*' | 'auto';
}

export interface Signer {
  readonly position: string;
  readonly name: string;
}

export type Block =
  | {
      readonly kind: 'letterhead';
      /** Kazakh column (left) and Russian column (right), as on Kazakh companies' letter blanks. */
      readonly columns: { readonly kk: readonly TaggedText[]; readonly ru: readonly TaggedText[] };
      readonly logo?: string;
    }
  | {
      readonly kind: 'letter-meta';
      /** Outgoing number, date, reference to the request (left). */
      readonly left: readonly TaggedText[];
      /** Addressee (right). */
      readonly right: readonly TaggedText[];
    }
  | { readonly kind: 'title'; readonly lines: readonly string[]; readonly element?: ElementId }
  | { readonly kind: 'place-date'; readonly place: TaggedText; readonly date: TaggedText }
  | { readonly kind: 'heading'; readonly text: string; readonly element?: ElementId }
  | { readonly kind: 'paragraph'; readonly runs: readonly Inline[]; readonly element?: ElementId; readonly small?: boolean }
  | {
      readonly kind: 'list';
      readonly items: readonly (readonly Inline[])[];
      readonly style: 'bullet' | 'numbered';
      readonly element?: ElementId;
    }
  | { readonly kind: 'fields'; readonly rows: readonly FieldRow[]; readonly numbered: boolean }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
      readonly element?: ElementId;
      readonly size: 'normal' | 'small';
    }
  | {
      readonly kind: 'signatures';
      readonly caption?: string;
      readonly signers: readonly Signer[];
      /** Printed under the signature line, e.g. 'подпись / ЭЦП'. */
      readonly lineCaption: string;
      readonly element?: ElementId;
    }
  | {
      readonly kind: 'annex';
      readonly orientation: 'portrait' | 'landscape';
      readonly blocks: readonly Block[];
      readonly element?: ElementId;
    };

export interface DocumentModel {
  readonly kind: DocumentKind;
  readonly language: DocLanguage;
  /** PDF metadata title and the short reference printed in the footer. */
  readonly title: string;
  readonly footerNote: string;
  /** 'Page {n} of {total}' in the document's language. */
  readonly pageLabel: (page: number, total: number) => string;
  readonly blocks: readonly Block[];
}

const inlineText = (runs: readonly Inline[]): string => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');

/** Every text of a block, each paired with the element it is tagged with (if any). */
const blockTexts = (block: Block, out: { text: string; element?: ElementId }[]): void => {
  switch (block.kind) {
    case 'letterhead':
      for (const t of [...block.columns.kk, ...block.columns.ru]) out.push(t);
      return;
    case 'letter-meta':
      for (const t of [...block.left, ...block.right]) out.push(t);
      return;
    case 'title':
      out.push({ text: block.lines.join('\n'), element: block.element });
      return;
    case 'place-date':
      out.push(block.place, block.date);
      return;
    case 'heading':
      out.push({ text: block.text, element: block.element });
      return;
    case 'paragraph':
      out.push({ text: inlineText(block.runs), element: block.element });
      return;
    case 'list':
      for (const item of block.items) out.push({ text: inlineText(item), element: block.element });
      return;
    case 'fields':
      for (const row of block.rows) out.push({ text: `${row.label}: ${inlineText(row.value)}`, element: row.element });
      return;
    case 'table': {
      if (block.caption !== undefined) out.push({ text: block.caption, element: block.element });
      out.push({ text: block.columns.map((c) => c.header).join(' | '), element: block.element });
      for (const row of block.rows) out.push({ text: row.join(' | '), element: block.element });
      return;
    }
    case 'signatures':
      if (block.caption !== undefined) out.push({ text: block.caption, element: block.element });
      for (const s of block.signers) {
        out.push({ text: `${s.position} ____________ ${s.name} (${block.lineCaption})`, element: block.element });
      }
      return;
    case 'annex': {
      const inner: { text: string; element?: ElementId }[] = [];
      for (const b of block.blocks) blockTexts(b, inner);
      for (const t of inner) out.push({ text: t.text, element: t.element ?? block.element });
      return;
    }
  }
};

const allTexts = (model: DocumentModel): { text: string; element?: ElementId }[] => {
  const out: { text: string; element?: ElementId }[] = [];
  for (const block of model.blocks) blockTexts(block, out);
  return out;
};

/** The document as plain text, one block line per line (for tests, search and accessibility). */
export const documentText = (model: DocumentModel): string =>
  allTexts(model)
    .map((t) => t.text)
    .join('\n');

/** Text carried by one element, or '' when the document does not contain it. */
export const elementText = (model: DocumentModel, element: ElementId): string =>
  allTexts(model)
    .filter((t) => t.element === element)
    .map((t) => t.text)
    .join('\n');

/** Elements that the document carries with non-empty text. */
export const presentElements = (model: DocumentModel): ReadonlySet<ElementId> => {
  const set = new Set<ElementId>();
  for (const t of allTexts(model)) if (t.element !== undefined && t.text.trim() !== '') set.add(t.element);
  return set;
};

/** Mandatory elements the document lacks (empty when complete). */
export const missingElements = (model: DocumentModel, required: readonly ElementId[]): ElementId[] => {
  const present = presentElements(model);
  return required.filter((e) => !present.has(e));
};
