/** The documents Qorgau issues and stores (documents.kind), and the numbering series each belongs to. */

/** What the Documents panel offers and what a stored document is (documents.kind). */
export const CASE_DOCUMENT_KINDS = [
  'refusal-letter',
  'confirmation-blocked',
  'confirmation-unblocked',
  'confirmation-corrected',
  'confirmation-destroyed',
  'extension-notice',
  'destruction-act',
  'information-answer',
  /** Annex 1 to an act of scheduled destruction: the information systems' log extract, numbered in the acts' series. */
  'retention-log-annex',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/** Numbering series: outgoing letters share one, acts have their own; both restart each year. */
export const DOCUMENT_SERIES = ['letter', 'act'] as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

export const seriesOf = (kind: CaseDocumentKind): DocumentSeries => (kind === 'destruction-act' || kind === 'retention-log-annex' ? 'act' : 'letter');
