import type { FeatureMessages } from './feature-messages';
import type { deskEn } from './desk.en';
import type { RussianForms } from '../../../shared/format/plural';

/** Строки рабочего стола: поиск, порядок и отметки списка, первый запуск, разделы настроек, обзор, клавиши, справка (ru). */
export const deskRu: FeatureMessages<typeof deskEn, RussianForms> = {
  'cases.sort.by': 'Сортировать по столбцу «{column}»',
  'cases.sort.asc': 'по возрастанию',
  'cases.sort.desc': 'по убыванию',
  'cases.sort.relevance': 'Сначала лучшие совпадения',
  'cases.mark.overdue': 'Просрочено',
  'cases.mark.today': 'Срок сегодня',
  'cases.noMatch.search': 'Ничего не найдено по запросу «{text}». Поиск идёт по каждому слову ФИО, номерам, ИИН, e-mail, телефону и тексту обращения.',
  'cases.noMatch.filter': 'Нет обращений с такими фильтрами.',
  'cases.noCases': 'Обращений пока нет. Зарегистрируйте первое кнопкой «Новое обращение».',
};
