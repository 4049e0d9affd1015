/** The Civil Code articles on computing terms, as cited in traces (KZ Civil Code Ch. 6; RF Civil Code Ch. 11). */
import type { CountingLaw } from './trace-types';
import type { Localized } from './types';

export const COUNTING_RULES = ['period', 'start', 'months-end', 'non-working-end', 'close-of-business'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

export const COUNTING_CITATIONS: Readonly<Record<CountingRule, Readonly<Record<CountingLaw, Localized>>>> = {
  /** A term may be a period of years, months, weeks, days or hours. */
  period: {
    kz: { kk: 'ҚР АК 172-бабы', ru: 'ст. 172 ГК РК', en: 'Civil Code Art. 172' },
    ru: { kk: 'РФ АК 190-бабы', ru: 'ст. 190 ГК РФ', en: 'RF Civil Code Art. 190' },
  },
  /** The term begins on the day after the date or event that starts it. */
  start: {
    kz: { kk: 'ҚР АК 173-бабы', ru: 'ст. 173 ГК РК', en: 'Civil Code Art. 173' },
    ru: { kk: 'РФ АК 191-бабы', ru: 'ст. 191 ГК РФ', en: 'RF Civil Code Art. 191' },
  },
  /** Month and year terms end on the corresponding date (or the month's last day). */
  'months-end': {
    kz: { kk: 'ҚР АК 174-бабы', ru: 'ст. 174 ГК РК', en: 'Civil Code Art. 174' },
    ru: { kk: 'РФ АК 192-бабының 3-тармағы', ru: 'п. 3 ст. 192 ГК РФ', en: 'RF Civil Code Art. 192 p.3' },
  },
  /** A last day falling on a non-working day moves to the next working day. */
  'non-working-end': {
    kz: { kk: 'ҚР АК 175-бабы', ru: 'ст. 175 ГК РК', en: 'Civil Code Art. 175' },
    ru: { kk: 'РФ АК 193-бабы', ru: 'ст. 193 ГК РФ', en: 'RF Civil Code Art. 193' },
  },
  /** An act to be done in an organisation: the term ends when it stops the relevant operations. */
  'close-of-business': {
    kz: { kk: 'ҚР АК 176-бабының 1-тармағы', ru: 'п. 1 ст. 176 ГК РК', en: 'Civil Code Art. 176 p.1' },
    ru: { kk: 'РФ АК 194-бабының 1-тармағы', ru: 'п. 1 ст. 194 ГК РФ', en: 'RF Civil Code Art. 194 p.1' },
  },
};
