import type { FeatureMessages } from './feature-messages';
import type { wordsEn } from './words.en';
import type { OneOtherForms } from '../../../shared/format/plural';

/** Түзетілген тұжырымдардың жолдары: уақыт аралықтары, енгізілген таңбалар саны, болжамды күнтізбе туралы ескерту (kk). */
export const wordsKk: FeatureMessages<typeof wordsEn, OneOtherForms> = {
  'span.days': { one: '{count} күн', other: '{count} күн' },
  'span.hours': { one: '{count} сағат', other: '{count} сағат' },
  'span.minutes': { one: '{count} минут', other: '{count} минут' },
  'span.overdue': '{span} кешіктірілді',
  'span.left': '{span} қалды',
  'text.long.typed': { one: '{count} таңба енгізілді.', other: '{count} таңба енгізілді.' },
  'estimate.badge': 'Болжамды күнтізбе',
  'estimate.explain':
    'Мерзім {years} жылға түседі: осы жылдың демалыс күндерінің ресми күнтізбесі әлі жарияланған жоқ, жұмыс күндері болжам бойынша есептелді, күн жылжуы мүмкін. Күнтізбе жарияланғанда күнтізбе баптауларын тексеріңіз.',
  'estimate.link': 'Күнтізбе баптаулары',
  'ground.en.heading': 'Ағылшынша (оқу үшін: хаттар қазақ немесе орыс тілінде жазылады)',
  'ground.inRussian': '(сіз өзгерткен немесе қосқан: орысша көрсетілген)',
  'help.tag.P-old.name': 'бұрынғы редакция',
  'help.tag.P-old.means': 'Бұрынғы редакция болуы мүмкін ресми мәтін оқылды: кейінгі өзгерістер болуы мүмкін. Сүйенбес бұрын қолданыстағы мәтінді тексеріңіз.',
};
