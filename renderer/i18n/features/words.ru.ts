import type { FeatureMessages } from './feature-messages';
import type { wordsEn } from './words.en';
import type { RussianForms } from '../../../shared/format/plural';

/** Строки исправленных формулировок: промежутки времени с числами, длина введённого, предупреждение о расчётном календаре (ru). */
export const wordsRu: FeatureMessages<typeof wordsEn, RussianForms> = {
  'span.days': { one: '{count} день', few: '{count} дня', many: '{count} дней', other: '{count} дня' },
  'span.hours': { one: '{count} час', few: '{count} часа', many: '{count} часов', other: '{count} часа' },
  'span.minutes': { one: '{count} мин', few: '{count} мин', many: '{count} мин', other: '{count} мин' },
  'span.overdue': 'просрочено на {span}',
  'span.left': 'осталось {span}',
  'text.long.typed': { one: 'Введён {count} символ.', few: 'Введено {count} символа.', many: 'Введено {count} символов.', other: 'Введено {count} символа.' },
  'estimate.badge': 'Расчётный календарь',
  'estimate.explain':
    'Срок считается по календарю на {years} г.: официальный календарь выходных на этот год ещё не опубликован, рабочие дни рассчитаны нами, и дата может сдвинуться. Проверьте настройки календаря, когда календарь будет опубликован.',
  'estimate.link': 'Настройки календаря',
  'ground.en.heading': 'Английский (для чтения: письма составляются на казахском или русском)',
  'ground.inRussian': '(изменено или добавлено вами: показано на русском)',
  'help.tag.P-old.name': 'прежняя редакция',
  'help.tag.P-old.means':
    'Прочитан официальный текст, который может быть прежней редакцией: более поздние изменения возможны. Перед применением сверьте действующий текст.',
};
