/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (en). */
export const decisionsEn = {
  'deadlines.clocks': 'Clocks of this duty',
  'deadlines.clock': '{law}: {title} — due {due}',
  'deadlines.law.kz': 'KZ',
  'deadlines.law.ru': 'RF',
} as const;
