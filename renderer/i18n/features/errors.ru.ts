/** Strings of the error surface: an area that stopped working, an action that did not complete, a load that failed (ru). */
import type { errorsEn } from './errors.en';

export const errorsRu = {
  'errors.app.title': 'Qorgau перестал работать',
  'errors.area.title': 'Раздел «{area}» перестал работать',
  'errors.body':
    'Сохранённые данные в безопасности: ошибка отображения не меняет базу данных. Вернитесь к списку обращений и продолжайте работу; если ошибка повторится, отправьте диагностический отчёт тому, кто поддерживает Qorgau.',
  'errors.task.title': 'Действие не завершено',
  'errors.task.body': 'Qorgau не смог закончить начатое. Проверьте результат и попробуйте ещё раз; если ошибка повторится, отправьте диагностический отчёт.',
  'errors.back': 'Вернуться к списку обращений',
  'errors.report': 'Отправить диагностический отчёт',
  'errors.report.hint':
    'Отчёт — это файл, который вы сохраняете сами: версии, ошибка и место, где она произошла, — без персональных данных и настроек. Ничто не покидает компьютер, пока вы сами не отправите файл.',
  'errors.dismiss': 'Закрыть',
  'errors.details': 'Технические подробности',
  'errors.load': 'Не удалось загрузить: {message}',
  'errors.retry': 'Повторить',
} as const satisfies Record<keyof typeof errorsEn, string>;
