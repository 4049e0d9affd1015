/**
 * The legal basis a letter prints: the basis of the recorded outcome of the duty it answers (legal-reference
 * §11.1–11.2), never a fixed article. Kazakh pinpoints in the statutory style, Russian ones as in citations.ts.
 * An RF citizen's letter adds the basis of the RF obligation of the same duty. Tags per legal-reference.md.
 */
import { DUTY_OF } from '../cases/duties';
import { REPEAT_REQUEST_GROUND } from '../cases/repeat-request';
import type { OutcomeKind } from '../cases/outcome';
import type { Term } from '../calendar/term';
import type { RuleId } from '../rules/rule-id';
import type { Bilingual } from './model';

type Basis = Bilingual & { readonly tag: 'P' | 'K' | 'S' | 'I' };

const KZ = (kk: string, ru: string, tag: Basis['tag'] = 'P'): Basis => ({ kk: `ҚР № 94-V Заңының ${kk}`, ru: `${ru} Закона РК № 94-V`, tag });
const RF = (kk: string, ru: string, tag: Basis['tag'] = 'K'): Basis => ({
  kk: `№ 152-ФЗ Федералдық заңның ${kk}`,
  ru: `${ru} Федерального закона № 152-ФЗ`,
  tag,
});

/** Answers of a duty by outcome: 'answer' is what a refusal or restriction letter cites for the duty itself. */
interface DutyBasis {
  readonly refused?: Basis;
  readonly restricted?: Basis;
}

/** The basis each obligation rule's outcomes print (refusals and restrictions; confirmations: citations.ts). */
export const OUTCOME_BASIS: Readonly<Partial<Record<RuleId, DutyBasis>>> = {
  // K2: reasoned answer refusing the information.
  'kz.access.provide': { refused: KZ('25-бабы 2-тармағының 7) тармақшасы', 'пп. 7) п. 2 ст. 25') },
  'kz.access.refuse': { refused: KZ('25-бабы 2-тармағының 7) тармақшасы', 'пп. 7) п. 2 ст. 25') },
  // K13/K6: demand to destroy — refused on a retention ground; restricted instead (Digital Code Art. 41 p.3).
  'kz.destruction.demand': {
    refused: KZ('24-бабы 1-тармағының 4) тармақшасы, 12-бабының 2-тармағы', 'пп. 4) п. 1 ст. 24, п. 2 ст. 12'),
    restricted: {
      kk: 'Қазақстан Республикасы Цифрлық кодексінің 41-бабының 3-тармағы; ҚР № 94-V Заңының 12-бабының 2-тармағы',
      ru: 'п. 3 ст. 41 Цифрового кодекса Республики Казахстан; п. 2 ст. 12 Закона РК № 94-V',
      tag: 'P',
    },
  },
  // K4: documents do not confirm the inaccuracy — a reasoned answer (sub.7-style).
  'kz.correction.change': { refused: KZ('25-бабы 2-тармағы 8) тармақшасының екінші абзацы, 7) тармақшасы', 'абз. второй пп. 8), пп. 7) п. 2 ст. 25') },
  // K10: reasoned refusal on withdrawal of consent (уәжді бас тарту).
  'kz.consent-withdrawal.stop': { refused: KZ('8-бабының 2 және 7-тармақтары', 'п. 2, п. 7 ст. 8') },
  'kz.objection-automated.answer': { refused: KZ('19-1-бабының 2–3-тармақтары', 'п. 2–3 ст. 19-1') },
  'kz.public-source.exclude': { refused: KZ('6-бабының 3–4-тармақтары', 'п. 3–4 ст. 6') },
  // R3: reasoned answer citing Art. 14 part 8 or another federal law.
  'ru.access.provide': { refused: RF('20-бабының 2-бөлігі, 14-бабының 8-бөлігі', 'ч. 2 ст. 20, ч. 8 ст. 14') },
  'ru.access.refuse': { refused: RF('20-бабының 2-бөлігі, 14-бабының 8-бөлігі', 'ч. 2 ст. 20, ч. 8 ст. 14') },
  // R4a: destruction demand with proof.
  'ru.destruction.destroy': { refused: RF('20-бабының 3-бөлігі', 'ч. 3 ст. 20'), restricted: RF('21-бабының 6-бөлігі', 'ч. 6 ст. 21') },
  // R12: processing continued on another legal basis.
  'ru.consent-withdrawal.stop': { refused: RF('21-бабының 5-бөлігі, 9-бабының 2-бөлігі', 'ч. 5 ст. 21, ч. 2 ст. 9', 'S') },
  // R13: refused under Art. 6 p.1 p.2–11 / Art. 10 p.2 / Art. 11 p.2.
  'ru.stop-processing.stop': { refused: RF('21-бабының 5.1-бөлігі', 'ч. 5.1 ст. 21') },
};

/** The RF rule answering the same duty as a KZ rule, for an RF citizen's letter. */
export const RF_COUNTERPART: Readonly<Partial<Record<RuleId, RuleId>>> = {
  'kz.access.provide': 'ru.access.provide',
  'kz.access.refuse': 'ru.access.provide',
  'kz.destruction.demand': 'ru.destruction.destroy',
  'kz.consent-withdrawal.stop': 'ru.consent-withdrawal.stop',
};

/** R2a: a repeat access request refused with reasons — 152-FZ Art. 14 parts 4–6 (legal-reference §11.2). */
export const REPEAT_REQUEST_BASIS: Basis = RF('14-бабының 4–6-бөліктері', 'ч. 4–6 ст. 14');

/**
 * The bases a letter answering `ruleId` with `outcome` prints: that rule's, then (RF citizen) the RF rule of
 * the same duty. Empty when the packs name none (the DPO's grounds still carry their own articles). An RF
 * access refusal on the repeat-request ground (R2a) prints Art. 14 parts 4–6 instead of R3's Art. 20 part 2.
 */
export function outcomeBasis(
  ruleId: RuleId,
  outcome: Extract<OutcomeKind, 'refused' | 'restricted'>,
  rfSubject: boolean,
  groundIds: readonly string[] = [],
): Bilingual[] {
  const rules: RuleId[] = [ruleId];
  const counterpart = RF_COUNTERPART[ruleId];
  if (rfSubject && counterpart !== undefined && DUTY_OF[counterpart] === DUTY_OF[ruleId]) rules.push(counterpart);
  const repeat = outcome === 'refused' && groundIds.includes(REPEAT_REQUEST_GROUND) && DUTY_OF[ruleId] === 'access';
  const out: Bilingual[] = [];
  for (const id of rules) {
    const own = repeat && id.startsWith('ru.') ? REPEAT_REQUEST_BASIS : undefined;
    const basis = own ?? OUTCOME_BASIS[id]?.[outcome] ?? (outcome === 'restricted' ? OUTCOME_BASIS[id]?.refused : undefined);
    if (basis !== undefined && !out.some((b) => b.ru === basis.ru)) out.push({ kk: basis.kk, ru: basis.ru });
  }
  return out;
}

const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
};

const UNIT_WORDS: Readonly<Record<Term['unit'], { kk: string; ru: readonly [string, string, string] }>> = {
  'working-days': { kk: 'жұмыс күні', ru: ['рабочий день', 'рабочих дня', 'рабочих дней'] },
  'calendar-days': { kk: 'күнтізбелік күн', ru: ['календарный день', 'календарных дня', 'календарных дней'] },
  hours: { kk: 'сағат', ru: ['час', 'часа', 'часов'] },
  months: { kk: 'ай', ru: ['месяц', 'месяца', 'месяцев'] },
  years: { kk: 'жыл', ru: ['год', 'года', 'лет'] },
};

/** A term in words of both languages: 3 жұмыс күні / 3 рабочих дня. */
export function termWords(term: Term): Bilingual {
  const words = UNIT_WORDS[term.unit];
  return { kk: `${term.count} ${words.kk}`, ru: `${term.count} ${ruPlural(term.count, ...words.ru)}` };
}

/** The article an RF extension notice cites: the one of *its* duty (legal-reference §11.2). */
export const EXTENSION_BASIS: Readonly<Partial<Record<RuleId, Bilingual>>> = {
  'ru.access.provide': {
    kk: '«Дербес деректер туралы» 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңның 14-бабының 3-бөлігі, 20-бабының 1–2-бөліктері',
    ru: 'ч. 3 ст. 14, ч. 1–2 ст. 20 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  },
  'ru.access.refuse': {
    kk: '«Дербес деректер туралы» 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңның 20-бабының 2-бөлігі',
    ru: 'ч. 2 ст. 20 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  },
  'ru.stop-processing.stop': {
    kk: '«Дербес деректер туралы» 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңның 21-бабының 5.1-бөлігі',
    ru: 'ч. 5.1 ст. 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  },
  'ru.authority-request.answer': {
    kk: '«Дербес деректер туралы» 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңның 20-бабының 4-бөлігі',
    ru: 'ч. 4 ст. 20 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  },
};

/** The 152-FZ part a destruction of each RF duty was made under (legal-reference §11.2). */
export const RF_DESTROYED_BASIS: Readonly<Partial<Record<RuleId, Bilingual>>> = {
  'ru.destruction.destroy': { kk: '№ 152-ФЗ Федералдық заңның 20-бабының 3-бөлігі', ru: 'ч. 3 ст. 20 Федерального закона № 152-ФЗ' },
  'ru.unlawful.destroy': { kk: '№ 152-ФЗ Федералдық заңның 21-бабының 3-бөлігі', ru: 'ч. 3 ст. 21 Федерального закона № 152-ФЗ' },
  'ru.purpose-achieved.destroy': { kk: '№ 152-ФЗ Федералдық заңның 21-бабының 4-бөлігі', ru: 'ч. 4 ст. 21 Федерального закона № 152-ФЗ' },
  'ru.consent-withdrawal.stop': { kk: '№ 152-ФЗ Федералдық заңның 21-бабының 5-бөлігі', ru: 'ч. 5 ст. 21 Федерального закона № 152-ФЗ' },
  'ru.destruction-impossible.destroy': { kk: '№ 152-ФЗ Федералдық заңның 21-бабының 6-бөлігі', ru: 'ч. 6 ст. 21 Федерального закона № 152-ФЗ' },
};
