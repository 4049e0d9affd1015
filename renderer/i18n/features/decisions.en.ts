/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (en). */
export const decisionsEn = {
  'deadlines.clocks': 'Clocks of this duty',
  'deadlines.clock': '{law}: {title} — due {due}',
  'deadlines.law.kz': 'KZ',
  'deadlines.law.ru': 'RF',
  'case.repeat':
    'Repeat request (152-FZ Art. 14 parts 4–5): the previous access request of this subject, {number}, was received on {date}; a repeat request is allowed from {allowed}. It may be refused with reasons (Art. 14 part 6: ground “repeat request”) unless the information was not given in full.',
} as const;
