/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (kk). */
import type { decisionsEn } from './decisions.en';

export const decisionsKk = {
  'deadlines.clocks': 'Осы міндеттің мерзімдері',
  'deadlines.clock': '{law}: {title} — мерзімі {due}',
  'deadlines.law.kz': 'ҚР',
  'deadlines.law.ru': 'РФ',
  'case.repeat':
    'Қайта сұрау салу (№ 152-ФЗ 14-бабының 4–5-бөліктері): осы субъектінің алдыңғы сұрау салуы, {number}, {date} алынған; қайта сұрау салуға {allowed} бастап болады. Мәліметтер толық берілмеген жағдайды қоспағанда, одан дәлелді түрде бас тартуға болады (14-бабының 6-бөлігі: «қайта сұрау салу» негізі).',
} as const satisfies Record<keyof typeof decisionsEn, string>;
