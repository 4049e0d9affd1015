/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (kk). */
import type { OneOtherForms } from '../../../shared/format/plural';
import type { decisionsEn } from './decisions.en';
import type { FeatureMessages } from './feature-messages';

export const decisionsKk = {
  'deadlines.clocks': 'Осы міндеттің мерзімдері',
  'deadlines.clock': '{law}: {title} — мерзімі {due}',
  'deadlines.law.kz': 'ҚР',
  'deadlines.law.ru': 'РФ',
  'case.repeat':
    'Қайта сұрау салу (№ 152-ФЗ 14-бабының 4–5-бөліктері): осы субъектінің алдыңғы сұрау салуы, {number}, {date} алынған; қайта сұрау салуға {allowed} бастап болады. Мәліметтер толық берілмеген жағдайды қоспағанда, одан дәлелді түрде бас тартуға болады (14-бабының 6-бөлігі: «қайта сұрау салу» негізі).',
  'intake.bodyTerm': 'Уәкілетті орган белгілеген мерзім (жұмыс күндері)',
  'intake.bodyTerm.hint':
    'Заң органның сұрау салуына мерзім белгілемейді (№ 94-V Заңның 25-бабы 2-тармағының 3-1) тармақшасы): сұрау салуда көрсетілген мерзімді енгізіңіз.',
  'intake.bodyTerm.required': 'Уәкілетті орган сұрау салуда белгілеген мерзімді көрсетіңіз.',
  'intake.bodyTerm.range': '1-ден 90-ға дейінгі жұмыс күндерінің бүтін санын көрсетіңіз.',
  'case.bodyTerm': {
    one: 'Уәкілетті орган сұрау салуда белгілеген мерзім: {count} жұмыс күні',
    other: 'Уәкілетті орган сұрау салуда белгілеген мерзім: {count} жұмыс күні',
  },
} as const satisfies FeatureMessages<typeof decisionsEn, OneOtherForms>;
