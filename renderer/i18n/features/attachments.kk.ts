import type { FeatureMessages } from './feature-messages';
import type { attachmentsEn } from './attachments.en';
import type { OneOtherForms } from '../../../shared/format/plural';

/** Сақталған файлдардың жолдары: қосымшаларды және қол қойылған құжаттардың скан-көшірмелерін ашу, сақтау, істегі тізімдері (kk). */
export const attachmentsKk: FeatureMessages<typeof attachmentsEn, OneOtherForms> = {
  'files.open': 'Ашу',
  'files.save': 'Сақтау',
  'files.open.named': '{name} ашу',
  'files.save.named': '{name} сақтау',
  'files.refused': '«{name}»: мұндай файлды тек сақтауға болады — тек PDF, PNG, JPEG не TIFF суреті және қарапайым мәтін ашылады.',
  'files.downloaded': '«{name}» {file} ретінде жүктелді.',
  'files.saved': 'Сақталды: {path}',
  'files.failed': '«{name}» ашылмады немесе сақталмады: {message}',
  'files.request.title': 'Өтініш файлдары',
  'files.request.none': 'Өтінішке файл қоса берілмеген.',
  'files.action.title': 'Осы әрекеттің файлдары',
  'files.scans.title': 'Қол қойылған құжаттардың скан-көшірмелері',
  'files.scans.hint': 'Қол қойылған қағаз актінің скан-көшірмесі — акт нөмірінің қасында; субъект жіберген файлдардан бөлек.',
  'files.scans.of': '{kind} № {number}, {date}',
};
