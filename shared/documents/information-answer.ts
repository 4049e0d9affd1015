/**
 * The information answer to an access request (legal-reference §11.3): for the activities the DPO ticked, from
 * the register of processing activities as in force on the day of the answer (its version is cited). KZ (Law
 * 94-V Art. 24 p.1 sub.1): confirmation of processing, purposes, sources, methods, the list of data, the terms
 * including storage, plus recipients and cross-border transfers (Art. 16), the DPO's contacts and the other
 * rights. RF citizens (152-FZ Art. 14 p.7): the eleven items of p.7, numbered.
 */
import { formatCalendarDate } from '../format';
import type { LegalBasisKind, ProcessingActivity, RetentionEvent } from '../processing/model';
import type { Block, DocumentModel } from './document-model';
import { DocumentInputError } from './errors';
import {
  closingAndSignature,
  dpoParagraph,
  letterContext,
  letterhead,
  letterMeta,
  paragraph,
  receivedParagraph,
  salutation,
  subjectFields,
  type LetterContext,
} from './letter-parts';
import type { DocLanguage, OrgProfile, OutgoingRef, RequestRef } from './model';

export interface InformationAnswerInput {
  readonly org: OrgProfile;
  readonly request: RequestRef;
  readonly outgoing: OutgoingRef;
  /** The register version in force on the day of the answer. */
  readonly register: { readonly version: number; readonly effectiveFrom: string };
  readonly activities: readonly ProcessingActivity[];
}

const country = (code: string, lang: DocLanguage): string => {
  try {
    return new Intl.DisplayNames([lang === 'kk' ? 'kk' : 'ru'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const L = {
  kk: {
    title: ['Дербес деректерді өңдеу туралы', 'ақпарат беру туралы'],
    basis: '«Дербес деректер және оларды қорғау туралы» ҚР Заңының 24-бабы 1-тармағының 1) тармақшасы, 25-бабы 2-тармағының 6) тармақшасы',
    basisRu: '152-ФЗ «О персональных данных» 14-бабының 3, 7-бөліктері',
    intro: (v: number, d: string) =>
      `Сіздің сұрауыңыз бойынша хабарлаймыз. Мәліметтер дербес деректерді өңдеу әрекеттерінің тізілімі бойынша берілді (${v}-нұсқа, ${d} бастап қолданылады).`,
    confirm: 'Біз Сіздің дербес деректеріңізді өңдейтінімізді растаймыз.',
    purposes: 'Өңдеу мақсаттары және құқықтық негіздері',
    sources: 'Деректердің көздері',
    methods: 'Жинау және өңдеу тәсілдері',
    data: 'Өңделетін дербес деректер тізбесі',
    terms: 'Өңдеу мерзімдері, оның ішінде сақтау мерзімдері',
    recipients: 'Деректер берілетін немесе қол жеткізетін тұлғалар (алушылар және өңдеушілер)',
    transfers: 'Трансшекаралық беру (Заңның 16-бабы)',
    noTransfers: 'Трансшекаралық беру жүзеге асырылмайды.',
    systems: 'Ақпараттық жүйелер және дерекқорлардың орналасқан жері',
    rights:
      'Сіз деректеріңізді өзгертуді және толықтыруды, бұғаттауды, жоюды талап етуге, келісімді кері қайтарып алуға және уәкілетті органға немесе сотқа шағым жасауға құқылысыз («Дербес деректер және оларды қорғау туралы» Заңның 24-бабы). Өтінішті осы хаттағы байланыс деректері бойынша жіберуге болады.',
    basisKind: { consent: 'келісім', contract: 'шарт', law: 'заң' } as Record<LegalBasisKind, string>,
    term: (n: number, unit: 'years' | 'months') => `${n} ${unit === 'years' ? 'жыл' : 'ай'}`,
    from: {
      'end-of-relationship': 'қатынастар аяқталғаннан бастап',
      'operation-date': 'операция жасалған күннен бастап',
      'purpose-achieved': 'өңдеу мақсатына қол жеткізілгеннен бастап',
      'consent-withdrawn': 'келісім кері қайтарылғаннан бастап',
    } as Record<RetentionEvent, string>,
    processor: 'өңдеуші',
    recipient: 'алушы',
    rf: [
      'Өңдеуді растау',
      'Өңдеудің құқықтық негіздері мен мақсаттары',
      'Өңдеу мақсаттары мен тәсілдері',
      'Оператордың атауы мен орналасқан жері, деректерге қол жеткізетін немесе оларды алатын тұлғалар',
      'Өңделетін дербес деректер және олардың көзі',
      'Өңдеу мерзімдері, оның ішінде сақтау мерзімдері',
      'Құқықтарды жүзеге асыру тәртібі',
      'Жүзеге асырылған немесе болжанған трансшекаралық беру',
      'Оператордың тапсырмасы бойынша өңдейтін тұлғаның атауы мен мекенжайы',
      '152-ФЗ 18.1-бабы бойынша міндеттерді орындау тәсілдері',
      'Федералдық заңдарда көзделген өзге де мәліметтер',
    ],
    art181:
      'Дербес деректерді өңдеуге жауапты адам тағайындалған, өңдеу саясаты жарияланған, құқықтық, ұйымдастырушылық және техникалық қорғау шаралары қабылданған.',
    none: 'жоқ',
  },
  ru: {
    title: ['О предоставлении сведений', 'об обработке персональных данных'],
    basis: 'пп. 1 п. 1 ст. 24, пп. 6 п. 2 ст. 25 Закона РК «О персональных данных и их защите»',
    basisRu: 'ч. 3, 7 ст. 14 Федерального закона № 152-ФЗ «О персональных данных»',
    intro: (v: number, d: string) =>
      `Сообщаем по вашему запросу. Сведения приведены по реестру действий по обработке персональных данных (версия ${v}, действует с ${d}).`,
    confirm: 'Подтверждаем, что мы обрабатываем ваши персональные данные.',
    purposes: 'Цели и правовые основания обработки',
    sources: 'Источники данных',
    methods: 'Способы сбора и обработки',
    data: 'Перечень обрабатываемых персональных данных',
    terms: 'Сроки обработки, в том числе сроки хранения',
    recipients: 'Лица, которым данные передаются или которые имеют к ним доступ (получатели и обработчики)',
    transfers: 'Трансграничная передача (ст. 16 Закона РК)',
    noTransfers: 'Трансграничная передача не осуществляется.',
    systems: 'Информационные системы и место нахождения баз данных',
    rights:
      'Вы вправе требовать изменения и дополнения, блокирования, уничтожения ваших данных, отозвать согласие и обжаловать действия оператора в уполномоченный орган или суд (ст. 24 Закона РК «О персональных данных и их защите»). Обращение можно направить по контактам, указанным в этом письме.',
    basisKind: { consent: 'согласие', contract: 'договор', law: 'закон' } as Record<LegalBasisKind, string>,
    term: (n: number, unit: 'years' | 'months') => {
      const c = new Intl.PluralRules('ru').select(n);
      const forms = unit === 'years' ? { one: 'год', few: 'года', many: 'лет' } : { one: 'месяц', few: 'месяца', many: 'месяцев' };
      return `${n} ${c === 'one' ? forms.one : c === 'few' ? forms.few : forms.many}`;
    },
    from: {
      'end-of-relationship': 'с окончания отношений',
      'operation-date': 'с даты операции',
      'purpose-achieved': 'с достижения цели обработки',
      'consent-withdrawn': 'с отзыва согласия',
    } as Record<RetentionEvent, string>,
    processor: 'обработчик',
    recipient: 'получатель',
    rf: [
      'Подтверждение факта обработки',
      'Правовые основания и цели обработки',
      'Цели и применяемые способы обработки',
      'Наименование и место нахождения оператора, лица, имеющие доступ к данным или которым они могут быть раскрыты',
      'Обрабатываемые персональные данные и источник их получения',
      'Сроки обработки, в том числе сроки хранения',
      'Порядок осуществления прав субъекта',
      'Осуществлённая или предполагаемая трансграничная передача',
      'Наименование и адрес лица, осуществляющего обработку по поручению оператора',
      'Способы исполнения обязанностей по ст. 18.1 152-ФЗ',
      'Иные сведения, предусмотренные федеральными законами',
    ],
    art181:
      'Назначено лицо, ответственное за организацию обработки персональных данных, опубликована политика обработки, приняты правовые, организационные и технические меры защиты.',
    none: 'нет',
  },
} as const;

type Lx = (typeof L)[DocLanguage];

const lines = (items: readonly string[]): Block => ({ kind: 'list', style: 'bullet', items: [...new Set(items)].map((text) => [text]) });

const sections = (ctx: LetterContext, l: Lx, acts: readonly ProcessingActivity[]) => {
  const lang = ctx.lang;
  const parties = acts.flatMap((a) => a.parties);
  return {
    purposes: acts.map((a) => `${a.purpose[lang]} — ${l.basisKind[a.legalBasis.kind]}: ${a.legalBasis.citation[lang]}`),
    sources: acts.map((a) => a.sources[lang]),
    methods: acts.map((a) => a.methods[lang]),
    data: acts.map((a) => `${a.purpose[lang]}: ${a.dataList[lang]}`),
    terms: acts.map((a) => `${a.purpose[lang]}: ${l.term(a.retention.amount, a.retention.unit)} ${l.from[a.retention.runsFrom]} (${a.retention.basis[lang]})`),
    recipients:
      parties.length === 0
        ? [l.none]
        : parties.map((p) => `${p.name}, ${p.address}, ${country(p.country, lang)} (${p.role === 'processor' ? l.processor : l.recipient})`),
    processors: parties.filter((p) => p.role === 'processor').map((p) => `${p.name}, ${p.address}`),
    transfers: acts.flatMap((a) => a.crossBorder.map((c) => `${country(c.country, lang)} — ${c.basis[lang]} (${a.purpose[lang]})`)),
    systems: acts.flatMap((a) => a.systems.map((s) => `${s.name} — ${s.databaseLocation}`)),
  };
};

/** Document model of the information answer in one language. */
export const buildInformationAnswer = (input: InformationAnswerInput, lang: DocLanguage): DocumentModel => {
  if (input.activities.length === 0) throw new DocumentInputError('activities', 'tick at least one activity of the register that concerns the subject');
  const ctx = letterContext(input.org, input.request, lang);
  const l = L[lang];
  const s = sections(ctx, l, input.activities);
  const rf = input.request.jurisdiction === 'ru-subject';
  const effective = formatCalendarDate(input.register.effectiveFrom, lang);
  const head: Block[] = [
    letterhead(input.org),
    letterMeta(ctx, input.outgoing),
    { kind: 'title', lines: [...l.title] },
    salutation(ctx),
    receivedParagraph(ctx),
    subjectFields(ctx),
    {
      kind: 'fields',
      numbered: false,
      rows: [{ label: lang === 'kk' ? 'Негіз' : 'Основание', value: [rf ? `${l.basis}; ${l.basisRu}` : l.basis], element: 'statutory-basis' }],
    },
    paragraph([l.intro(input.register.version, effective)]),
  ];
  const section = (title: string, items: readonly string[]): Block[] => [{ kind: 'heading', text: title }, lines(items.length === 0 ? [l.none] : items)];
  const body: Block[] = rf
    ? [
        { kind: 'heading', text: `1. ${l.rf[0]}` },
        paragraph([l.confirm]),
        ...section(`2. ${l.rf[1]}`, s.purposes),
        ...section(`3. ${l.rf[2]}`, [...s.purposes.map((p) => p.split(' — ')[0]!), ...s.methods]),
        ...section(`4. ${l.rf[3]}`, [`${input.org.legalName[lang]}, ${input.org.address[lang]}`, ...s.recipients]),
        ...section(`5. ${l.rf[4]}`, [...s.data, ...s.sources]),
        ...section(`6. ${l.rf[5]}`, s.terms),
        { kind: 'heading', text: `7. ${l.rf[6]}` },
        paragraph([l.rights]),
        ...section(`8. ${l.rf[7]}`, s.transfers.length === 0 ? [l.noTransfers] : s.transfers),
        ...section(`9. ${l.rf[8]}`, s.processors),
        { kind: 'heading', text: `10. ${l.rf[9]}` },
        paragraph([l.art181]),
        ...section(`11. ${l.rf[10]}`, s.systems),
      ]
    : [
        paragraph([l.confirm]),
        ...section(l.purposes, s.purposes),
        ...section(l.sources, s.sources),
        ...section(l.methods, s.methods),
        ...section(l.data, s.data),
        ...section(l.terms, s.terms),
        ...section(l.recipients, s.recipients),
        ...section(l.transfers, s.transfers.length === 0 ? [l.noTransfers] : s.transfers),
        ...section(l.systems, s.systems),
        paragraph([l.rights], 'appeal-rights'),
      ];
  return {
    kind: 'information-answer',
    language: lang,
    title: `${l.title.join(' ')} № ${input.request.caseNumber}`,
    footerNote: `${input.request.caseNumber} · ${ctx.labels.outgoing(input.outgoing.number)}`,
    pageLabel: ctx.labels.pageOf,
    blocks: [...head, ...body, dpoParagraph(ctx), closingAndSignature(ctx, undefined)],
  };
};
