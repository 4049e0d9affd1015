/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (ru). */
import type { decisionsEn } from './decisions.en';

export const decisionsRu = {
  'deadlines.clocks': 'Сроки этой обязанности',
  'deadlines.clock': '{law}: {title} — срок {due}',
  'deadlines.law.kz': 'РК',
  'deadlines.law.ru': 'РФ',
} as const satisfies Record<keyof typeof decisionsEn, string>;
