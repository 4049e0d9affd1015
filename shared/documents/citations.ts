/**
 * Fixed legal references the builders print (the grounds for refusal are in grounds.ts). Kazakh pinpoints
 * follow the statutory style ("25-баптың 2-тармағының 7) тармақшасы"), Russian ones the style used in the
 * project ("ст. 25 п. 2 пп. 7)"; RF acts "ст. 20 ч. 2"). Status tags per legal-reference.md.
 */
import type { Bilingual, ConfirmationAction, DestructionReason } from './model';

/** Law 94-V, full title (S1, text as of 02.03.2026) [P]. */
export const LAW_94V: Bilingual = {
  kk: '«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңы',
  ru: 'Закон Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите»',
};

/** Law 94-V, short form for pinpoints after the first mention. */
export const LAW_94V_SHORT: Bilingual = { kk: 'ҚР № 94-V Заңы', ru: 'Закон РК № 94-V' };

/** RF 152-FZ, full title [K]. */
export const LAW_152FZ: Bilingual = {
  kk: '«Дербес деректер туралы» Ресей Федерациясының 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңы',
  ru: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
};

/** Duty to give a reasoned answer when information is refused: Law 94-V Art. 25 p.2 sub.7 [P]. */
export const REFUSAL_BASIS_KZ: Bilingual = {
  kk: '«Дербес деректер және оларды қорғау туралы» ҚР Заңының 25-бабы 2-тармағының 7) тармақшасы',
  ru: 'пп. 7) п. 2 ст. 25 Закона РК «О персональных данных и их защите»',
};

/** Reasoned refusal on withdrawal of consent (15 working days): Law 94-V Art. 8 p.7 [P]. Kazakh text: «уәжді бас тарту». */
export const CONSENT_REFUSAL_BASIS_KZ: Bilingual = {
  kk: 'сол Заңның 8-бабының 7-тармағы (уәжді бас тарту)',
  ru: 'п. 7 ст. 8 того же Закона (мотивированный отказ)',
};

/** RF reasoned answer citing Art. 14 part 8 or another federal law: 152-FZ Art. 20 part 2 [K]. */
export const REFUSAL_BASIS_RU: Bilingual = {
  kk: '№ 152-ФЗ Федералдық заңның 20-бабының 2-бөлігі',
  ru: 'ч. 2 ст. 20 Федерального закона № 152-ФЗ',
};

/** Appeal routes, KZ [P]: authorized body Art. 27-1 p.1 sub.3–5; local executive body Art. 27 p.2 sub.1, 4; court Art. 30. */
export const APPEAL_KZ = {
  authorizedBody: {
    kk: 'ҚР № 94-V Заңының 27-1-бабы 1-тармағының 3)–5) тармақшалары',
    ru: 'пп. 3)–5) п. 1 ст. 27-1 Закона РК № 94-V',
  },
  localExecutiveBody: {
    kk: 'ҚР № 94-V Заңының 27-бабы 2-тармағының 1) және 4) тармақшалары',
    ru: 'пп. 1) и 4) п. 2 ст. 27 Закона РК № 94-V',
  },
  court: { kk: 'ҚР № 94-V Заңының 30-бабы', ru: 'ст. 30 Закона РК № 94-V' },
} as const satisfies Record<string, Bilingual>;

/** RF appeal: Roskomnadzor or court, 152-FZ Art. 17 [K]. */
export const APPEAL_RU: Bilingual = {
  kk: '«Дербес деректер туралы» 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңның 17-бабы',
  ru: 'ст. 17 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
};

/**
 * One-working-day duties, Law 94-V Art. 25 p.2 sub.8 [P]. Sub-point 8) opens with «в течение одного
 * рабочего дня:», so its indents are paragraphs two to six: change/supplement (2), block (3), destroy (4),
 * unblock (5), breach notice (6).
 */
export const CONFIRMATION_BASIS_KZ: Readonly<Record<ConfirmationAction, Bilingual>> = {
  corrected: {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағы 8) тармақшасының екінші абзацы; 13-бабы',
    ru: 'ст. 25 п. 2 пп. 8) абз. второй; ст. 13 Закона РК № 94-V',
  },
  blocked: {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағы 8) тармақшасының үшінші абзацы',
    ru: 'ст. 25 п. 2 пп. 8) абз. третий Закона РК № 94-V',
  },
  destroyed: {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағы 8) тармақшасының төртінші абзацы; 18-бабы',
    ru: 'ст. 25 п. 2 пп. 8) абз. четвёртый; ст. 18 Закона РК № 94-V',
  },
  unblocked: {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағы 8) тармақшасының бесінші абзацы',
    ru: 'ст. 25 п. 2 пп. 8) абз. пятый Закона РК № 94-V',
  },
};

/** RF counterparts for RF subjects: Art. 21 parts 1–2 [K]/[S], Art. 20 part 3 and Art. 21 parts 3–5 [K]/[S]. */
export const CONFIRMATION_BASIS_RU: Readonly<Record<ConfirmationAction, Bilingual>> = {
  corrected: {
    kk: '№ 152-ФЗ Федералдық заңның 20-бабының 3-бөлігі, 21-бабының 2-бөлігі',
    ru: 'ч. 3 ст. 20, ч. 2 ст. 21 Федерального закона № 152-ФЗ',
  },
  blocked: { kk: '№ 152-ФЗ Федералдық заңның 21-бабының 1-бөлігі', ru: 'ч. 1 ст. 21 Федерального закона № 152-ФЗ' },
  destroyed: {
    kk: '№ 152-ФЗ Федералдық заңның 20-бабының 3-бөлігі, 21-бабының 3–5-бөліктері',
    ru: 'ч. 3 ст. 20, ч. 3–5 ст. 21 Федерального закона № 152-ФЗ',
  },
  unblocked: { kk: '№ 152-ФЗ Федералдық заңның 21-бабының 2-бөлігі', ru: 'ч. 2 ст. 21 Федерального закона № 152-ФЗ' },
};

/** Definitions printed in confirmations: blocking (Art. 1 sub.3) and destruction (Art. 1 sub.6), Law 94-V [P]. */
export const DEFINITION_BLOCKING: Bilingual = {
  kk: 'ҚР № 94-V Заңының 1-бабының 3) тармақшасы',
  ru: 'пп. 3) ст. 1 Закона РК № 94-V',
};
export const DEFINITION_DESTRUCTION: Bilingual = {
  kk: 'ҚР № 94-V Заңының 1-бабының 6) тармақшасы',
  ru: 'пп. 6) ст. 1 Закона РК № 94-V',
};

/** RF extension by five working days with a reasoned notice: 152-FZ Art. 14 part 3, Art. 20 parts 1–2 [K]. */
export const EXTENSION_BASIS_RU: Bilingual = {
  kk: '«Дербес деректер туралы» 2006 жылғы 27 шілдедегі № 152-ФЗ Федералдық заңның 14-бабының 3-бөлігі, 20-бабының 1–2-бөліктері',
  ru: 'ч. 3 ст. 14, ч. 1–2 ст. 20 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
};

/** Article of Law 94-V that matches each destruction reason [P]. */
export const DESTRUCTION_REASON_BASIS: Readonly<Record<DestructionReason, Bilingual>> = {
  'storage-term-expired': {
    kk: 'ҚР № 94-V Заңының 18-бабының 1) тармақшасы, 12-бабының 2-тармағы',
    ru: 'ст. 18 пп. 1), ст. 12 п. 2 Закона РК № 94-V',
  },
  'purpose-achieved': {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағының 4) тармақшасы, 12-бабының 2-тармағы',
    ru: 'ст. 25 п. 2 пп. 4), ст. 12 п. 2 Закона РК № 94-V',
  },
  'relationship-ended': { kk: 'ҚР № 94-V Заңының 18-бабының 2) тармақшасы', ru: 'ст. 18 пп. 2) Закона РК № 94-V' },
  'court-decision': { kk: 'ҚР № 94-V Заңының 18-бабының 3) тармақшасы', ru: 'ст. 18 пп. 3) Закона РК № 94-V' },
  'no-consent': { kk: 'ҚР № 94-V Заңының 18-бабының 3-1) тармақшасы', ru: 'ст. 18 пп. 3-1) Закона РК № 94-V' },
  'unlawful-processing': {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағы 8) тармақшасының төртінші абзацы, 24-бабы 1-тармағының 4) тармақшасы',
    ru: 'ст. 25 п. 2 пп. 8) абз. четвёртый, ст. 24 п. 1 пп. 4) Закона РК № 94-V',
  },
  'correction-impossible': {
    kk: 'ҚР № 94-V Заңының 25-бабы 2-тармағы 8) тармақшасының екінші абзацы',
    ru: 'ст. 25 п. 2 пп. 8) абз. второй Закона РК № 94-V',
  },
  'consent-withdrawn': {
    kk: 'ҚР № 94-V Заңының 8-бабының 7-тармағы, 24-бабы 1-тармағының 5) тармақшасы',
    ru: 'ст. 8 п. 7, ст. 24 п. 1 пп. 5) Закона РК № 94-V',
  },
};

/** The operator's internal act form (no statutory KZ form was found, legal-reference §4.1) [I]. */
export const ACT_FORM_BASIS_KZ: Bilingual = {
  kk: 'ҚР № 94-V Заңының 18-бабы, 25-бабы 2-тармағының 4) тармақшасы',
  ru: 'ст. 18, ст. 25 п. 2 пп. 4) Закона РК № 94-V',
};

/** RKN Order 179 of 28.10.2022, act fields p.3, log extract p.2/p.5, three-year retention p.8 [S]. */
export const ORDER_179: Bilingual = {
  // Genitive: the labels write «… талаптардың 3-тармағында» / «(… талаптардың 8-тармағы)».
  kk: 'Роскомнадзордың 2022 жылғы 28 қазандағы № 179 бұйрығымен бекітілген Дербес деректерді жоюды растауға қойылатын талаптардың',
  // Genitive: the labels write «п. 3 Требований …» / «п. 8 Требований …».
  ru: 'Требований к подтверждению уничтожения персональных данных, утв. приказом Роскомнадзора от 28.10.2022 № 179',
};
