/** Strings for keyboard and screen-reader use: the skip link, announcements, names of calendar days (ru). */
import type { a11yEn } from './a11y.en';

export const a11yRu = {
  'a11y.skip': 'Перейти к содержимому',
  'a11y.menu': 'Меню',
  'a11y.registered': 'Обращение {number} зарегистрировано.',
  'a11y.recorded': 'Записано: {action}.',
  'a11y.calendar.keys':
    'Каждый месяц — одна остановка клавиши Tab: стрелки переходят по дням, Home и End — к началу и концу недели, Enter или пробел показывают день.',
  'a11y.weekdays': 'понедельник,вторник,среда,четверг,пятница,суббота,воскресенье',
  'a11y.calendar.corrected': 'ваша поправка',
  'a11y.calendar.unverified': 'требует проверки',
  'a11y.deadlines.obligation': 'Обязанность',
  'a11y.deadlines.due': 'Срок',
  'a11y.deadlines.left': 'Осталось',
} as const satisfies Record<keyof typeof a11yEn, string>;
