/**
 * Starter register of a microfinance organisation, built from the seed policy of «Lending and Finance
 * technologies» МҚҰ ЖШС (seed 003_…: §2.1 purposes, §2.3 data, §2.6 recipients — credit bureaus, service
 * providers; §6.3–6.5 transfers). The seed names no storage terms: the terms are those legal-reference §11.4
 * gives for such operators (AML Art. 11 p.4 for the credit dossier and operations, Civil Code Art. 178 for
 * claims). Every entry is the DPO's to edit.
 */
import type { InformationSystem, Party, ProcessingActivity } from '../model';
import { AML_11_4, AML_5, AUTHORITIES, AUTOMATED_AND_MANUAL, CIVIL_178, CONSENT_94V, CONTRACT_94V, DIRECT_FROM_SUBJECT } from './common';

const CORE: InformationSystem = { name: 'МҚҰ есептік жүйесі / Учётная система МФО', databaseLocation: 'Алматы, Қазақстан / Алматы, Казахстан', country: 'KZ' };
const SITE: InformationSystem = {
  name: 'dengiclick.kz сайты және мобильді қосымша / Сайт dengiclick.kz и мобильное приложение',
  databaseLocation: 'Алматы, Қазақстан / Алматы, Казахстан',
  country: 'KZ',
};
const BORROWERS = { kk: 'Өтініш берушілер және қарыз алушылар', ru: 'Заявители и заёмщики' };
const CREDIT_BUREAU: Party = {
  role: 'recipient',
  name: '«Бірінші кредиттік бюро» ЖШС / ТОО «Первое кредитное бюро»',
  address: 'Алматы қ., Әл-Фараби д-лы, 77/8',
  country: 'KZ',
};
const IDENTIFICATION_CENTRE: Party = {
  role: 'recipient',
  name: 'Сәйкестендіру деректерімен алмасу орталығы / Центр обмена идентификационными данными',
  address: 'Алматы қ. / г. Алматы',
  country: 'KZ',
};
const PENSION_CENTRE: Party = {
  role: 'recipient',
  name: '«Азаматтарға арналған үкімет» МК / НАО «Правительство для граждан» (ЗТО / ГЦВП)',
  address: 'Астана қ. / г. Астана',
  country: 'KZ',
};
const COLLECTION: Party = {
  role: 'processor',
  name: 'Коллекторлық агенттік, адвокаттар, нотариус / Коллекторское агентство, адвокаты, нотариус',
  address: 'Қазақстан Республикасы / Республика Казахстан',
  country: 'KZ',
};

export const MICROFINANCE_ORGANISATION_STARTER: readonly ProcessingActivity[] = [
  {
    id: 'microloan-application',
    purpose: {
      kk: 'Өтініш берушінің есептік жазбасын қалыптастыру, МҚҰ дерекқорында тіркеу, микрокредитке өтінімді қарау және төлем қабілеттілігін бағалау',
      ru: 'Создание учётной записи заявителя, регистрация в базе МФО, рассмотрение заявки на микрокредит и оценка платёжеспособности',
    },
    legalBasis: { kind: 'consent', citation: CONSENT_94V },
    subjectCategories: BORROWERS,
    dataCategories: {
      kk: 'Сәйкестендіру деректері, байланыс ақпараты, жұмыспен қамтылуы және табысы, кредиттік тарих',
      ru: 'Идентификационные данные, контактная информация, занятость и доход, кредитная история',
    },
    dataList: {
      kk: 'Тегі, аты, әкесінің аты, азаматтығы, жынысы, туған күні мен жері, жеке басын куәландыратын құжаттың деректері, ЖСН, тіркеу мекенжайы, нақты тұратын жері, отбасы жағдайы, асырауындағылардың саны, білімі, жұмыспен қамтылуы, ай сайынғы табысы, жұмыс беруші, лауазымы, кредиттер бойынша шығыстар, телефон нөмірлері, электрондық пошта, соңғы 12 айдағы дебеттік карта бойынша шығыстар мен толықтырулар',
      ru: 'Фамилия, имя, отчество, гражданство, пол, дата и место рождения, данные документа, удостоверяющего личность, ИИН, адрес регистрации, фактическое место жительства, семейное положение, число иждивенцев, образование, занятость, ежемесячный доход, работодатель, должность, расходы по кредитам, номера телефонов, электронная почта, расходы и пополнения по дебетовой карте за последние 12 месяцев',
    },
    sources: {
      kk: 'Тікелей субъектіден; субъектінің келісімімен кредиттік бюродан және Зейнетақы төлеу жөніндегі орталықтан',
      ru: 'Непосредственно от субъекта; с согласия субъекта — от кредитного бюро и Центра по выплате пенсий',
    },
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 5, unit: 'years', runsFrom: 'end-of-relationship', basis: AML_11_4 },
    parties: [CREDIT_BUREAU, PENSION_CENTRE],
    crossBorder: [],
    systems: [SITE, CORE],
  },
  {
    id: 'microloan-contract',
    purpose: {
      kk: 'Микрокредит беру туралы шартты, кепіл шартын жасасу және орындау, өзара есеп айырысу, кредиттік досьені сақтау',
      ru: 'Заключение и исполнение договора о предоставлении микрокредита, договора залога, взаиморасчёты, хранение кредитного досье',
    },
    legalBasis: { kind: 'contract', citation: CONTRACT_94V },
    subjectCategories: BORROWERS,
    dataCategories: {
      kk: 'Сәйкестендіру деректері, шарт талаптары, төлемдер, берешек, кепіл нысанасы, банк деректемелері',
      ru: 'Идентификационные данные, условия договора, платежи, задолженность, предмет залога, банковские реквизиты',
    },
    dataList: {
      kk: 'Т.А.Ә., ЖСН, жеке басын куәландыратын құжаттың деректері; микрокредиттің мөлшері, шарттың талаптары, төлемдер, сыйақы, тұрақсыздық айыбы, берешек сомасы; кепіл нысанасы туралы мәліметтер; банк шотының және төлем карточкасының деректемелері',
      ru: 'Ф.И.О., ИИН, данные документа, удостоверяющего личность; сумма микрокредита, условия договора, платежи, вознаграждение, неустойка, сумма задолженности; сведения о предмете залога; реквизиты банковского счёта и платёжной карточки',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 5, unit: 'years', runsFrom: 'end-of-relationship', basis: AML_11_4 },
    parties: [CREDIT_BUREAU, AUTHORITIES],
    crossBorder: [],
    systems: [CORE],
  },
  {
    id: 'identification',
    purpose: {
      kk: 'Сәйкестендіру, аутентификация, оның ішінде сәйкестендіру деректерімен алмасу орталығы арқылы биометриялық сәйкестендіру; жеке кабинетке қол жеткізу',
      ru: 'Идентификация, аутентификация, в том числе биометрическая через центр обмена идентификационными данными; доступ к личному кабинету',
    },
    legalBasis: { kind: 'law', citation: AML_5 },
    subjectCategories: BORROWERS,
    dataCategories: { kk: 'Биометриялық деректер, сәйкестендіру кодтары', ru: 'Биометрические данные, идентификационные коды' },
    dataList: {
      kk: 'Фотосуреттер, биометриялық деректер, логин, сәйкестендіргіштер және авторландыру кодтары',
      ru: 'Фотографии, биометрические данные, логин, идентификаторы и коды авторизации',
    },
    sources: {
      kk: 'Тікелей субъектіден; сәйкестендіру деректерімен алмасу орталығынан',
      ru: 'Непосредственно от субъекта; от центра обмена идентификационными данными',
    },
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 5, unit: 'years', runsFrom: 'end-of-relationship', basis: AML_11_4 },
    parties: [IDENTIFICATION_CENTRE],
    crossBorder: [],
    systems: [SITE, CORE],
  },
  {
    id: 'aml-fraud',
    purpose: {
      kk: 'Алаяқтықтың, терроризмді қаржыландырудың және ақшаны жылыстатудың алдын алу, күдікті операцияларды анықтау',
      ru: 'Предотвращение мошенничества, финансирования терроризма и отмывания денег, выявление подозрительных операций',
    },
    legalBasis: { kind: 'law', citation: AML_5 },
    subjectCategories: BORROWERS,
    dataCategories: { kk: 'Сәйкестендіру деректері, операциялар туралы мәліметтер', ru: 'Идентификационные данные, сведения об операциях' },
    dataList: { kk: 'Т.А.Ә., ЖСН, құжат деректері, операциялар туралы мәліметтер', ru: 'Ф.И.О., ИИН, данные документа, сведения об операциях' },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 5, unit: 'years', runsFrom: 'operation-date', basis: AML_11_4 },
    parties: [AUTHORITIES],
    crossBorder: [],
    systems: [CORE],
  },
  {
    id: 'debt-recovery',
    purpose: {
      kk: 'Берешекті соттан тыс және сот тәртібімен өндіріп алу, нотариустың атқарушылық жазбасы, талап ету құқығын басқаға беру (цессия)',
      ru: 'Внесудебное и судебное взыскание задолженности, исполнительная надпись нотариуса, уступка права требования (цессия)',
    },
    legalBasis: { kind: 'contract', citation: CONTRACT_94V },
    subjectCategories: { kk: 'Міндеттемелерін бұзған қарыз алушылар', ru: 'Заёмщики, нарушившие обязательства' },
    dataCategories: { kk: 'Сәйкестендіру деректері, байланыс ақпараты, берешек', ru: 'Идентификационные данные, контактная информация, задолженность' },
    dataList: {
      kk: 'Т.А.Ә., ЖСН, мекенжайлар, телефон нөмірлері, шарт талаптары, берешек сомасы',
      ru: 'Ф.И.О., ИИН, адреса, номера телефонов, условия договора, сумма задолженности',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 3, unit: 'years', runsFrom: 'end-of-relationship', basis: CIVIL_178 },
    parties: [COLLECTION, AUTHORITIES],
    crossBorder: [],
    systems: [CORE],
  },
  {
    id: 'complaints',
    purpose: {
      kk: 'Өтініштерді, шағымдарды, ұсыныстарды қарау және жауап беру; әңгіме жазбаларын, хат алмасуды сақтау',
      ru: 'Рассмотрение обращений, жалоб, предложений и ответы на них; хранение записей разговоров и переписки',
    },
    legalBasis: { kind: 'contract', citation: CONTRACT_94V },
    subjectCategories: BORROWERS,
    dataCategories: { kk: 'Байланыс ақпараты, хат алмасу, әңгіме жазбалары', ru: 'Контактная информация, переписка, записи разговоров' },
    dataList: {
      kk: 'Т.А.Ә., телефон нөмірі, электрондық пошта, өтініш мәтіні, әңгіме жазбасы',
      ru: 'Ф.И.О., номер телефона, электронная почта, текст обращения, запись разговора',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 3, unit: 'years', runsFrom: 'end-of-relationship', basis: CIVIL_178 },
    parties: [],
    crossBorder: [],
    systems: [CORE],
  },
  {
    id: 'marketing',
    purpose: {
      kk: 'Жарнама және ақпараттық материалдар ұсыну, таргетинг, cookie-файлдар',
      ru: 'Предоставление рекламы и информационных материалов, таргетинг, cookie-файлы',
    },
    legalBasis: { kind: 'consent', citation: CONSENT_94V },
    subjectCategories: { kk: 'Сайт пайдаланушылары, өтініш берушілер', ru: 'Пользователи сайта, заявители' },
    dataCategories: { kk: 'Байланыс ақпараты, cookie-файлдар', ru: 'Контактная информация, cookie-файлы' },
    dataList: { kk: 'Аты, телефон нөмірі, электрондық пошта, cookie-файлдар', ru: 'Имя, номер телефона, электронная почта, cookie-файлы' },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 1, unit: 'months', runsFrom: 'consent-withdrawn', basis: CONSENT_94V },
    parties: [],
    crossBorder: [],
    systems: [SITE],
  },
];
