/** Strings of the "from the moment" reading (K8) and of loadable calendar files (kk). */
import type { OneOtherForms } from '../../../shared/format/plural';
import type { FeatureMessages } from './feature-messages';
import type { calendarFileEn } from './calendar-file.en';

export const calendarFileKk = {
  'moment.title': 'Оқиға «сәтінен бастап» есептелетін мерзімдер',
  'moment.hint':
    'Қауіпсіздіктің бұзылуы туралы уәкілетті органға хабарлама «анықталған сәттен бастап бір жұмыс күні ішінде» жіберіледі (94-V Заңның 25-бабы 2-тармағының 8) тармақшасының 5-абзацы). Мұндай мерзімнің қашан аяқталатынын таңдаңыз. Өзгеріс барлық ашық мерзімдерді бірден ауыстырады.',
  'moment.same-time': 'Келесі жұмыс күнінің дәл сол уақытында (әдепкі)',
  'moment.next-day': 'Келесі күннен бастап, жұмыс уақытының соңына дейін (ҚР АК 173-бабы)',
  'moment.source': 'Дереккөз',
  'moment.saved': 'Сақталды. Ауыстырылған мерзімдер: {moved}.',
  'calendarFile.title': 'Күнтізбе файлын жүктеу',
  'calendarFile.hint':
    'Мерекелер немесе демалыс күндерінің ауыстырылуы жарияланғанда, күнтізбе файлын жүктеңіз (пішімі: docs/calendar-file.md). Ол өзінде көрсетілген жылдардың жеткізілген деректерін алмастырады; күндерге енгізген өз түзетулеріңіз үстінде қалады.',
  'calendarFile.choose': 'Күнтізбе файлы (JSON)',
  'calendarFile.invalid': 'Файл жүктелмеді:',
  'calendarFile.preview': 'Файл нені өзгертеді ({calendar}, жылдар {years})',
  'calendarFile.noChanges': 'Файл жеткізілген күнтізбенің бірде-бір күнін өзгертпейді.',
  'calendarFile.change.date': 'Күні',
  'calendarFile.change.before': 'Қазір',
  'calendarFile.change.after': 'Файл бойынша',
  'calendarFile.working': 'жұмыс күні',
  'calendarFile.nonWorking': 'демалыс күні',
  'calendarFile.apply': 'Файлды қолдану',
  'calendarFile.cancel': 'Болдырмау',
  'calendarFile.applied': 'Қолданылды. Ауыстырылған мерзімдер: {moved}.',
  'calendarFile.loaded': 'Жүктелген: {name} (жылдар {years}), SHA-256 {sha}, {at}',
  'calendarFile.none': 'Файл жүктелмеген: жеткізілген деректер қолданылады.',
  'calendarFile.remove': 'Файлды жою (жеткізілген деректерге қайту)',
  'calendarFile.removed': 'Жойылды. Ауыстырылған мерзімдер: {moved}.',
} as const satisfies FeatureMessages<typeof calendarFileEn, OneOtherForms>;
