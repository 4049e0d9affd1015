import type { FeatureMessages } from './feature-messages';
import type { deskEn } from './desk.en';
import type { OneOtherForms } from '../../../shared/format/plural';

/** Күнделікті жұмыс үстелінің жолдары: іздеу, тізім реті мен белгілері, алғашқы іске қосу, баптау бөлімдері, шолу, пернелер, анықтама (kk). */
export const deskKk: FeatureMessages<typeof deskEn, OneOtherForms> = {
  'cases.sort.by': '«{column}» бағаны бойынша сұрыптау',
  'cases.sort.asc': 'өсу ретімен',
  'cases.sort.desc': 'кему ретімен',
  'cases.sort.relevance': 'Алдымен ең сәйкестері',
  'cases.mark.overdue': 'Мерзімі өтті',
  'cases.mark.today': 'Мерзімі бүгін',
  'cases.noMatch.search': '«{text}» бойынша ештеңе табылмады. Іздеу Т.А.Ә.-ның әр сөзі, нөмірлер, ЖСН, e-mail, телефон және өтініш мәтіні бойынша жүреді.',
  'cases.noMatch.filter': 'Бұл сүзгілерге сәйкес өтініштер жоқ.',
  'cases.noCases': 'Әзірге өтініштер жоқ. Біріншісін «Жаңа өтініш» батырмасымен тіркеңіз.',
};
