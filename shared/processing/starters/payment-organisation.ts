/**
 * Starter register of a payment organisation running an e-wallet, built from the seed policy of «QIWI
 * Kazakhstan» ЖШС (seed 000_…: §3.4 purposes, data lists and storage terms; §3.5–3.6 bases and sources; §7.1
 * recipients, processors and transfers to the RF). Every entry is the DPO's to edit.
 */
import type { InformationSystem, Party, ProcessingActivity } from '../model';
import { AML_11_4, AML_5, AUTHORITIES, AUTOMATED_AND_MANUAL, CIVIL_178, CONSENT_94V, CONTRACT_94V, DIRECT_FROM_SUBJECT, RU_TRANSFER } from './common';

const WALLET: InformationSystem = {
  name: '«QIWI Әмиян» жүйесі / Система «QIWI Кошелек»',
  databaseLocation: 'Алматы, Қазақстан / Алматы, Казахстан',
  country: 'KZ',
};
const CLIENTS = { kk: 'Жүйенің клиенттері (электрондық әмиян иелері)', ru: 'Клиенты Системы (владельцы электронных кошельков)' };
const HALYK: Party = {
  role: 'recipient',
  name: '«Қазақстан Халық Банкі» АҚ / АО «Народный Банк Казахстана»',
  address: 'Алматы қ., Әл-Фараби д-лы, 40',
  country: 'KZ',
};
const KAZPOST: Party = { role: 'processor', name: '«Қазпошта» АҚ / АО «Казпочта»', address: 'Астана қ., Ш. Қосшығұлұлы к-сі, 8', country: 'KZ' };
const QIWI_RU: Party = { role: 'processor', name: 'КИВИ АҚ / АО «КИВИ»', address: 'Мәскеу, Ресей Федерациясы / Москва, Российская Федерация', country: 'RU' };
const KBR: Party = {
  role: 'processor',
  name: '«Ключевые Бизнес Решения» ЖШҚ / ООО «Ключевые Бизнес Решения»',
  address: 'Мәскеу, Ресей Федерациясы / Москва, Российская Федерация',
  country: 'RU',
};

const fiveYearsAfterContract = { amount: 5, unit: 'years', runsFrom: 'end-of-relationship', basis: AML_11_4 } as const;
const threeYearsAfterContract = { amount: 3, unit: 'years', runsFrom: 'end-of-relationship', basis: CIVIL_178 } as const;

export const PAYMENT_ORGANISATION_STARTER: readonly ProcessingActivity[] = [
  {
    id: 'wallet-registration',
    purpose: { kk: 'Минималды мәртебе үшін Клиентті Жүйеде тіркеу', ru: 'Регистрация Клиента в Системе для минимального статуса' },
    legalBasis: { kind: 'contract', citation: CONTRACT_94V },
    subjectCategories: CLIENTS,
    dataCategories: { kk: 'Идентификаторлар', ru: 'Идентификаторы' },
    dataList: { kk: 'Логин (телефон нөмірі), әмиян нөмірі', ru: 'Логин (номер телефона), номер кошелька' },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: fiveYearsAfterContract,
    parties: [QIWI_RU],
    crossBorder: [RU_TRANSFER],
    systems: [WALLET],
  },
  {
    id: 'client-identification',
    purpose: { kk: 'Клиенттерді сәйкестендіру және мәртебені көтеру', ru: 'Идентификация клиентов и повышение статуса' },
    legalBasis: { kind: 'law', citation: AML_5 },
    subjectCategories: CLIENTS,
    dataCategories: {
      kk: 'Идентификаторлар, байланыс ақпараты, құжаттардан мәліметтер, құжаттардың көшірмелері',
      ru: 'Идентификаторы, контактная информация, сведения из документов, копии документов',
    },
    dataList: {
      kk: 'Электрондық әмиянның нөмірі; Т.А.Ә., электрондық пошта мекенжайы, телефон нөмірі; төлқұжаттық деректер (азаматтығы, туған күні, төлқұжаттың нөмірі, беру органы, берілген күні), ЖСН, жынысы; сканерленген төлқұжат',
      ru: 'Номер электронного кошелька; Ф.И.О., адрес электронной почты, номер телефона; паспортные данные (гражданство, дата рождения, номер паспорта, орган выдачи, дата выдачи), ИИН, пол; скан паспорта',
    },
    sources: { kk: 'Тікелей субъектіден; «Қазпошта» АҚ арқылы сәйкестендіру', ru: 'Непосредственно от субъекта; идентификация через АО «Казпочта»' },
    methods: AUTOMATED_AND_MANUAL,
    retention: fiveYearsAfterContract,
    parties: [KAZPOST, AUTHORITIES],
    crossBorder: [],
    systems: [WALLET],
  },
  {
    id: 'wallet-operations',
    purpose: { kk: 'Әмиянды толықтыру және электрондық ақшамен төлемдер', ru: 'Пополнение кошелька и платежи электронными деньгами' },
    legalBasis: { kind: 'contract', citation: CONTRACT_94V },
    subjectCategories: CLIENTS,
    dataCategories: {
      kk: 'Идентификаторлар, байланыс ақпараты, қаржылық ақпарат, құрылғылар туралы мәліметтер',
      ru: 'Идентификаторы, контактная информация, финансовая информация, сведения об устройствах',
    },
    dataList: {
      kk: 'Логин, әмиян нөмірі; телефон нөмірі, электрондық пошта; теңгерім, операциялар туралы мәліметтер (төлем сомасы, уақыты мен күні, мақсаты, алушылар); Жүйедегі мәртебелер; құрылғылардың конфигурациясы мен сипаттамалары',
      ru: 'Логин, номер кошелька; номер телефона, электронная почта; баланс, сведения об операциях (сумма, время и дата, назначение платежа, получатели); статусы в Системе; конфигурация и характеристики устройств',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 5, unit: 'years', runsFrom: 'operation-date', basis: AML_11_4 },
    parties: [HALYK],
    crossBorder: [],
    systems: [WALLET],
  },
  {
    id: 'aml-antifraud',
    purpose: {
      kk: 'ҚКЖ/ТҚ туралы заңнаманың орындалуын қамтамасыз ету және антифрод-жүйенің жұмыс істеуі',
      ru: 'Обеспечение исполнения законодательства о ПОД/ФТ и работы антифрод-системы',
    },
    legalBasis: { kind: 'law', citation: AML_5 },
    subjectCategories: CLIENTS,
    dataCategories: {
      kk: 'Идентификаторлар, байланыс ақпараты, қызмет туралы ақпарат, құжаттардан мәліметтер',
      ru: 'Идентификаторы, контактная информация, сведения о деятельности, сведения из документов',
    },
    dataList: {
      kk: 'Логин, әмиян нөмірі; Т.А.Ә., телефон нөмірі, электрондық пошта; қызметіңіз туралы ақпарат; телефон нөмірінің тиесілігін растайтын құжаттың деректемелері, байланыс операторы; жеке басын куәландыратын құжаттан мәліметтер',
      ru: 'Логин, номер кошелька; Ф.И.О., номер телефона, электронная почта; сведения о вашей деятельности; реквизиты документа о принадлежности номера телефона, оператор связи; сведения из документа, удостоверяющего личность',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 5, unit: 'years', runsFrom: 'operation-date', basis: AML_11_4 },
    parties: [AUTHORITIES],
    crossBorder: [],
    systems: [WALLET],
  },
  {
    id: 'requests-handling',
    purpose: { kk: 'Пайдаланушылардың өтініштерін өңдеу', ru: 'Обработка обращений пользователей' },
    legalBasis: { kind: 'contract', citation: CONTRACT_94V },
    subjectCategories: CLIENTS,
    dataCategories: { kk: 'Идентификаторлар, байланыс ақпараты, құжаттардан мәліметтер', ru: 'Идентификаторы, контактная информация, сведения из документов' },
    dataList: {
      kk: 'Әмиян нөмірі; Т.А.Ә., телефон нөмірі, электрондық пошта; жеке басын куәландыратын құжаттан мәліметтер',
      ru: 'Номер кошелька; Ф.И.О., номер телефона, электронная почта; сведения из документа, удостоверяющего личность',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: threeYearsAfterContract,
    parties: [],
    crossBorder: [],
    systems: [WALLET],
  },
  {
    id: 'marketing',
    purpose: {
      kk: 'Жарнамалық және маркетингтік хабарламалар, маркетингтік зерттеулер',
      ru: 'Рекламные и маркетинговые сообщения, маркетинговые исследования',
    },
    legalBasis: { kind: 'consent', citation: CONSENT_94V },
    subjectCategories: CLIENTS,
    dataCategories: { kk: 'Байланыс ақпараты', ru: 'Контактная информация' },
    dataList: {
      kk: 'Т.А.Ә., электрондық пошта, телефон нөмірі, сұхбат барысында респондент хабарлаған мәліметтер',
      ru: 'Ф.И.О., электронная почта, номер телефона, сведения, сообщённые респондентом в ходе интервью',
    },
    sources: DIRECT_FROM_SUBJECT,
    methods: AUTOMATED_AND_MANUAL,
    retention: { amount: 3, unit: 'years', runsFrom: 'consent-withdrawn', basis: CIVIL_178 },
    parties: [KBR],
    crossBorder: [RU_TRANSFER],
    systems: [WALLET],
  },
];
