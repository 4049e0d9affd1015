import type { FeatureMessages } from './feature-messages';
import type { formsEn } from './forms.en';
import type { RussianForms } from '../../../shared/format/plural';

/** Строки защищённых форм: уход с несохранённым вводом, сохранённый черновик обращения, клавиша Esc (ru). */
export const formsRu: FeatureMessages<typeof formsEn, RussianForms> = {
  'leave.title': 'Уйти без сохранения?',
  'leave.body':
    'В форме есть несохранённые данные. Если уйти, они пропадут — кроме нового обращения: его черновик сохраняется и будет предложен, когда вы снова откроете форму.',
  'leave.stay': 'Остаться в форме',
  'leave.go': 'Уйти',
  'intake.draft.offer': 'Сохранён незавершённый черновик обращения от {when}.',
  'intake.draft.files': 'Приложенные файлы не сохраняются — приложите их снова.',
  'intake.draft.restore': 'Продолжить',
  'intake.draft.drop': 'Удалить черновик',
  'overview.pdf.kk': 'PDF-отчёт (на казахском)',
  'overview.pdf.ru': 'PDF-отчёт (на русском)',
  'overview.report.title': 'Обращения субъектов персональных данных: обзор',
  'overview.report.period': 'Период: {from} — {to}',
  'overview.report.prepared': 'Составлен {at} ({zone})',
  'help.keys.escape': 'Закрыть открытое окно или подтверждение (как его кнопка «Отмена»)',
};
