/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (kk). */
import type { decisionsEn } from './decisions.en';

export const decisionsKk = {
  'deadlines.clocks': 'Осы міндеттің мерзімдері',
  'deadlines.clock': '{law}: {title} — мерзімі {due}',
  'deadlines.law.kz': 'ҚР',
  'deadlines.law.ru': 'РФ',
} as const satisfies Record<keyof typeof decisionsEn, string>;
