import type { FeatureMessages } from './feature-messages';
import type { formsEn } from './forms.en';
import type { OneOtherForms } from '../../../shared/format/plural';

/** Қорғалған формалардың жолдары: сақталмаған деректермен кету, өтініштің сақталған жобасы, Esc пернесі (kk). */
export const formsKk: FeatureMessages<typeof formsEn, OneOtherForms> = {
  'leave.title': 'Сақтамай шығасыз ба?',
  'leave.body': 'Формада сақталмаған деректер бар. Шықсаңыз, олар жоғалады — жаңа өтініштен басқасы: оның жобасы сақталып, форманы қайта ашқанда ұсынылады.',
  'leave.stay': 'Формада қалу',
  'leave.go': 'Шығу',
  'intake.draft.offer': '{when} толтырылған аяқталмаған өтініш жобасы сақталды.',
  'intake.draft.files': 'Тіркелген файлдар сақталмайды — оларды қайта тіркеңіз.',
  'intake.draft.restore': 'Жалғастыру',
  'intake.draft.drop': 'Жобаны жою',
  'overview.pdf.kk': 'PDF есеп (қазақша)',
  'overview.pdf.ru': 'PDF есеп (орысша)',
  'overview.report.title': 'Дербес деректер субъектілерінің өтініштері: шолу',
  'overview.report.period': 'Кезең: {from} — {to}',
  'overview.report.prepared': 'Жасалған уақыты: {at} ({zone})',
  'help.keys.escape': 'Алдыңғы терезені немесе растауды жабу («Болдырмау» батырмасы сияқты)',
};
