/** Strings of the decision paths (legal-reference §11): one dashboard row per duty, repeat requests, a body's term (ru). */
import type { RussianForms } from '../../../shared/format/plural';
import type { decisionsEn } from './decisions.en';
import type { FeatureMessages } from './feature-messages';

export const decisionsRu = {
  'deadlines.clocks': 'Сроки этой обязанности',
  'deadlines.clock': '{law}: {title} — срок {due}',
  'deadlines.law.kz': 'РК',
  'deadlines.law.ru': 'РФ',
  'case.repeat':
    'Повторный запрос (ч. 4–5 ст. 14 № 152-ФЗ): предыдущий запрос этого субъекта, {number}, получен {date}; повторный запрос допускается с {allowed}. В нём можно мотивированно отказать (ч. 6 ст. 14: основание «повторный запрос»), кроме случая, когда сведения были предоставлены не в полном объёме.',
  'intake.bodyTerm': 'Срок, установленный уполномоченным органом (рабочих дней)',
  'intake.bodyTerm.hint': 'Закон не устанавливает срок ответа на запрос органа (пп. 3-1) п. 2 ст. 25 Закона № 94-V): укажите срок из запроса.',
  'intake.bodyTerm.required': 'Укажите срок, установленный уполномоченным органом в запросе.',
  'intake.bodyTerm.range': 'Укажите целое число рабочих дней от 1 до 90.',
  'case.bodyTerm': {
    one: 'Срок, установленный уполномоченным органом в запросе: {count} рабочий день',
    few: 'Срок, установленный уполномоченным органом в запросе: {count} рабочих дня',
    many: 'Срок, установленный уполномоченным органом в запросе: {count} рабочих дней',
    other: 'Срок, установленный уполномоченным органом в запросе: {count} рабочего дня',
  },
} as const satisfies FeatureMessages<typeof decisionsEn, RussianForms>;
