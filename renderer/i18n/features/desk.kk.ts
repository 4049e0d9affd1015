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
  'firstRun.title': 'Алғашқы хатқа дейін',
  'firstRun.done': 'Дайын',
  'firstRun.todo': 'Орындау керек',
  'firstRun.optional': 'Қалау бойынша',
  'firstRun.step.profile': 'Ұйым профилін толтырыңыз',
  'firstRun.step.acts': 'Жою актілерінің деректемелерін белгілеңіз',
  'firstRun.step.backup': 'Сақтық көшірмелер қалтасын таңдап, алғашқы көшірмені жасаңыз',
  'firstRun.step.lock': 'Қосымшаны бұғаттауды қосыңыз',
  'firstRun.why.profile': 'оператор, жауапты тұлға және уәкілетті орган әр хатта көрсетіледі.',
  'firstRun.why.acts': 'жою актілерінде аталатын комиссия мен жүйелер.',
  'firstRun.why.backup': 'көшірме жасалғанша істер тек осы компьютерде сақталады.',
  'firstRun.why.lock': 'үзілістен кейін құпиясөз сұрайды және сақтық көшірмелерді шифрлайды.',
  'settings.nav.label': 'Баптау бөлімдері',
  'settings.nav.all': 'Барлық баптаулар',
  'settings.nav.general': 'Тіл және уақыт',
  'settings.nav.calendar': 'Жұмыс күндерінің күнтізбелері',
  'settings.nav.terms': 'Заңдағы мерзімдер',
  'settings.nav.profile': 'Ұйым профилі',
  'settings.nav.grounds': 'Бас тарту негіздері',
  'settings.nav.acts': 'Жою актілері',
  'settings.nav.backup': 'Сақтық көшірмелер және қойма',
  'settings.nav.lock': 'Қосымшаны бұғаттау',
  'settings.nav.about': 'Бағдарлама туралы және диагностика',
  'firstRun.intro': {
    one: 'Qorgau хаттар мен актілерді шығаруы үшін {count} қадам қалды:',
    other: 'Qorgau хаттар мен актілерді шығаруы үшін {count} қадам қалды:',
  },
};
