/**
 * Type-level check that a zod schema and the record type it validates describe the same members, so a
 * change to one that is not made to the other fails to compile:
 *
 *   const _cases: SameShape<z.output<typeof caseSchema>, CaseRecord> = true;
 *
 * Both directions are checked — a member missing from either side, or typed differently, or optional on
 * one side only — at every depth, and a second time with every member made required, which catches an
 * optional member present on one side only. Members a loose object keeps without naming them (its
 * `[key: string]: unknown`) are left out: the schema names what it checks and keeps the rest.
 */

import type { EncodedBlob } from './format';

type Fn = (...args: never) => unknown;

type Index<K> = string extends K ? true : number extends K ? true : false;
type NamedKeys<T> = keyof { [K in keyof T as Index<K> extends true ? never : K]: 0 };

/**
 * An object that names no member but takes any (a loose object with an empty shape, a Record): compared
 * as "open", so it cannot stand in for every other object the way `{}` would in a union.
 */
interface Open {
  readonly '(open)': true;
}

/** T without index signatures, arrays read-only, at every depth. */
type Named<T> = T extends Fn
  ? T
  : T extends readonly (infer E)[]
    ? readonly Named<E>[]
    : T extends object
      ? [NamedKeys<T>] extends [never]
        ? Open
        : { readonly [K in keyof T as Index<K> extends true ? never : K]: Named<T[K]> }
      : T;

/** Named<T> with every member required (and never undefined). */
type Filled<T> = T extends Fn
  ? T
  : T extends readonly (infer E)[]
    ? readonly Filled<E>[]
    : T extends object
      ? [NamedKeys<T>] extends [never]
        ? Open
        : { readonly [K in keyof T as Index<K> extends true ? never : K]-?: Filled<Exclude<T[K], undefined>> }
      : T;

type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type SameShape<A, B> = Mutual<Named<A>, Named<B>> extends true ? Mutual<Filled<A>, Filled<B>> : false;

/** A record as the backup file holds it: its binary member as {type, base64}. */
export type Encoded<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: EncodedBlob };
