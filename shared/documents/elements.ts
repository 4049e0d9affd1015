/**
 * Named elements a document must contain. Builders tag the blocks that carry them, so tests (and the UI's
 * pre-send checklist) can verify a letter or act without rendering it.
 */
/** 'case-file': the printed case file for an inspector (no statutory elements; not an issued document). */
export const DOCUMENT_KINDS = [
  'refusal-letter',
  'confirmation-letter',
  'extension-notice',
  'destruction-act',
  'information-answer',
  'retention-log-annex',
  'breach-notice',
  'breach-rkn-notice',
  'breach-rkn-results',
  'breach-subject-letter',
  'case-file',
] as const;
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
  /** The public body a letter is addressed to (R5: the extension notice to Roskomnadzor). */
  | 'addressee-body'
  // a letter to a representative names them and their authority document
  | 'representative'
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
  | 'event-log-annex'
  // breach notices (K8, K8a; 152-FZ Art. 21 part 3.1)
  | 'addressee'
  | 'incident-reference'
  | 'detection-time'
  | 'incident-description'
  | 'breach-subjects'
  | 'presumed-causes'
  | 'likely-consequences'
  | 'measures-planned'
  | 'subjects-contact-data'
  | 'contact-person'
  | 'investigation-results'
  | 'responsible-persons'
  | 'first-notice-reference'
  // issue 17: annex 1 is the information systems' event-log extract; the database's location (Art. 12 p.2)
  | 'system-log-annex'
  | 'database-location';

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
  // Annex 1 to an act of scheduled destruction: the systems' own log extract (RKN Order 179 p.2, p.5).
  'retention-log-annex': ['act-number', 'act-date', 'operator-name', 'operator-bin', 'system-log-annex', 'destruction-reason', 'commission'],
  'refusal-letter': [...LETTER_COMMON, 'request-summary', 'provided-scope', 'refused-scope', 'legal-grounds', 'measures-taken', 'appeal-rights'],
  'confirmation-letter': [...LETTER_COMMON, 'action-performed', 'action-time', 'action-scope'],
  'extension-notice': [...LETTER_COMMON, 'extension-reasons', 'original-deadline', 'new-deadline'],
  'information-answer': [...LETTER_COMMON],
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
    'system-log-annex',
    'event-log-annex',
    'database-location',
  ],
  // Law 94-V Art. 25 p.2 sub.8 ind.5 (DPO contacts) and Rules 481/НҚ (K8a: measures, subjects' data to notify them).
  'breach-notice': [
    'operator-name',
    'operator-bin',
    'operator-address',
    'outgoing-number',
    'outgoing-date',
    'addressee',
    'statutory-basis',
    'incident-reference',
    'detection-time',
    'incident-description',
    'information-systems',
    'data-categories',
    'breach-subjects',
    'measures-taken',
    'subjects-contact-data',
    'contact-person',
    'dpo-contacts',
    'signature',
  ],
  // 152-FZ Art. 21 part 3.1 p.1: the incident, presumed causes, presumed harm, measures taken, the authorised contact person.
  'breach-rkn-notice': [
    'operator-name',
    'operator-bin',
    'operator-address',
    'outgoing-number',
    'outgoing-date',
    'addressee',
    'statutory-basis',
    'incident-reference',
    'detection-time',
    'incident-description',
    'data-categories',
    'breach-subjects',
    'presumed-causes',
    'likely-consequences',
    'measures-taken',
    'contact-person',
    'signature',
  ],
  // 152-FZ Art. 21 part 3.1 p.2: results of the internal investigation and the persons responsible (if any).
  'breach-rkn-results': [
    'operator-name',
    'operator-bin',
    'operator-address',
    'outgoing-number',
    'outgoing-date',
    'addressee',
    'statutory-basis',
    'incident-reference',
    'first-notice-reference',
    'investigation-results',
    'responsible-persons',
    'contact-person',
    'signature',
  ],
  'breach-subject-letter': [
    'operator-name',
    'operator-bin',
    'operator-address',
    'outgoing-number',
    'outgoing-date',
    'detection-time',
    'data-categories',
    'likely-consequences',
    'measures-taken',
    'dpo-contacts',
    'signature',
  ],
};
