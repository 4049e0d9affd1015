/** Strings for keyboard and screen-reader use: the skip link, announcements, names of calendar days (kk). */
import type { a11yEn } from './a11y.en';

export const a11yKk = {
  'a11y.skip': 'Мазмұнға өту',
  'a11y.menu': 'Мәзір',
  'a11y.registered': '{number} өтініші тіркелді.',
  'a11y.recorded': 'Жазылды: {action}.',
  'a11y.calendar.keys':
    'Әр ай — Tab пернесінің бір аялдамасы: бағыт пернелері күндер бойынша жылжиды, Home және End — аптаның басы мен соңына, Enter немесе бос орын пернесі күнді көрсетеді.',
  'a11y.weekdays': 'дүйсенбі,сейсенбі,сәрсенбі,бейсенбі,жұма,сенбі,жексенбі',
  'a11y.calendar.corrected': 'сіздің түзетуіңіз',
  'a11y.calendar.unverified': 'тексеру керек',
  'a11y.deadlines.obligation': 'Міндет',
  'a11y.deadlines.due': 'Мерзімі',
  'a11y.deadlines.left': 'Қалған уақыт',
} as const satisfies Record<keyof typeof a11yEn, string>;
