/** The wording of trace lines in Kazakh, Russian and English. */
import { selectPlural } from '../format/plural';
import type { Locale } from '../locale';
import type { TriggerEvent } from './trace-types';

export interface TracePhrases {
  /** Monday … Sunday. */
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  readonly events: Readonly<Record<TriggerEvent, string>>;
  readonly weekend: string;
  readonly holiday: string;
  readonly dayOff: string;
  readonly reported: string;
  readonly estimate: string;
  trigger(event: string, day: string, time: string, zone: string): string;
  urgent(cite: string): string;
  /** 'same-time' reading of a "from the moment" term; `cite` is the alternative (next-day) article. */
  urgentMoment(cite: string): string;
  startMoment(day: string, time: string): string;
  momentOffDay(day: string, cite: string): string;
  start(day: string, cite: string): string;
  skip(day: string, reason: string): string;
  skipWeekends(from: string, to: string, count: number): string;
  workingDay(k: number, day: string, reason: string | undefined): string;
  calendarDay(k: number, day: string): string;
  periodEnd(period: string, day: string, cite: string): string;
  moved(day: string, cite: string): string;
  hours(count: number, cite: string): string;
  due(day: string, time: string, zone: string, basis: 'close-of-business' | 'exact-time' | 'same-time', cite: string): string;
  estimatedYear(calendar: string, year: number, hasData: boolean): string;
  calendar(calendar: string): string;
  earliest(calendar: string, day: string, time: string, zone: string): string;
  movedFrom(date: string): string;
  transferredFrom(date: string): string;
  workingByTransfer(date: string): string;
  overrideDayOff(note: string): string;
  overrideWorking(note: string): string;
  months(count: number): string;
  years(count: number): string;
}

const withReason = (line: string, reason: string | undefined): string => (reason ? `${line} — ${reason}` : line);

const en: TracePhrases = {
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  events: { received: 'received', detected: 'detected', established: 'established', decided: 'decided', occurred: 'event on' },
  weekend: 'weekend',
  holiday: 'holiday',
  dayOff: 'day off',
  reported: 'reported',
  estimate: 'estimate',
  trigger: (event, day, time, zone) => `${event} ${day} ${time} (${zone})`,
  urgent: (cite) => `the norm runs from the moment of the event: urgent from the start; the latest limit below is counted from the next day (${cite})`,
  urgentMoment: (cite) =>
    `the norm runs from the moment of the event: urgent from the start; the term runs from that moment, not from the next day, and ends at the same time on the last working day (DPO setting; the other reading, ${cite}, starts it the next day)`,
  startMoment: (day, time) => `term runs from the moment itself: ${day} ${time}`,
  momentOffDay: (day, cite) =>
    `the event fell on a non-working day (${day}): there is no working-day moment to repeat, so the term ends at close of business (${cite})`,
  start: (day, cite) => `term starts ${day} (${cite})`,
  skip: (day, reason) => `skipped ${day} — ${reason}`,
  skipWeekends: (from, to, count) => `skipped ${from} – ${to} — weekend (${count} days)`,
  workingDay: (k, day, reason) => withReason(`working day ${k} = ${day}`, reason),
  calendarDay: (k, day) => `calendar day ${k} = ${day} (last day of the term)`,
  periodEnd: (period, day, cite) => `term of ${period} ends on ${day} (${cite})`,
  moved: (day, cite) => `the last day is non-working: moved to the next working day ${day} (${cite})`,
  hours: (count, cite) => `${count} h counted from the exact moment; the calendar does not apply (${cite})`,
  due: (day, time, zone, basis, cite) =>
    `due ${day} ${time} (${zone}), ${basis === 'close-of-business' ? 'close of business' : basis === 'same-time' ? 'the same time as the event' : 'exact time'} (${cite})`,
  estimatedYear: (calendar, year, hasData) =>
    hasData
      ? `warning: the ${calendar} for ${year} is an estimate (unconfirmed data) — verify the deadline`
      : `warning: no ${calendar} data for ${year}: only Saturdays and Sundays are treated as days off — verify the deadline`,
  calendar: (calendar) => `— ${calendar} —`,
  earliest: (calendar, day, time, zone) => `earlier of the two: ${calendar}, due ${day} ${time} (${zone})`,
  movedFrom: (date) => `day off moved from ${date}`,
  transferredFrom: (date) => `day off transferred from ${date} (transfer act)`,
  workingByTransfer: (date) => `working day by transfer (day off moved to ${date})`,
  overrideDayOff: (note) => `day off set by the DPO: ${note}`,
  overrideWorking: (note) => `made a working day by the DPO: ${note}`,
  months: (count) => `${count} ${selectPlural({ one: 'month', other: 'months' }, 'en', count)}`,
  years: (count) => `${count} ${selectPlural({ one: 'year', other: 'years' }, 'en', count)}`,
};

const ru: TracePhrases = {
  weekdays: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  events: { received: 'получено', detected: 'обнаружено', established: 'установлено', decided: 'принято решение', occurred: 'событие' },
  weekend: 'выходной день',
  holiday: 'праздничный день',
  dayOff: 'выходной день',
  reported: 'по сообщениям СМИ',
  estimate: 'оценка',
  trigger: (event, day, time, zone) => `${event}: ${day} ${time} (${zone})`,
  urgent: (cite) => `срок исчисляется с момента события: действовать незамедлительно; предельный срок ниже исчислен со следующего дня (${cite})`,
  urgentMoment: (cite) =>
    `срок исчисляется с момента события: действовать незамедлительно; срок течёт с самого момента, а не со следующего дня, и истекает в то же время последнего рабочего дня (настройка ответственного лица; по другому толкованию, ${cite}, срок начинается на следующий день)`,
  startMoment: (day, time) => `течение срока начинается с момента события: ${day} ${time}`,
  momentOffDay: (day, cite) =>
    `событие пришлось на нерабочий день (${day}): момента рабочего дня нет, поэтому срок истекает в конце рабочего времени (${cite})`,
  start: (day, cite) => `течение срока начинается: ${day} (${cite})`,
  skip: (day, reason) => `не учитывается: ${day} — ${reason}`,
  skipWeekends: (from, to, count) => `не учитываются: ${from} – ${to} — выходные дни (${count})`,
  workingDay: (k, day, reason) => withReason(`рабочий день ${k} = ${day}`, reason),
  calendarDay: (k, day) => `календарный день ${k} = ${day} (последний день срока)`,
  periodEnd: (period, day, cite) => `срок (${period}) оканчивается: ${day} (${cite})`,
  moved: (day, cite) => `последний день срока нерабочий — переносится на ближайший рабочий день ${day} (${cite})`,
  hours: (count, cite) => `${count} ч исчисляются с точного момента; календарь не применяется (${cite})`,
  due: (day, time, zone, basis, cite) =>
    `срок истекает: ${day} ${time} (${zone}), ${basis === 'close-of-business' ? 'окончание рабочего времени' : basis === 'same-time' ? 'то же время, что и событие' : 'точное время'} (${cite})`,
  estimatedYear: (calendar, year, hasData) =>
    hasData
      ? `внимание: ${calendar} на ${year} год предварительный (данные не подтверждены) — проверьте срок`
      : `внимание: ${calendar} — нет данных на ${year} год; нерабочими считаются только суббота и воскресенье — проверьте срок`,
  calendar: (calendar) => `— ${calendar} —`,
  earliest: (calendar, day, time, zone) => `более ранний из двух сроков: ${calendar}, ${day} ${time} (${zone})`,
  movedFrom: (date) => `выходной день, перенесённый с ${date}`,
  transferredFrom: (date) => `выходной день, перенесённый с ${date} (акт о переносе)`,
  workingByTransfer: (date) => `рабочий день по переносу (выходной перенесён на ${date})`,
  overrideDayOff: (note) => `выходной день, установленный ответственным лицом: ${note}`,
  overrideWorking: (note) => `рабочий день по решению ответственного лица: ${note}`,
  months: (count) => `${count} ${selectPlural({ one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' }, 'ru', count)}`,
  years: (count) => `${count} ${selectPlural({ one: 'год', few: 'года', many: 'лет', other: 'года' }, 'ru', count)}`,
};

const kk: TracePhrases = {
  weekdays: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  events: { received: 'алынды', detected: 'анықталды', established: 'белгіленді', decided: 'шешім қабылданды', occurred: 'оқиға' },
  weekend: 'демалыс күні',
  holiday: 'мереке күні',
  dayOff: 'демалыс күні',
  reported: 'БАҚ хабарлары бойынша',
  estimate: 'болжам',
  trigger: (event, day, time, zone) => `${event}: ${day} ${time} (${zone})`,
  urgent: (cite) => `мерзім оқиға сәтінен бастап есептеледі: дереу әрекет ету қажет; төмендегі соңғы мерзім келесі күннен бастап есептелді (${cite})`,
  urgentMoment: (cite) =>
    `мерзім оқиға сәтінен бастап есептеледі: дереу әрекет ету қажет; мерзім келесі күннен емес, сол сәттен бастап өтеді және соңғы жұмыс күнінің дәл сол уақытында аяқталады (жауапты адамның баптауы; басқа түсіндірме бойынша, ${cite}, мерзім келесі күні басталады)`,
  startMoment: (day, time) => `мерзім оқиға сәтінен басталады: ${day} ${time}`,
  momentOffDay: (day, cite) => `оқиға жұмыс емес күнге түсті (${day}): жұмыс күнінің сәті жоқ, сондықтан мерзім жұмыс уақытының соңында аяқталады (${cite})`,
  start: (day, cite) => `мерзімнің басталуы: ${day} (${cite})`,
  skip: (day, reason) => `есепке алынбайды: ${day} — ${reason}`,
  skipWeekends: (from, to, count) => `есепке алынбайды: ${from} – ${to} — демалыс күндері (${count})`,
  workingDay: (k, day, reason) => withReason(`${k}-жұмыс күні = ${day}`, reason),
  calendarDay: (k, day) => `${k}-күнтізбелік күн = ${day} (мерзімнің соңғы күні)`,
  periodEnd: (period, day, cite) => `мерзім (${period}) аяқталады: ${day} (${cite})`,
  moved: (day, cite) => `мерзімнің соңғы күні жұмыс күні емес — келесі жұмыс күніне ауыстырылады: ${day} (${cite})`,
  hours: (count, cite) => `${count} сағат нақты сәттен бастап есептеледі; күнтізбе қолданылмайды (${cite})`,
  due: (day, time, zone, basis, cite) =>
    `мерзімнің аяқталуы: ${day} ${time} (${zone}), ${basis === 'close-of-business' ? 'жұмыс уақытының соңы' : basis === 'same-time' ? 'оқиғамен бірдей уақыт' : 'нақты уақыт'} (${cite})`,
  estimatedYear: (calendar, year, hasData) =>
    hasData
      ? `назар аударыңыз: ${calendar} ${year} жылға болжамды (деректер расталмаған) — мерзімді тексеріңіз`
      : `назар аударыңыз: ${calendar} — ${year} жылға деректер жоқ; тек сенбі мен жексенбі демалыс күні деп есептеледі — мерзімді тексеріңіз`,
  calendar: (calendar) => `— ${calendar} —`,
  earliest: (calendar, day, time, zone) => `екі мерзімнің ертерегі: ${calendar}, ${day} ${time} (${zone})`,
  movedFrom: (date) => `${date} күнінен ауыстырылған демалыс күні`,
  transferredFrom: (date) => `${date} күнінен ауыстырылған демалыс күні (ауыстыру туралы акт)`,
  workingByTransfer: (date) => `ауыстыру бойынша жұмыс күні (демалыс күні ${date} күніне ауыстырылды)`,
  overrideDayOff: (note) => `жауапты адам белгілеген демалыс күні: ${note}`,
  overrideWorking: (note) => `жауапты адамның шешімімен жұмыс күні: ${note}`,
  months: (count) => `${count} ай`,
  years: (count) => `${count} жыл`,
};

export const TRACE_PHRASES: Readonly<Record<Locale, TracePhrases>> = { kk, ru, en };
