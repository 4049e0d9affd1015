/** Strings of the error surface: an area that stopped working, an action that did not complete, a load that failed (kk). */
import type { errorsEn } from './errors.en';

export const errorsKk = {
  'errors.app.title': 'Qorgau жұмысын тоқтатты',
  'errors.area.title': '«{area}» бөлімі жұмысын тоқтатты',
  'errors.body':
    'Сақталған деректеріңіз қауіпсіз: көрсетудегі қате дерекқорды өзгертпейді. Өтініштер тізіміне оралып, жұмысты жалғастырыңыз; қате қайталанса, Qorgau-ды қолдайтын маманға диагностикалық есеп жіберіңіз.',
  'errors.task.title': 'Әрекет аяқталмады',
  'errors.task.body': 'Qorgau бастаған ісін аяқтай алмады. Нәтижесін тексеріп, қайталап көріңіз; қате қайталанса, диагностикалық есеп жіберіңіз.',
  'errors.back': 'Өтініштер тізіміне оралу',
  'errors.report': 'Диагностикалық есеп жіберу',
  'errors.report.hint':
    'Есеп — өзіңіз сақтайтын файл: нұсқалар, қате және ол болған орын ғана — дербес деректер мен баптаулар жоқ. Файлды өзіңіз жібермесеңіз, ештеңе осы компьютерден шықпайды.',
  'errors.dismiss': 'Жабу',
  'errors.details': 'Техникалық мәліметтер',
  'errors.load': 'Жүктеу мүмкін болмады: {message}',
  'errors.retry': 'Қайталау',
} as const satisfies Record<keyof typeof errorsEn, string>;
