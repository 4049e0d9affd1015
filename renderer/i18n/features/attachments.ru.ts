import type { FeatureMessages } from './feature-messages';
import type { attachmentsEn } from './attachments.en';
import type { RussianForms } from '../../../shared/format/plural';

/** Строки хранимых файлов: открыть и сохранить вложения и сканы подписанных документов, их списки в деле (ru). */
export const attachmentsRu: FeatureMessages<typeof attachmentsEn, RussianForms> = {
  'files.open': 'Открыть',
  'files.save': 'Сохранить',
  'files.open.named': 'Открыть {name}',
  'files.save.named': 'Сохранить {name}',
  'files.refused': '«{name}»: такой файл можно только сохранить — открываются только PDF, изображения PNG, JPEG или TIFF и простой текст.',
  'files.downloaded': '«{name}» скачан как {file}.',
  'files.saved': 'Сохранено: {path}',
  'files.failed': 'Не удалось открыть или сохранить «{name}»: {message}',
  'files.request.title': 'Файлы обращения',
  'files.request.none': 'К обращению файлы не приложены.',
  'files.action.title': 'Файлы этого действия',
  'files.scans.title': 'Сканы подписанных документов',
  'files.scans.hint': 'Скан подписанного бумажного акта — рядом с номером акта; отдельно от файлов, присланных субъектом.',
  'files.scans.of': '{kind} № {number} от {date}',
};
