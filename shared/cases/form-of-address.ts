/**
 * How a letter addresses a person: «Уважаемый …» / «Уважаемая …» in Russian ('Құрметті …' in Kazakh
 * either way). Prefilled at intake from the patronymic's ending, else from the IIN's seventh digit
 * (odd = male, even = female; 0 = unknown), and editable; 'neutral' only when nothing is known.
 */
import { validateIin } from '../validation';

export const FORMS_OF_ADDRESS = ['male', 'female', 'neutral'] as const;
export type FormOfAddress = (typeof FORMS_OF_ADDRESS)[number];

export const isFormOfAddress = (value: unknown): value is FormOfAddress => (FORMS_OF_ADDRESS as readonly unknown[]).includes(value);

const MALE_ENDINGS = /(ович|евич|ьич|ұлы|улы)$/u;
const FEMALE_ENDINGS = /(овна|евна|ична|инична|қызы|кызы)$/u;

/** From the patronymic: any word after the first ending in -ович/-евич/-ұлы/-улы or -овна/-евна/-қызы/-кызы. */
export const formFromName = (fullName: string): FormOfAddress | undefined => {
  const words = fullName
    .trim()
    .toLocaleLowerCase('ru')
    .split(/[\s-]+/u)
    .filter((w) => w !== '');
  for (const word of words.slice(1).reverse()) {
    if (FEMALE_ENDINGS.test(word)) return 'female';
    if (MALE_ENDINGS.test(word)) return 'male';
  }
  return undefined;
};

/** From a valid IIN's seventh digit (century and sex). */
export const formFromIin = (iin: string | undefined): FormOfAddress | undefined => {
  if (iin === undefined || iin.trim() === '') return undefined;
  const r = validateIin(iin.replace(/\s/g, ''));
  if (!r.valid || r.sex === 'unknown') return undefined;
  return r.sex;
};

/** The suggestion shown at intake: the patronymic first, then the IIN, else neutral. */
export const suggestFormOfAddress = (fullName: string, iin?: string): FormOfAddress => formFromName(fullName) ?? formFromIin(iin) ?? 'neutral';
