/** Request and event types a case can carry, with the obligations each creates per jurisdiction. */
import type { Localized } from '../calendar/types';
import type { RuleId } from './rule-id';
import type { Jurisdiction } from './types';

export const REQUEST_TYPES = [
  'access',
  'correction',
  'blocking',
  'destruction',
  'consent-withdrawal',
  'objection-automated',
  'public-source-removal',
  'third-party-transfer',
  'stop-processing',
  'unlawful-processing',
  'purpose-achieved',
  'authority-request',
  'consent-proof',
  'kz-authority-request',
  'breach',
  'retention',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const isRequestType = (value: unknown): value is RequestType => typeof value === 'string' && (REQUEST_TYPES as readonly string[]).includes(value);

export interface RequestTypeDefinition {
  readonly id: RequestType;
  readonly label: Localized;
  /** Obligation ids created at once, per jurisdiction (absent: the type does not exist there). */
  readonly obligations: Readonly<Partial<Record<Jurisdiction, readonly RuleId[]>>>;
}

export const REQUEST_TYPE_DEFINITIONS: readonly RequestTypeDefinition[] = [
  {
    id: 'access',
    label: { kk: 'Дербес деректерге қол жеткізу', ru: 'Доступ к персональным данным', en: 'Access to personal data' },
    // One duty per jurisdiction: providing and refusing are its outcomes (legal-reference §11), not parallel clocks.
    obligations: { kz: ['kz.access.provide'], ru: ['ru.access.provide', 'ru.access.repeat-request'] },
  },
  {
    id: 'correction',
    label: { kk: 'Өзгерту және толықтыру', ru: 'Изменение и дополнение', en: 'Change and supplement (correction)' },
    // RF: the data are blocked at once for the verification (R6, Art. 21 p.1) besides the change (R4).
    obligations: { kz: ['kz.correction.change'], ru: ['ru.block', 'ru.correction.change'] },
  },
  {
    id: 'blocking',
    label: { kk: 'Бұғаттау', ru: 'Блокирование', en: 'Blocking' },
    obligations: { kz: ['kz.block'], ru: ['ru.block'] },
  },
  {
    id: 'destruction',
    label: { kk: 'Жою', ru: 'Уничтожение', en: 'Destruction' },
    // K6 runs from the confirmation of the violation: the demand is considered first (K13), K6 follows its outcome.
    obligations: { kz: ['kz.destruction.demand'], ru: ['ru.destruction.destroy'] },
  },
  {
    id: 'consent-withdrawal',
    label: { kk: 'Келісімді кері қайтарып алу', ru: 'Отзыв согласия', en: 'Withdrawal of consent' },
    obligations: { kz: ['kz.consent-withdrawal.stop'], ru: ['ru.consent-withdrawal.stop'] },
  },
  {
    id: 'objection-automated',
    label: {
      kk: 'Автоматтандырылған өңдеуге қарсылық',
      ru: 'Возражение против автоматизированной обработки',
      en: 'Objection to automated processing',
    },
    obligations: { kz: ['kz.objection-automated.answer'] },
  },
  {
    id: 'public-source-removal',
    label: {
      kk: 'Жалпыға бірдей қолжетімді көздерден алып тастау',
      ru: 'Исключение из общедоступных источников',
      en: 'Exclusion from publicly available sources',
    },
    obligations: { kz: ['kz.public-source.exclude'] },
  },
  {
    id: 'third-party-transfer',
    label: { kk: 'Үшінші тұлғаға беру', ru: 'Передача третьему лицу', en: 'Transfer to a third party' },
    obligations: { kz: ['kz.third-party-transfer.notify'] },
  },
  {
    id: 'stop-processing',
    label: { kk: 'Өңдеуді тоқтату туралы талап', ru: 'Требование о прекращении обработки', en: 'Demand to stop processing' },
    obligations: { ru: ['ru.stop-processing.stop'] },
  },
  {
    id: 'unlawful-processing',
    label: { kk: 'Заңсыз өңдеудің анықталуы', ru: 'Выявление неправомерной обработки', en: 'Unlawful processing detected' },
    // R6 block at once, R8 stop (3 WD), R9 destroy (10 WD) from the detection.
    obligations: { ru: ['ru.block', 'ru.unlawful.stop', 'ru.unlawful.destroy'] },
  },
  {
    id: 'purpose-achieved',
    label: { kk: 'Өңдеу мақсатына қол жеткізу', ru: 'Достижение цели обработки', en: 'Purpose of processing achieved' },
    obligations: { kz: ['kz.purpose-achieved.destroy'], ru: ['ru.purpose-achieved.destroy'] },
  },
  {
    id: 'authority-request',
    label: { kk: 'Уәкілетті органның сұрау салуы', ru: 'Запрос уполномоченного органа', en: 'Request of the authorized body' },
    obligations: { ru: ['ru.authority-request.answer'] },
  },
  {
    id: 'kz-authority-request',
    label: {
      kk: 'ҚР уәкілетті органының сұрау салуы (шағымды қарау кезінде)',
      ru: 'Запрос уполномоченного органа РК (при рассмотрении обращения)',
      en: 'Request of the KZ authorized body (while it handles a complaint)',
    },
    obligations: { kz: ['kz.authority-request.answer'] },
  },
  {
    id: 'consent-proof',
    label: { kk: 'Келісімнің дәлелі', ru: 'Доказательство согласия', en: 'Proof of consent' },
    obligations: { kz: ['kz.consent-proof.provide'] },
  },
  {
    id: 'breach',
    label: {
      kk: 'Дербес деректер қауіпсіздігінің бұзылуы',
      ru: 'Нарушение безопасности персональных данных',
      en: 'Breach of personal-data security',
    },
    obligations: { kz: ['kz.breach.notify-authority', 'kz.breach.notice-content'], ru: ['ru.breach.notify-24h', 'ru.breach.notify-72h'] },
  },
  {
    id: 'retention',
    label: { kk: 'Сақтау мерзімдері', ru: 'Сроки хранения', en: 'Retention periods' },
    obligations: { kz: ['kz.retention.aml', 'kz.retention.limitation'] },
  },
];
