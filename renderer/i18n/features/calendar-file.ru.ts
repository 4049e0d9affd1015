/** Strings of the "from the moment" reading (K8) and of loadable calendar files (ru). */
import type { RussianForms } from '../../../shared/format/plural';
import type { FeatureMessages } from './feature-messages';
import type { calendarFileEn } from './calendar-file.en';

export const calendarFileRu = {
  'moment.title': 'Сроки «с момента» события',
  'moment.hint':
    'Уведомление уполномоченного органа о нарушении безопасности направляется «в течение одного рабочего дня с момента обнаружения» (пп. 8 абз. 5 п. 2 ст. 25 Закона 94-V). Выберите, когда истекает такой срок. Изменение сразу переносит все открытые сроки.',
  'moment.same-time': 'В то же время следующего рабочего дня (по умолчанию)',
  'moment.next-day': 'Со следующего дня, до конца рабочего времени (ст. 173 ГК РК)',
  'moment.source': 'Источник',
  'moment.saved': 'Сохранено. Перенесено сроков: {moved}.',
  'calendarFile.title': 'Загрузить файл календаря',
  'calendarFile.hint':
    'Когда объявлены праздники или переносы выходных, загрузите файл календаря (формат: docs/calendar-file.md). Он заменяет поставляемые данные указанных в нём лет; ваши собственные исправления дней остаются поверх.',
  'calendarFile.choose': 'Файл календаря (JSON)',
  'calendarFile.invalid': 'Файл не загружен:',
  'calendarFile.preview': 'Что меняет файл ({calendar}, годы {years})',
  'calendarFile.noChanges': 'Файл не меняет ни одного дня поставляемого календаря.',
  'calendarFile.change.date': 'Дата',
  'calendarFile.change.before': 'Сейчас',
  'calendarFile.change.after': 'По файлу',
  'calendarFile.working': 'рабочий день',
  'calendarFile.nonWorking': 'выходной день',
  'calendarFile.apply': 'Применить файл',
  'calendarFile.cancel': 'Отмена',
  'calendarFile.applied': 'Применено. Перенесено сроков: {moved}.',
  'calendarFile.loaded': 'Загружен: {name} (годы {years}), SHA-256 {sha}, {at}',
  'calendarFile.none': 'Файл не загружен: используются поставляемые данные.',
  'calendarFile.remove': 'Удалить файл (вернуть поставляемые данные)',
  'calendarFile.removed': 'Удалено. Перенесено сроков: {moved}.',
} as const satisfies FeatureMessages<typeof calendarFileEn, RussianForms>;
