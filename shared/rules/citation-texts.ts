/**
 * The citations the DPO sees beside a rule, in the three interface languages: the act's name as in its
 * official text (Kazakh and Russian), an English rendering, and the pinpoint (article, paragraph,
 * sub-paragraph, indent, part). What the research behind a rule read (text versions, press, inferences) is
 * kept apart, in each rule's `provenance`, and is not shown.
 */
import type { Localized } from '../calendar/types';

/** The names of the acts the packs cite. */
export const ACTS = {
  kzPd: {
    kk: '«Дербес деректер және оларды қорғау туралы» ҚР Заңы',
    ru: 'Закон РК «О персональных данных и их защите»',
    en: 'Law of the RK on Personal Data and Their Protection',
  },
  kzAml: {
    kk: '«Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға) және терроризмді қаржыландыруға қарсы іс-қимыл туралы» ҚР Заңы',
    ru: 'Закон РК «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»',
    en: 'Law of the RK on Countering the Legalization (Laundering) of Criminal Proceeds and the Financing of Terrorism',
  },
  kzCivil: { kk: 'ҚР Азаматтық кодексі (Жалпы бөлім)', ru: 'Гражданский кодекс РК (Общая часть)', en: 'Civil Code of the RK (General Part)' },
  kzDigital: { kk: 'ҚР Цифрлық кодексі', ru: 'Цифровой кодекс РК', en: 'Digital Code of the RK' },
  kzBreachRules: {
    kk: 'ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2024 жылғы 9 тамыздағы № 481/НҚ бұйрығы (дербес деректер қауіпсіздігінің бұзылуы туралы хабарлау қағидалары)',
    ru: 'Приказ Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 09.08.2024 № 481/НҚ (правила уведомления о нарушении безопасности персональных данных)',
    en: 'Order of the Minister of Digital Development, Innovation and Aerospace Industry of the RK of 09.08.2024 No. 481/НҚ (rules on notifying breaches of personal-data security)',
  },
  ru152: {
    kk: '«Дербес деректер туралы» РФ Федералдық заңы (№ 152-ФЗ)',
    ru: 'Федеральный закон «О персональных данных» № 152-ФЗ',
    en: 'Federal Law of the RF on Personal Data (No. 152-FZ)',
  },
  rknOrder179: {
    kk: 'Роскомнадзордың 2022 жылғы 28 қазандағы № 179 бұйрығы (дербес деректерді жоюды растау талаптары)',
    ru: 'Приказ Роскомнадзора от 28.10.2022 № 179 (требования к подтверждению уничтожения персональных данных)',
    en: 'Roskomnadzor Order of 28.10.2022 No. 179 (requirements for confirming the destruction of personal data)',
  },
} as const satisfies Record<string, Localized>;

export type ActId = keyof typeof ACTS;

/** One pinpoint in the three languages (e.g. Art. 25 p. 2 sub. 8 ind. 2). */
export type Pinpoint = Localized;

/** Levels of a pinpoint, outermost first. */
export type Level =
  | { readonly art: string }
  | { readonly arts: string }
  | { readonly part: string }
  | { readonly parts: string }
  | { readonly p: string }
  | { readonly ps: string }
  | { readonly sub: string }
  | { readonly subs: string }
  | { readonly ind: string };

function level(l: Level): Localized {
  if ('art' in l) return { kk: `${l.art}-бап`, ru: `ст. ${l.art}`, en: `Art. ${l.art}` };
  if ('arts' in l) return { kk: `${l.arts}-баптар`, ru: `ст. ${l.arts}`, en: `Arts. ${l.arts}` };
  if ('part' in l) return { kk: `${l.part}-бөлік`, ru: `ч. ${l.part}`, en: `part ${l.part}` };
  if ('parts' in l) return { kk: `${l.parts}-бөліктер`, ru: `ч. ${l.parts}`, en: `parts ${l.parts}` };
  if ('p' in l) return { kk: `${l.p}-тармақ`, ru: `п. ${l.p}`, en: `p. ${l.p}` };
  if ('ps' in l) return { kk: `${l.ps}-тармақтар`, ru: `п. ${l.ps}`, en: `pp. ${l.ps}` };
  if ('sub' in l) return { kk: `${l.sub}) тармақша`, ru: `пп. ${l.sub})`, en: `sub. ${l.sub}` };
  if ('subs' in l) return { kk: `${l.subs}) тармақшалар`, ru: `пп. ${l.subs})`, en: `subs. ${l.subs}` };
  return { kk: `${l.ind}-абзац`, ru: `абз. ${l.ind}`, en: `ind. ${l.ind}` };
}

/** A pinpoint from its levels: pin({ art: '25' }, { p: '2' }) → "25-бап 2-тармақ" / "ст. 25 п. 2" / "Art. 25 p. 2". */
export function pin(...levels: readonly Level[]): Pinpoint {
  const parts = levels.map(level);
  return { kk: parts.map((x) => x.kk).join(' '), ru: parts.map((x) => x.ru).join(' '), en: parts.map((x) => x.en).join(' ') };
}

/**
 * A citation of an act: its name, then its pinpoints separated by semicolons, optionally followed by more
 * acts (cite('kzPd', pin(...), pin(...)) → "Закон РК «…», ст. 25 п. 2; ст. 18").
 */
export function cite(act: ActId, ...pins: readonly Pinpoint[]): Localized {
  const name = ACTS[act];
  const join = (lang: keyof Localized) => (pins.length === 0 ? name[lang] : `${name[lang]}, ${pins.map((p) => p[lang]).join('; ')}`);
  return { kk: join('kk'), ru: join('ru'), en: join('en') };
}

/** Several citations one after another ("…; …"). */
export function andCite(...citations: readonly Localized[]): Localized {
  return {
    kk: citations.map((c) => c.kk).join('; '),
    ru: citations.map((c) => c.ru).join('; '),
    en: citations.map((c) => c.en).join('; '),
  };
}

/** A citation with a short explanation after it, in each language. */
export function withNote(citation: Localized, note: Localized): Localized {
  return { kk: `${citation.kk} (${note.kk})`, ru: `${citation.ru} (${note.ru})`, en: `${citation.en} (${note.en})` };
}
