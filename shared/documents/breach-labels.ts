/** Words of the breach notices (K8/K8a to the authorized body; R10 to Roskomnadzor; the letter to subjects), kk and ru. */
import type { DetectionMethod } from '../incidents/model';
import type { DocLanguage } from './model';

export interface BreachLabels {
  readonly authorityTitle: readonly string[];
  readonly authorityIntro: (operator: string, detected: string) => string;
  readonly authorityBasis: string;
  readonly rknTitle: readonly string[];
  readonly rknIntro: (operator: string, detected: string) => string;
  readonly rknBasis: string;
  readonly resultsTitle: readonly string[];
  readonly resultsIntro: (operator: string, incident: string) => string;
  readonly subjectTitle: readonly string[];
  readonly subjectSalutation: string;
  readonly subjectIntro: (operator: string, detected: string) => string;
  readonly subjectAdvice: string;
  readonly subjectAddressee: string;
  readonly basisLabel: string;
  readonly incident: string;
  readonly detectedAt: string;
  readonly detectedHow: string;
  readonly description: string;
  readonly systems: string;
  readonly dataCategories: string;
  readonly subjects: string;
  readonly subjectsValue: (categories: string, kz: number, rf: number) => string;
  readonly rfSubjectsValue: (categories: string, rf: number) => string;
  readonly causes: string;
  readonly consequences: string;
  readonly harm: string;
  readonly measuresTaken: string;
  readonly measuresPlanned: string;
  readonly subjectsContactData: string;
  readonly contactPerson: string;
  readonly contactValue: (name: string, position: string, phone: string, email: string) => string;
  readonly investigationResults: string;
  readonly responsiblePersons: string;
  readonly noneEstablished: string;
  readonly notStated: string;
  readonly firstNotice: string;
  readonly firstNoticeValue: (number: string, date: string) => string;
  readonly firstNoticeNone: string;
  readonly method: Readonly<Record<DetectionMethod, string>>;
  readonly by: (who: string) => string;
}

const RU: BreachLabels = {
  authorityTitle: ['УВЕДОМЛЕНИЕ', 'о нарушении безопасности персональных данных'],
  authorityIntro: (operator, detected) =>
    `${operator} уведомляет о нарушении безопасности персональных данных, обнаруженном ${detected}, и сообщает следующие сведения.`,
  authorityBasis:
    'подпункт 8) пункта 2 статьи 25 (абзац пятый) Закона Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите»; Правила уведомления о нарушении безопасности персональных данных (приказ МЦРИАП РК от 09.08.2024 № 481/НҚ)',
  rknTitle: ['УВЕДОМЛЕНИЕ', 'об инциденте — неправомерной или случайной передаче (предоставлении, распространении, доступе) персональных данных'],
  rknIntro: (operator, detected) =>
    `${operator} уведомляет о факте неправомерной или случайной передачи (предоставления, распространения, доступа) персональных данных, повлекшей нарушение прав субъектов персональных данных, установленном ${detected}.`,
  rknBasis: 'часть 3.1 статьи 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  resultsTitle: ['УВЕДОМЛЕНИЕ', 'о результатах внутреннего расследования выявленного инцидента'],
  resultsIntro: (operator, incident) => `${operator} сообщает результаты внутреннего расследования инцидента № ${incident}.`,
  subjectTitle: ['ИНФОРМАЦИОННОЕ ПИСЬМО', 'о нарушении безопасности ваших персональных данных'],
  subjectSalutation: 'Уважаемый клиент!',
  subjectIntro: (operator, detected) =>
    `${operator} сообщает, что ${detected} обнаружено нарушение безопасности персональных данных, которое может затрагивать ваши данные.`,
  subjectAdvice:
    'Рекомендуем сохранять бдительность: не сообщайте коды из SMS и пароли третьим лицам, при подозрительных звонках и сообщениях от нашего имени свяжитесь с нами по указанным ниже контактам.',
  subjectAddressee: 'Субъектам персональных данных, чьи данные затронуты',
  basisLabel: 'Основание',
  incident: 'Номер инцидента в журнале оператора',
  detectedAt: 'Дата и время обнаружения',
  detectedHow: 'Как и кем обнаружено',
  description: 'Описание нарушения (инцидента)',
  systems: 'Информационные системы',
  dataCategories: 'Категории персональных данных',
  subjects: 'Категории и примерное число субъектов',
  subjectsValue: (categories, kz, rf) => `${categories}; граждане Республики Казахстан — около ${kz}; граждане Российской Федерации — около ${rf}`,
  rfSubjectsValue: (categories, rf) => `${categories}; граждане Российской Федерации — около ${rf}`,
  causes: 'Предполагаемые причины, повлекшие нарушение прав субъектов',
  consequences: 'Возможные последствия',
  harm: 'Предполагаемый вред, нанесенный правам субъектов',
  measuresTaken: 'Принятые меры по устранению последствий',
  measuresPlanned: 'Планируемые меры',
  subjectsContactData: 'Данные субъектов, необходимые для их уведомления (ФИО, ИИН, номер мобильного телефона)',
  contactPerson: 'Лицо, уполномоченное на взаимодействие по вопросам инцидента',
  contactValue: (name, position, phone, email) =>
    [name, position, phone === '' ? '' : `тел. ${phone}`, email === '' ? '' : `e-mail: ${email}`].filter((p) => p !== '').join('; '),
  investigationResults: 'Результаты внутреннего расследования',
  responsiblePersons: 'Лица, действия которых стали причиной инцидента',
  noneEstablished: 'не установлены',
  notStated: 'сведения уточняются',
  firstNotice: 'Первичное уведомление',
  firstNoticeValue: (number, date) => `исх. № ${number} от ${date}`,
  firstNoticeNone: 'не направлялось',
  method: {
    monitoring: 'средствами мониторинга',
    'employee-report': 'по сообщению работника',
    'subject-complaint': 'по обращению субъекта',
    'processor-report': 'по сообщению обработчика',
    authority: 'по сообщению государственного органа',
    audit: 'при проверке (аудите)',
    other: 'иным способом',
  },
  by: (who) => `обнаружил: ${who}`,
};

const KK: BreachLabels = {
  authorityTitle: ['ХАБАРЛАМА', 'дербес деректер қауіпсіздігінің бұзылуы туралы'],
  authorityIntro: (operator, detected) =>
    `${operator} ${detected} анықталған дербес деректер қауіпсіздігінің бұзылуы туралы хабарлайды және мынадай мәліметтерді ұсынады.`,
  authorityBasis:
    '«Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасы Заңының 25-бабы 2-тармағының 8) тармақшасы (бесінші абзац); Дербес деректер қауіпсіздігінің бұзылуы туралы хабардар ету қағидалары (ҚР ЦДИАӨМ 2024 жылғы 9 тамыздағы № 481/НҚ бұйрығы)',
  rknTitle: ['ХАБАРЛАМА', 'инцидент туралы'],
  rknIntro: (operator, detected) => `${operator} ${detected} анықталған дербес деректерді заңсыз немесе кездейсоқ беру фактісі туралы хабарлайды.`,
  rknBasis: '«Дербес деректер туралы» 27.07.2006 № 152-ФЗ Федералдық заңның 21-бабының 3.1-бөлігі',
  resultsTitle: ['ХАБАРЛАМА', 'ішкі тергеу нәтижелері туралы'],
  resultsIntro: (operator, incident) => `${operator} № ${incident} инцидент бойынша ішкі тергеу нәтижелерін хабарлайды.`,
  subjectTitle: ['АҚПАРАТТЫҚ ХАТ', 'сіздің дербес деректеріңіздің қауіпсіздігінің бұзылуы туралы'],
  subjectSalutation: 'Құрметті клиент!',
  subjectIntro: (operator, detected) =>
    `${operator} ${detected} сіздің деректеріңізге қатысты болуы мүмкін дербес деректер қауіпсіздігінің бұзылуы анықталғанын хабарлайды.`,
  subjectAdvice:
    'Сақ болуды ұсынамыз: SMS-кодтар мен құпия сөздерді үшінші тұлғаларға хабарламаңыз, біздің атымыздан күдікті қоңыраулар мен хабарламалар келсе, төменде көрсетілген байланыстар арқылы бізге хабарласыңыз.',
  subjectAddressee: 'Деректері қозғалған дербес деректер субъектілеріне',
  basisLabel: 'Негіздеме',
  incident: 'Оператор журналындағы инцидент нөмірі',
  detectedAt: 'Анықталған күні мен уақыты',
  detectedHow: 'Қалай және кім анықтады',
  description: 'Бұзушылықтың (инциденттің) сипаттамасы',
  systems: 'Ақпараттық жүйелер',
  dataCategories: 'Дербес деректердің санаттары',
  subjects: 'Субъектілердің санаттары және шамамен саны',
  subjectsValue: (categories, kz, rf) => `${categories}; Қазақстан Республикасының азаматтары — шамамен ${kz}; Ресей Федерациясының азаматтары — шамамен ${rf}`,
  rfSubjectsValue: (categories, rf) => `${categories}; Ресей Федерациясының азаматтары — шамамен ${rf}`,
  causes: 'Болжамды себептері',
  consequences: 'Ықтимал салдары',
  harm: 'Субъектілердің құқықтарына келтірілген болжамды зиян',
  measuresTaken: 'Салдарын жою үшін қабылданған шаралар',
  measuresPlanned: 'Жоспарланған шаралар',
  subjectsContactData: 'Субъектілерді хабардар ету үшін қажетті деректер (ТАӘ, ЖСН, ұялы телефон нөмірі)',
  contactPerson: 'Инцидент мәселелері бойынша өзара іс-қимылға уәкілетті адам',
  contactValue: (name, position, phone, email) =>
    [name, position, phone === '' ? '' : `тел. ${phone}`, email === '' ? '' : `e-mail: ${email}`].filter((p) => p !== '').join('; '),
  investigationResults: 'Ішкі тергеу нәтижелері',
  responsiblePersons: 'Әрекеттері инциденттің себебі болған адамдар',
  noneEstablished: 'анықталған жоқ',
  notStated: 'мәліметтер нақтылануда',
  firstNotice: 'Бастапқы хабарлама',
  firstNoticeValue: (number, date) => `шығыс № ${number}, ${date}`,
  firstNoticeNone: 'жіберілген жоқ',
  method: {
    monitoring: 'мониторинг құралдарымен',
    'employee-report': 'қызметкердің хабарламасы бойынша',
    'subject-complaint': 'субъектінің өтініші бойынша',
    'processor-report': 'өңдеушінің хабарламасы бойынша',
    authority: 'мемлекеттік органның хабарламасы бойынша',
    audit: 'тексеру (аудит) кезінде',
    other: 'өзге тәсілмен',
  },
  by: (who) => `анықтаған: ${who}`,
};

export const BREACH_LABELS: Readonly<Record<DocLanguage, BreachLabels>> = { kk: KK, ru: RU };
