/**
 * The default grounds as the English interface shows them, and the notes on each ground written for the
 * DPO in the three languages. Letters are printed in Kazakh or Russian only; these English texts are a
 * reading aid (the letter prints what the library says in its language). What the research read behind a
 * ground is kept in its `provenance` (grounds.ts) and is not shown.
 */
import type { Localized } from '../calendar/types';
import type { Locale } from '../locale';
import type { DefaultGroundId } from './grounds';
import type { DestructionReason, Ground } from './model';

const AML_LAW_EN = 'Law of the RK of 28.08.2009 No. 191-IV on Countering the Legalization (Laundering) of Criminal Proceeds and the Financing of Terrorism';
const PD_LAW_EN = 'Law of the RK of 21.05.2013 No. 94-V on Personal Data and Their Protection';
const DIGITAL_CODE_EN = 'Digital Code of the Republic of Kazakhstan of 09.01.2026 No. 255-VIII';
const CIVIL_CODE_EN = 'Civil Code of the Republic of Kazakhstan (General Part) of 27.12.1994 No. 268-XIII';
const FZ_152_EN = 'Federal Law of the RF of 27.07.2006 No. 152-FZ on Personal Data';

const AML_RETENTION_EN =
  'Documents and information obtained in customer due diligence, including the customer file, account information and correspondence with the customer, are kept for at least five years from the day the business relationship ends, and documents and information on operations subject to financial monitoring for at least five years after the operation. The data are not destroyed before this period expires.';

/** The English text and citation of each default ground. */
export const GROUNDS_EN: Readonly<Record<DefaultGroundId, { readonly text: string; readonly citation: string }>> = {
  'kz-aml-retention-payment-organisation': {
    text: `As a payment organisation, the operator is a subject of financial monitoring. ${AML_RETENTION_EN}`,
    citation: `${AML_LAW_EN}, Art. 11 p. 4; Art. 3 p. 1 sub. 12`,
  },
  'kz-aml-retention-microfinance': {
    text: `As an organisation carrying out microfinance activity, the operator is a subject of financial monitoring. ${AML_RETENTION_EN}`,
    citation: `${AML_LAW_EN}, Art. 11 p. 4; Art. 3 p. 1 sub. 11`,
  },
  'kz-consent-unfulfilled-obligation': {
    text: 'Consent to the collection and processing of personal data cannot be withdrawn while you have an unfulfilled obligation to the operator (a debt under a microcredit agreement). The data needed to perform the agreement are processed until the obligation is fulfilled in full.',
    citation: `${PD_LAW_EN}, Art. 8 p. 2; Art. 24 p. 1 sub. 5`,
  },
  'kz-consent-contradicts-law': {
    text: 'Withdrawing the consent contradicts the laws of the Republic of Kazakhstan: the law requires the data to be processed and kept, so to that extent the consent cannot be withdrawn.',
    citation: `${PD_LAW_EN}, Art. 8 p. 2, p. 7; Art. 24 p. 1 sub. 5`,
  },
  'kz-storage-term-not-expired': {
    text: 'Personal data are kept until the purposes of their collection and processing are achieved, unless the legislation of the Republic of Kazakhstan provides otherwise. The purposes for which the data were collected are not yet achieved and the retention period set by law has not expired; the data will be destroyed when the retention period ends.',
    citation: `${PD_LAW_EN}, Art. 12 p. 2; Art. 18 sub. 1`,
  },
  'kz-digital-restriction-instead-of-deletion': {
    text: 'Since the law sets a mandatory retention period for these data, instead of deleting them we have restricted access to them and suspended their processing, except processing to perform obligations under the law or the contract.',
    citation: `${DIGITAL_CODE_EN}, Art. 41 p. 3`,
  },
  'kz-digital-exception-third-party-rights': {
    text: 'The demand for deletion cannot be carried out because keeping the personal data is necessary to protect the rights, freedoms and lawful interests of third parties, including the rights of the parties to possible claims under the contract.',
    citation: `${DIGITAL_CODE_EN}, Art. 41 p. 4 sub. 1`,
  },
  'kz-digital-exception-justice': {
    text: 'The demand for deletion cannot be carried out because keeping the personal data is necessary for the administration of justice or the enforcement of a court decision that has entered into force.',
    citation: `${DIGITAL_CODE_EN}, Art. 41 p. 4 sub. 3`,
  },
  'kz-civil-limitation-period': {
    text: 'Information on the contract and the payments is kept to protect the rights of the parties to possible claims during the general limitation period of three years, which runs from the day a person learned or should have learned of the violation of their right.',
    citation: `${CIVIL_CODE_EN}, Art. 178 p. 1; Art. 180 p. 1`,
  },
  'kz-identity-not-confirmed': {
    text: 'We could not establish that the request was made by the data subject or their legal representative: the information given is not enough to identify them. Giving the data to an unidentified person would breach the duty to keep them confidential. You may send the request again signed with an electronic digital signature, or come in person with an identity document.',
    citation: `${PD_LAW_EN}, Art. 10 p. 2; Art. 11 p. 1`,
  },
  'kz-no-data-held': {
    text: 'The operator does not collect or process your personal data: our databases containing personal data hold no information about you under the identification details given. Such data therefore cannot be provided, changed, blocked or destroyed.',
    citation: `${PD_LAW_EN}, Art. 24 p. 1 sub. 1; Art. 25 p. 2 sub. 6`,
  },
  'ru-identity-not-confirmed': {
    text: 'The request does not contain the information the federal law requires: the number of the subject’s main identity document, its date of issue and issuing authority, information confirming the subject’s relationship with the operator, and the subject’s signature. It was therefore not possible to confirm that the request was sent by the subject.',
    citation: `${FZ_152_EN}, Art. 14 part 3`,
  },
  'ru-no-data-held': {
    text: 'The operator does not process your personal data: under the information given, there are no data about you.',
    citation: `${FZ_152_EN}, Art. 14 part 1; Art. 20 part 1`,
  },
  'ru-repeat-request': {
    text: 'Your request is a repeated one: the previous request for the same information was received less than thirty days before this one, it was answered in full, and no shorter period is set by a federal law, a regulation adopted under it or a contract.',
    citation: `${FZ_152_EN}, Art. 14 parts 4–6`,
  },
  'ru-access-restricted-aml': {
    text: 'The subject’s right of access to their personal data is restricted because the personal data are processed under the legislation on countering the legalization (laundering) of criminal proceeds and the financing of terrorism.',
    citation: `${FZ_152_EN}, Art. 14 part 8 p. 3`,
  },
  'ru-access-restricted-third-parties': {
    text: 'Access to the requested information would violate the rights and lawful interests of third parties, so the right of access is restricted to that extent.',
    citation: `${FZ_152_EN}, Art. 14 part 8 p. 4`,
  },
  'ru-processing-continues-legal-obligation': {
    text: 'The data continue to be processed without your consent because this is necessary to perform the functions, powers and duties the law places on the operator (including keeping information on customers and operations); this is an exception to the duty to stop processing at the subject’s demand.',
    citation: `${FZ_152_EN}, Art. 21 part 5.1; Art. 6 part 1 p. 2; Art. 9 part 2`,
  },
  'ru-processing-continues-contract': {
    text: 'The data continue to be processed because this is necessary to perform a contract to which you are a party; the data will be destroyed once the contract is performed.',
    citation: `${FZ_152_EN}, Art. 21 parts 5 and 5.1; Art. 6 part 1 p. 5; Art. 9 part 2`,
  },
};

const AML_VERSION: Localized = {
  kk: 'Заңның 2023 жылғы 12 қыркүйектегі редакциясы оқылды: 11-баптың 4-тармағына кейінгі өзгерістер болуы мүмкін — қолданар алдында қолданыстағы мәтінді тексеріңіз.',
  ru: 'Прочитана редакция Закона от 12.09.2023: более поздние изменения п. 4 ст. 11 не исключены — перед применением сверьте действующий текст.',
  en: 'The Law was read in its version of 12.09.2023: later amendments to Art. 11 p. 4 are possible — check the current text before relying on it.',
};
const DIGITAL_IN_FORCE: Localized = {
  kk: 'Цифрлық кодекс ресми жарияланғаннан кейін алты ай өткен соң (шамамен 2026 жылғы шілде) қолданысқа енеді: хатқа дейін күшіне енгенін тексеріңіз.',
  ru: 'Цифровой кодекс вводится в действие через шесть месяцев после официального опубликования (ориентировочно июль 2026 года): перед письмом проверьте, вступил ли он в силу.',
  en: 'The Digital Code takes effect six months after its official publication (about July 2026): check that it is in force before the letter.',
};

/** Notes on the default grounds for the DPO: what to check before relying on a ground. */
export const GROUND_NOTES: Readonly<Partial<Record<DefaultGroundId, Localized>>> = {
  'kz-aml-retention-payment-organisation': AML_VERSION,
  'kz-aml-retention-microfinance': AML_VERSION,
  'kz-digital-restriction-instead-of-deletion': DIGITAL_IN_FORCE,
  'kz-digital-exception-third-party-rights': {
    kk: `${DIGITAL_IN_FORCE.kk} Бұл тармақшаны оператордың өз шарттық талаптарына қолдану — түсіндіру, заңның тікелей нормасы емес.`,
    ru: `${DIGITAL_IN_FORCE.ru} Применение этого подпункта к собственным договорным требованиям оператора — толкование, а не прямая норма.`,
    en: `${DIGITAL_IN_FORCE.en} Applying this sub-paragraph to the operator’s own contractual claims is an interpretation, not an express rule.`,
  },
  'kz-digital-exception-justice': DIGITAL_IN_FORCE,
  'kz-civil-limitation-period': {
    kk: 'Әлсіз негіз: талап қою мерзімінің өзі деректерді сақтауға міндеттемейді. Бұл негізбен бірге Цифрлық кодекстің 41-бабы 4-тармағының 1) тармақшасын келтірген жөн.',
    ru: 'Слабое основание: сроки исковой давности сами по себе не обязывают хранить данные. Лучше ссылаться вместе с ним на пп. 1) п. 4 ст. 41 Цифрового кодекса.',
    en: 'A weaker ground: limitation periods do not themselves oblige anyone to keep data. Better cite Digital Code Art. 41 p. 4 sub. 1 alongside it.',
  },
  'kz-identity-not-confirmed': {
    kk: 'Баптар тексерілді; сәйкестендіру жеткіліксіз болғанда бас тарту — заңның тікелей нормасы емес, тәжірибе.',
    ru: 'Статьи сверены; отказ при недостаточной идентификации — практика, а не прямая норма закона.',
    en: 'The articles were checked; refusing when identification is insufficient is practice, not an express rule of the Law.',
  },
  'ru-identity-not-confirmed': {
    kk: '152-ФЗ-ның ресми мәтіні ашылған жоқ: 3-бөліктің тұжырымы белгілі редакция бойынша берілген — қолданар алдында тексеріңіз.',
    ru: 'Официальный текст 152-ФЗ не открывался: формулировка ч. 3 приведена по известной редакции — перед применением сверьте.',
    en: 'The official text of 152-FZ was not opened: the wording of part 3 follows the known version — check it before relying on it.',
  },
  'ru-repeat-request': {
    kk: '152-ФЗ-ның ресми мәтіні ашылған жоқ: 14-баптың 4–6-бөліктері белгілі редакция бойынша. Бас тартудың негізділігін дәлелдеу міндеті операторға жүктеледі (6-бөлік).',
    ru: 'Официальный текст 152-ФЗ не открывался: ч. 4–6 ст. 14 — по известной редакции. Обязанность доказать обоснованность отказа лежит на операторе (ч. 6).',
    en: 'The official text of 152-FZ was not opened: Art. 14 parts 4–6 follow the known version. The operator bears the burden of proving the refusal is justified (part 6).',
  },
};

/** Whether a default ground is shown as shipped (the DPO has not edited its Kazakh and Russian texts). */
function asShipped(ground: Ground, shipped: Ground | undefined): boolean {
  return (
    shipped !== undefined &&
    shipped.text.kk === ground.text.kk &&
    shipped.text.ru === ground.text.ru &&
    shipped.citation.kk === ground.citation.kk &&
    shipped.citation.ru === ground.citation.ru
  );
}

export interface GroundDisplay {
  readonly text: string;
  readonly citation: string;
  /** The language the text is in (an edited or added ground has no English text: its Russian is shown). */
  readonly lang: Locale;
  readonly note?: string;
}

/**
 * A ground as the interface shows it: in Kazakh or Russian as written, in English the shipped translation
 * — or, for a ground the DPO edited or added (which exists in Kazakh and Russian only), its Russian text.
 */
export function groundDisplay(ground: Ground, shipped: Ground | undefined, locale: Locale): GroundDisplay {
  const id = ground.id as DefaultGroundId;
  const note = asShipped(ground, shipped) ? GROUND_NOTES[id]?.[locale] : undefined;
  const base = (lang: 'kk' | 'ru'): GroundDisplay => ({ text: ground.text[lang], citation: ground.citation[lang], lang, ...(note ? { note } : {}) });
  if (locale !== 'en') return base(locale);
  const english = asShipped(ground, shipped) ? GROUNDS_EN[id] : undefined;
  return english ? { text: english.text, citation: english.citation, lang: 'en', ...(note ? { note } : {}) } : base('ru');
}

/** The reasons for a destruction and their legal basis as the English interface shows them (acts print kk/ru). */
export const DESTRUCTION_REASONS_EN: Readonly<Record<DestructionReason, { readonly reason: string; readonly basis: string }>> = {
  'storage-term-expired': { reason: 'the retention period of the personal data has expired', basis: 'Law of the RK No. 94-V, Art. 18 sub. 1, Art. 12 p. 2' },
  'purpose-achieved': {
    reason: 'the purposes of collecting and processing the personal data are achieved',
    basis: 'Law of the RK No. 94-V, Art. 25 p. 2 sub. 4, Art. 12 p. 2',
  },
  'relationship-ended': { reason: 'the legal relationship with the data subject has ended', basis: 'Law of the RK No. 94-V, Art. 18 sub. 2' },
  'court-decision': { reason: 'a court decision has entered into force', basis: 'Law of the RK No. 94-V, Art. 18 sub. 3' },
  'no-consent': {
    reason: 'collection and processing of personal data without the subject’s consent was found',
    basis: 'Law of the RK No. 94-V, Art. 18 sub. 3-1',
  },
  'unlawful-processing': {
    reason: 'collection or processing of the personal data in breach of the law was confirmed',
    basis: 'Law of the RK No. 94-V, Art. 25 p. 2 sub. 8 ind. 4, Art. 24 p. 1 sub. 4',
  },
  'correction-impossible': { reason: 'the personal data cannot be changed or supplemented', basis: 'Law of the RK No. 94-V, Art. 25 p. 2 sub. 8 ind. 2' },
  'consent-withdrawn': {
    reason: 'the subject withdrew the consent to the collection and processing of personal data',
    basis: 'Law of the RK No. 94-V, Art. 8 p. 7, Art. 24 p. 1 sub. 5',
  },
};
