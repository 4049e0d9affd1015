import type { PluralForms } from '../../../shared/format/plural';

/** A feature's strings in one language: the English keys, a string or plural forms `F` as English has. */
export type FeatureMessages<E, F extends PluralForms> = { readonly [K in keyof E]: E[K] extends string ? string : F };
