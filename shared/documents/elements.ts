/**
 * Named elements a document must contain. Builders tag the blocks that carry them, so tests (and the UI's
 * pre-send checklist) can verify a letter or act without rendering it.
 */
/** 'case-file': the printed case file for an inspector (no statutory elements; not an issued document). */
export const DOCUMENT_KINDS = ['refusal-letter', 'confirmation-letter', 'extension-notice', 'destruction-act', 'case-file'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type ElementId =
  // operator and correspondence
  | 'operator-name'
  | 'operator-bin'
  | 'operator-address'
  | 'dpo-contacts'
  | 'outgoing-number'
  | 'outgoing-date'
  | 'request-reference'
  | 'subject-identification'
  | 'statutory-basis'
  | 'signature'
  // reasoned refusal (legal-reference §6)
  | 'request-summary'
  | 'provided-scope'
  | 'refused-scope'
  | 'legal-grounds'
  | 'measures-taken'
  | 'destruction-date'
  | 'appeal-rights'
  | 'statutory-term'
  | 'answer-date'
  // confirmation letters
  | 'action-performed'
  | 'action-time'
  | 'action-scope'
  // RF extension notice
  | 'extension-reasons'
  | 'original-deadline'
  | 'new-deadline'
  // destruction act (RKN Order 179 p.3 а–к + KZ internal form §4.1)
  | 'act-number'
  | 'act-date'
  | 'act-place'
  | 'processor'
  | 'subjects'
  | 'destroyed-by'
  | 'data-categories'
  | 'paper-carriers'
  | 'information-systems'
  | 'destruction-method'
  | 'destruction-reason'
  | 'legal-ground'
  | 'case-reference'
  | 'destruction-time'
  | 'deadline-met'
  | 'retained-exceptions'
  | 'commission'
  | 'event-log-annex';

const LETTER_COMMON = [
  'operator-name',
  'operator-bin',
  'operator-address',
  'dpo-contacts',
  'outgoing-number',
  'outgoing-date',
  'request-reference',
  'subject-identification',
  'statutory-basis',
  'signature',
] as const satisfies readonly ElementId[];

/**
 * Elements every document of a kind must carry. 'destruction-date' in a refusal is required only when the
 * input gives the date after which retained data are destroyed (tests check it separately).
 */
export const MANDATORY_ELEMENTS: Readonly<Record<DocumentKind, readonly ElementId[]>> = {
  'case-file': [],
  'refusal-letter': [...LETTER_COMMON, 'request-summary', 'provided-scope', 'refused-scope', 'legal-grounds', 'measures-taken', 'appeal-rights'],
  'confirmation-letter': [...LETTER_COMMON, 'action-performed', 'action-time', 'action-scope'],
  'extension-notice': [...LETTER_COMMON, 'extension-reasons', 'original-deadline', 'new-deadline'],
  'destruction-act': [
    'act-number',
    'act-date',
    'act-place',
    'operator-name',
    'operator-bin',
    'operator-address',
    'processor',
    'subjects',
    'destroyed-by',
    'data-categories',
    'paper-carriers',
    'information-systems',
    'destruction-method',
    'destruction-reason',
    'legal-ground',
    'case-reference',
    'destruction-time',
    'deadline-met',
    'retained-exceptions',
    'commission',
    'event-log-annex',
  ],
};
