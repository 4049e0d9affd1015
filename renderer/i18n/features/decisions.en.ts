/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (en). */
export const decisionsEn = {
  'deadlines.clocks': 'Clocks of this duty',
  'deadlines.clock': '{law}: {title} — due {due}',
  'deadlines.law.kz': 'KZ',
  'deadlines.law.ru': 'RF',
  'case.repeat':
    'Repeat request (152-FZ Art. 14 parts 4–5): the previous access request of this subject, {number}, was received on {date}; a repeat request is allowed from {allowed}. It may be refused with reasons (Art. 14 part 6: ground “repeat request”) unless the information was not given in full.',
  'intake.bodyTerm': 'Term set by the authorised body (working days)',
  'intake.bodyTerm.hint': 'The Law sets no term for the body’s request (Law 94-V Art. 25 p.2 sub.3-1): enter the one its request gives.',
  'intake.bodyTerm.required': 'Give the term the authorised body set in its request.',
  'intake.bodyTerm.range': 'Give a whole number of working days from 1 to 90.',
  'case.bodyTerm': {
    one: 'Term set by the authorised body in its request: {count} working day',
    other: 'Term set by the authorised body in its request: {count} working days',
  },
} as const;
