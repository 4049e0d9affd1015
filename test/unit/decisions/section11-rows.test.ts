/**
 * Every row of legal-reference §11 (11.1 Kazakhstan, 11.2 Russia), table-driven: the request registered on Mon
 * 23.11.2026 10:00 Almaty, the obligations intake creates with their exact due instants on the real KZ and RF
 * calendars, each outcome of each duty — what it completes, the obligations it starts with their exact due
 * instants — and the basis the letter that outcome justifies prints. Hand-derived dates (Almaty, 18:00 close of
 * business = 13:00Z): 1 WD → Tue 24.11; 3 WD → Thu 26.11; 7 WD → Wed 02.12; 10 WD → Mon 07.12; 15 WD → Mon
 * 14.12 (no KZ or RF holiday between; KZ 16.12 comes after); 30 CD → Wed 23.12; six months after 07.12.2026 →
 * Mon 07.06.2027.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { extendedDue, intakeObligations, spawnedObligations, type DeadlineContext } from '../../../shared/cases/deadlines';
import type { ActionRecord, CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { outcomeRecord, type OutcomeKind } from '../../../shared/cases/outcome';
import { REPEAT_REQUEST_GROUND } from '../../../shared/cases/repeat-request';
import { allowedActions, planAction, WorkflowError, type ObligationAction } from '../../../shared/cases/workflow';
import {
  confirmationInputOf,
  documentOffers,
  extensionInputOf,
  outcomeFactsOf,
  refusalInputOf,
  type CaseDocumentKind,
} from '../../../shared/documents/case-documents';
import { buildConfirmationLetter, buildExtensionNotice, buildRefusalLetter, DEFAULT_GROUNDS, documentText, elementText } from '../../../shared/documents';
import type { DestructionReason } from '../../../shared/documents/model';
import { ruleById, settingDefinitions, type RuleId } from '../../../shared/rules';
import type { RequestType } from '../../../shared/rules/request-types';
import { QIWI } from '../../fixtures/documents/sample-data';

const context: DeadlineContext = {
  settings: {},
  zone: 'Asia/Almaty',
  closeOfBusiness: '18:00',
  calendars: { kz: buildCalendar('kz'), ru: buildCalendar('ru') },
};

const RECEIVED = '2026-11-23T05:00:00.000Z'; // Mon 23.11.2026 10:00 Almaty
const at = (local: string) => new Date(`${local}+05:00`).toISOString();
const D = {
  receipt: RECEIVED,
  wd1: '2026-11-24T13:00:00.000Z',
  wd3: '2026-11-26T13:00:00.000Z',
  wd5: '2026-11-30T13:00:00.000Z',
  wd7: '2026-12-02T13:00:00.000Z',
  wd10: '2026-12-07T13:00:00.000Z',
  wd15: '2026-12-14T13:00:00.000Z',
  cd30: '2026-12-23T13:00:00.000Z',
} as const;

interface Step {
  readonly action: ObligationAction;
  readonly on: RuleId;
  readonly at: string;
  readonly grounds?: readonly string[];
  readonly basis?: DestructionReason;
  readonly until?: string;
}

interface OutcomeCase {
  readonly name: string;
  /** Steps recorded before the outcome under test (e.g. the block before its verification). */
  readonly before?: readonly Step[];
  readonly step: Step;
  /** The outcome recorded on the obligations it completes (undefined: an extension, which completes none). */
  readonly outcome?: OutcomeKind;
  readonly completes: readonly RuleId[];
  /** Obligations the outcome starts, with their exact due instants. */
  readonly spawns?: Readonly<Partial<Record<RuleId, string>>>;
  /** The letters the outcome justifies and the basis each prints (Russian text, every part present). */
  readonly letters?: Readonly<Partial<Record<CaseDocumentKind, readonly string[]>>>;
  /** Texts a letter must not print (a fixed article of another outcome). */
  readonly notInLetters?: readonly string[];
}

interface Row {
  readonly row: string;
  readonly types: readonly RequestType[];
  readonly rf: boolean;
  readonly receivedAt?: string;
  readonly bodyTermDays?: number;
  /** Every deadline obligation intake creates, with its due instant. */
  readonly intake: Readonly<Partial<Record<RuleId, string>>>;
  readonly outcomes: readonly OutcomeCase[];
}

const KZ = (ru: string) => `${ru} Закона РК № 94-V`;
const RF = (ru: string) => `${ru} Федерального закона № 152-ФЗ`;
const RF_FULL = (ru: string) => `${ru} Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»`;
const AML = 'kz-aml-retention-payment-organisation';

const ROWS: readonly Row[] = [
  /* ───────────── 11.1 Kazakhstan ───────────── */
  {
    row: 'K1/K1a/K2 access',
    types: ['access'],
    rf: false,
    intake: { 'kz.access.provide': D.wd3 },
    outcomes: [
      {
        name: 'provided',
        step: { action: 'provide', on: 'kz.access.provide', at: at('2026-11-25T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.access.provide'],
        // The information answer (its content from the register of processing activities: test/unit/processing).
        letters: { 'information-answer': [] },
      },
      {
        name: 'refused with reasons (K2)',
        step: { action: 'refuse', on: 'kz.access.provide', at: at('2026-11-25T10:00'), grounds: ['kz-identity-not-confirmed'] },
        outcome: 'refused',
        completes: ['kz.access.provide'],
        letters: { 'refusal-letter': [KZ('пп. 7) п. 2 ст. 25')] },
      },
      {
        name: 'partly',
        step: { action: 'partly', on: 'kz.access.provide', at: at('2026-11-25T10:00'), grounds: ['kz-identity-not-confirmed'] },
        outcome: 'partly',
        completes: ['kz.access.provide'],
        letters: { 'refusal-letter': [KZ('пп. 7) п. 2 ст. 25')] },
      },
    ],
  },
  {
    row: 'K4 correction',
    types: ['correction'],
    rf: false,
    intake: { 'kz.correction.change': D.wd1 },
    outcomes: [
      {
        name: 'changed',
        step: { action: 'correct', on: 'kz.correction.change', at: at('2026-11-24T11:00') },
        outcome: 'fulfilled',
        completes: ['kz.correction.change'],
        letters: { 'confirmation-corrected': ['ст. 25 п. 2 пп. 8) абз. второй; ст. 13 Закона РК № 94-V'] },
      },
      {
        name: 'change impossible → destroy on the same clock (from the documents)',
        step: { action: 'correction-impossible', on: 'kz.correction.change', at: at('2026-11-24T11:00') },
        outcome: 'impossible',
        completes: ['kz.correction.change'],
        spawns: { 'kz.correction.destroy': D.wd1 },
      },
      {
        name: 'change impossible → destroyed: the confirmation cites sub.8 ind.1',
        before: [{ action: 'correction-impossible', on: 'kz.correction.change', at: at('2026-11-24T11:00') }],
        step: { action: 'destroy', on: 'kz.correction.destroy', at: at('2026-11-24T15:00'), basis: 'correction-impossible' },
        outcome: 'fulfilled',
        completes: ['kz.correction.destroy'],
        letters: { 'confirmation-destroyed': [KZ('ст. 25 п. 2 пп. 8) абз. второй')], 'destruction-act': [] },
      },
      {
        name: 'refused: the documents do not confirm the inaccuracy',
        step: { action: 'refuse', on: 'kz.correction.change', at: at('2026-11-24T11:00'), grounds: ['kz-identity-not-confirmed'] },
        outcome: 'refused',
        completes: ['kz.correction.change'],
        letters: { 'refusal-letter': [KZ('абз. второй пп. 8), пп. 7) п. 2 ст. 25')] },
        notInLetters: ['пп. 7) п. 2 ст. 25 Закона РК № 94-V;'],
      },
    ],
  },
  {
    row: 'K5 → K6 / K7 blocking',
    types: ['blocking'],
    rf: false,
    intake: { 'kz.block': D.wd1 },
    outcomes: [
      {
        name: 'blocked',
        step: { action: 'block', on: 'kz.block', at: at('2026-11-24T09:00') },
        outcome: 'fulfilled',
        completes: ['kz.block'],
        letters: { 'confirmation-blocked': [KZ('ст. 25 п. 2 пп. 8) абз. третий')] },
      },
      {
        name: 'violation confirmed → destroy within 1 WD of the confirmation (K6)',
        before: [{ action: 'block', on: 'kz.block', at: at('2026-11-24T09:00') }],
        step: { action: 'verify-confirmed', on: 'kz.block', at: at('2026-11-25T14:00') },
        completes: [],
        spawns: { 'kz.destroy': D.wd3 },
      },
      {
        name: 'K6 destroyed: the confirmation cites sub.8 ind.3 (the ground of the destruction)',
        before: [
          { action: 'block', on: 'kz.block', at: at('2026-11-24T09:00') },
          { action: 'verify-confirmed', on: 'kz.block', at: at('2026-11-25T14:00') },
        ],
        step: { action: 'destroy', on: 'kz.destroy', at: at('2026-11-26T10:00'), basis: 'unlawful-processing' },
        outcome: 'fulfilled',
        completes: ['kz.destroy'],
        letters: { 'confirmation-destroyed': [KZ('ст. 25 п. 2 пп. 8) абз. четвёртый, ст. 24 п. 1 пп. 4)')], 'destruction-act': [] },
      },
      {
        name: 'violation not confirmed → unblock within 1 WD (K7)',
        before: [{ action: 'block', on: 'kz.block', at: at('2026-11-24T09:00') }],
        step: { action: 'verify-not-confirmed', on: 'kz.block', at: at('2026-11-25T14:00') },
        completes: [],
        spawns: { 'kz.unblock': D.wd3 },
      },
      {
        name: 'K7 unblocked: the confirmation cites sub.8 ind.4',
        before: [
          { action: 'block', on: 'kz.block', at: at('2026-11-24T09:00') },
          { action: 'verify-not-confirmed', on: 'kz.block', at: at('2026-11-25T14:00') },
        ],
        step: { action: 'unblock', on: 'kz.unblock', at: at('2026-11-26T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.unblock'],
        letters: { 'confirmation-unblocked': [KZ('ст. 25 п. 2 пп. 8) абз. пятый')] },
      },
    ],
  },
  {
    row: 'K6/K13 destruction demand',
    types: ['destruction'],
    rf: false,
    intake: { 'kz.destruction.demand': D.wd3 },
    outcomes: [
      {
        name: 'destroyed (processing without consent: Art. 18 sub.3-1)',
        step: { action: 'destroy', on: 'kz.destruction.demand', at: at('2026-11-25T10:00'), basis: 'no-consent' },
        outcome: 'fulfilled',
        completes: ['kz.destruction.demand'],
        letters: { 'confirmation-destroyed': [KZ('ст. 18 пп. 3-1)')], 'destruction-act': [] },
        notInLetters: ['ст. 25 п. 2 пп. 8) абз. четвёртый; ст. 18'],
      },
      {
        name: 'violation confirmed → K6 from the confirmation',
        step: { action: 'verify-confirmed', on: 'kz.destruction.demand', at: at('2026-11-25T14:00') },
        outcome: 'followed-up',
        completes: ['kz.destruction.demand'],
        spawns: { 'kz.destroy': D.wd3 },
      },
      {
        name: 'refused with reasons (AML retention)',
        step: { action: 'refuse', on: 'kz.destruction.demand', at: at('2026-11-25T10:00'), grounds: [AML] },
        outcome: 'refused',
        completes: ['kz.destruction.demand'],
        letters: { 'refusal-letter': [KZ('пп. 4) п. 1 ст. 24, п. 2 ст. 12'), 'ст. 11 п. 4'] },
        notInLetters: ['пп. 7) п. 2 ст. 25'],
      },
      {
        name: 'restricted instead of deleted (Digital Code Art. 41 p.3)',
        step: { action: 'restrict', on: 'kz.destruction.demand', at: at('2026-11-25T10:00'), grounds: [AML], until: '2031-11-24' },
        outcome: 'restricted',
        completes: ['kz.destruction.demand'],
        letters: { 'refusal-letter': ['п. 3 ст. 41 Цифрового кодекса Республики Казахстан; п. 2 ст. 12 Закона РК № 94-V', '24.11.2031'] },
      },
      {
        name: 'partly: part destroyed (relationship ended), part kept — the answer, the confirmation and the act',
        step: { action: 'partly', on: 'kz.destruction.demand', at: at('2026-11-25T10:00'), grounds: [AML], basis: 'relationship-ended' },
        outcome: 'partly',
        completes: ['kz.destruction.demand'],
        letters: {
          'refusal-letter': [KZ('пп. 4) п. 1 ст. 24, п. 2 ст. 12')],
          'confirmation-destroyed': [KZ('ст. 18 пп. 2)')],
          'destruction-act': [],
        },
      },
    ],
  },
  {
    row: 'K10 consent withdrawal',
    types: ['consent-withdrawal'],
    rf: false,
    intake: { 'kz.consent-withdrawal.stop': D.wd15 },
    outcomes: [
      {
        name: 'stopped and destroyed: the confirmation cites Art. 8 p.7',
        step: { action: 'destroy', on: 'kz.consent-withdrawal.stop', at: at('2026-11-30T10:00'), basis: 'consent-withdrawn' },
        outcome: 'fulfilled',
        completes: ['kz.consent-withdrawal.stop'],
        letters: { 'confirmation-destroyed': [KZ('ст. 8 п. 7, ст. 24 п. 1 пп. 5)')], 'destruction-act': [] },
      },
      {
        name: 'stopped',
        step: { action: 'stop-processing', on: 'kz.consent-withdrawal.stop', at: at('2026-11-30T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.consent-withdrawal.stop'],
      },
      {
        name: 'reasoned refusal (Art. 8 p.2: unfulfilled obligation)',
        step: { action: 'refuse', on: 'kz.consent-withdrawal.stop', at: at('2026-11-30T10:00'), grounds: ['kz-consent-contradicts-law'] },
        outcome: 'refused',
        completes: ['kz.consent-withdrawal.stop'],
        letters: { 'refusal-letter': [KZ('п. 2, п. 7 ст. 8')] },
      },
    ],
  },
  {
    row: 'K11 objection to automated processing',
    types: ['objection-automated'],
    rf: false,
    intake: { 'kz.objection-automated.answer': D.wd3 },
    outcomes: [
      {
        name: 'upheld, result notified',
        step: { action: 'provide', on: 'kz.objection-automated.answer', at: at('2026-11-25T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.objection-automated.answer'],
      },
      {
        name: 'rejected with reasons',
        step: { action: 'refuse', on: 'kz.objection-automated.answer', at: at('2026-11-25T10:00'), grounds: ['kz-identity-not-confirmed'] },
        outcome: 'refused',
        completes: ['kz.objection-automated.answer'],
        letters: { 'refusal-letter': [KZ('п. 2–3 ст. 19-1')] },
      },
    ],
  },
  {
    row: 'K9 removal from public sources',
    types: ['public-source-removal'],
    rf: false,
    intake: { 'kz.public-source.exclude': D.wd1 },
    outcomes: [
      {
        name: 'removed',
        step: { action: 'stop-processing', on: 'kz.public-source.exclude', at: at('2026-11-24T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.public-source.exclude'],
      },
      {
        name: 'refused with reasons',
        step: { action: 'refuse', on: 'kz.public-source.exclude', at: at('2026-11-24T10:00'), grounds: ['kz-identity-not-confirmed'] },
        outcome: 'refused',
        completes: ['kz.public-source.exclude'],
        letters: { 'refusal-letter': [KZ('п. 3–4 ст. 6')] },
      },
    ],
  },
  {
    row: 'K14 request of the authorized body (default [I] term)',
    types: ['kz-authority-request'],
    rf: false,
    intake: { 'kz.authority-request.answer': D.wd10 },
    outcomes: [
      {
        name: 'answered',
        step: { action: 'provide', on: 'kz.authority-request.answer', at: at('2026-12-01T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.authority-request.answer'],
      },
    ],
  },
  {
    row: 'K14 request of the authorized body (the term the body set: 5 WD)',
    types: ['kz-authority-request'],
    rf: false,
    bodyTermDays: 5,
    intake: { 'kz.authority-request.answer': D.wd5 },
    outcomes: [
      {
        name: 'answered',
        step: { action: 'provide', on: 'kz.authority-request.answer', at: at('2026-11-27T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.authority-request.answer'],
      },
    ],
  },
  {
    row: 'K15 proof of consent',
    types: ['consent-proof'],
    rf: false,
    intake: { 'kz.consent-proof.provide': D.wd3 },
    outcomes: [
      {
        name: 'evidence provided',
        step: { action: 'provide', on: 'kz.consent-proof.provide', at: at('2026-11-25T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.consent-proof.provide'],
      },
    ],
  },
  {
    row: 'K8 breach detected after close of business (same wall-clock time on the next working day)',
    types: ['breach'],
    rf: false,
    receivedAt: at('2026-11-23T20:30'),
    intake: { 'kz.breach.notify-authority': at('2026-11-24T20:30'), 'kz.breach.notice-content': at('2026-11-24T20:30') },
    outcomes: [
      {
        name: 'notified (one notice answers K8 and K8a)',
        step: { action: 'notify', on: 'kz.breach.notify-authority', at: at('2026-11-24T09:00') },
        outcome: 'fulfilled',
        completes: ['kz.breach.notify-authority', 'kz.breach.notice-content'],
      },
    ],
  },
  {
    row: 'K8 breach detected on Friday evening → Monday, same time',
    types: ['breach'],
    rf: false,
    receivedAt: at('2026-11-27T20:30'),
    intake: { 'kz.breach.notify-authority': at('2026-11-30T20:30'), 'kz.breach.notice-content': at('2026-11-30T20:30') },
    outcomes: [],
  },
  {
    row: 'K8 breach detected on a day off → close of business of the first working day',
    types: ['breach'],
    rf: false,
    receivedAt: at('2026-11-28T10:00'),
    intake: { 'kz.breach.notify-authority': D.wd5, 'kz.breach.notice-content': D.wd5 },
    outcomes: [],
  },
  {
    row: 'K13 purpose achieved (internal [I] term)',
    types: ['purpose-achieved'],
    rf: false,
    intake: { 'kz.purpose-achieved.destroy': D.wd10 },
    outcomes: [
      {
        name: 'destroyed (storage term expired)',
        step: { action: 'destroy', on: 'kz.purpose-achieved.destroy', at: at('2026-12-01T10:00'), basis: 'storage-term-expired' },
        outcome: 'fulfilled',
        completes: ['kz.purpose-achieved.destroy'],
        letters: { 'confirmation-destroyed': [KZ('ст. 18 пп. 1), ст. 12 п. 2')], 'destruction-act': [] },
      },
      {
        name: 'restricted instead (a mandatory storage term)',
        step: { action: 'restrict', on: 'kz.purpose-achieved.destroy', at: at('2026-12-01T10:00'), grounds: [AML], until: '2031-12-01' },
        outcome: 'restricted',
        completes: ['kz.purpose-achieved.destroy'],
        letters: { 'refusal-letter': ['01.12.2031'] },
      },
    ],
  },

  /* ───────────── 11.2 Russia (an RF citizen: RF obligations beside the KZ ones) ───────────── */
  {
    row: 'R1/R3 access (10 WD, +5 with a reasoned notice before the deadline)',
    types: ['access'],
    rf: true,
    intake: { 'kz.access.provide': D.wd3, 'ru.access.provide': D.wd10 },
    outcomes: [
      {
        name: 'provided: one answer fulfils the KZ and the RF obligation',
        step: { action: 'provide', on: 'ru.access.provide', at: at('2026-11-25T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.access.provide', 'ru.access.provide'],
        letters: { 'information-answer': [] },
      },
      {
        name: 'reasoned refusal (R3: Art. 14 p.8 or another federal law)',
        step: { action: 'refuse', on: 'kz.access.provide', at: at('2026-11-25T10:00'), grounds: ['ru-access-restricted-aml'] },
        outcome: 'refused',
        completes: ['kz.access.provide', 'ru.access.provide'],
        letters: { 'refusal-letter': [KZ('пп. 7) п. 2 ст. 25'), RF('ч. 2 ст. 20, ч. 8 ст. 14')] },
      },
      {
        name: 'extended before the deadline: +5 WD from the same start, the notice cites Art. 14 p.3, Art. 20 p.1–2',
        step: { action: 'extend', on: 'ru.access.provide', at: at('2026-12-07T17:00') },
        completes: [],
        letters: { 'extension-notice': [RF_FULL('ч. 3 ст. 14, ч. 1–2 ст. 20'), '14.12.2026 18:00'] },
      },
    ],
  },
  {
    row: 'R2/R2a repeat request within 30 days → reasoned refusal',
    types: ['access'],
    rf: true,
    intake: { 'kz.access.provide': D.wd3, 'ru.access.provide': D.wd10 },
    outcomes: [
      {
        name: 'refused on the repeat-request ground: Art. 14 p.4–6',
        step: { action: 'refuse', on: 'ru.access.provide', at: at('2026-11-25T10:00'), grounds: [REPEAT_REQUEST_GROUND] },
        outcome: 'refused',
        completes: ['kz.access.provide', 'ru.access.provide'],
        letters: { 'refusal-letter': [RF('ч. 4–6 ст. 14')] },
        notInLetters: ['ч. 2 ст. 20, ч. 8 ст. 14'],
      },
    ],
  },
  {
    row: 'R6 → R7 correction (block at once; clarify within 7 WD of the documents) and R4',
    types: ['correction'],
    rf: true,
    intake: { 'kz.correction.change': D.wd1, 'ru.block': D.receipt, 'ru.correction.change': D.wd7 },
    outcomes: [
      {
        name: 'R6 blocked at once',
        step: { action: 'block', on: 'ru.block', at: at('2026-11-23T10:05') },
        outcome: 'fulfilled',
        completes: ['ru.block'],
        letters: { 'confirmation-blocked': [RF('ч. 1 ст. 21')] },
      },
      {
        name: 'inaccuracy confirmed → R7 clarify and unblock, 7 WD from the documents (the receipt), not from the verification',
        before: [{ action: 'block', on: 'ru.block', at: at('2026-11-23T10:05') }],
        step: { action: 'verify-confirmed', on: 'ru.block', at: at('2026-11-30T10:00') },
        completes: [],
        spawns: { 'ru.inaccuracy.clarify-unblock': D.wd7 },
      },
      {
        name: 'R4 changed: one correction answers K4, R4 (and R7)',
        before: [{ action: 'block', on: 'ru.block', at: at('2026-11-23T10:05') }],
        step: { action: 'correct', on: 'ru.correction.change', at: at('2026-11-24T10:00') },
        outcome: 'fulfilled',
        completes: ['kz.correction.change', 'ru.correction.change'],
        letters: { 'confirmation-corrected': [KZ('ст. 25 п. 2 пп. 8) абз. второй; ст. 13'), RF('ч. 3 ст. 20, ч. 2 ст. 21')] },
      },
      {
        name: 'unlawful processing found while blocked → R8 (3 WD) and R9 (10 WD) from the detection',
        before: [{ action: 'block', on: 'ru.block', at: at('2026-11-23T10:05') }],
        step: { action: 'verify-unlawful', on: 'ru.block', at: at('2026-11-24T10:00') },
        completes: [],
        spawns: { 'ru.unlawful.stop': '2026-11-27T13:00:00.000Z', 'ru.unlawful.destroy': '2026-12-08T13:00:00.000Z' },
      },
    ],
  },
  {
    row: 'R6 → R8 → R9 (→ R14) unlawful processing',
    types: ['unlawful-processing'],
    rf: true,
    intake: { 'ru.block': D.receipt, 'ru.unlawful.stop': D.wd3, 'ru.unlawful.destroy': D.wd10 },
    outcomes: [
      {
        name: 'R8 stopped',
        step: { action: 'stop-processing', on: 'ru.unlawful.stop', at: at('2026-11-25T10:00') },
        outcome: 'fulfilled',
        completes: ['ru.unlawful.stop'],
      },
      {
        name: 'R9 destroyed: the confirmation cites Art. 21 p.3',
        step: { action: 'destroy', on: 'ru.unlawful.destroy', at: at('2026-11-30T10:00'), basis: 'unlawful-processing' },
        outcome: 'fulfilled',
        completes: ['ru.unlawful.destroy'],
        letters: { 'confirmation-destroyed': [KZ('ст. 25 п. 2 пп. 8) абз. четвёртый, ст. 24 п. 1 пп. 4)'), RF('ч. 3 ст. 21')], 'destruction-act': [] },
        notInLetters: ['ч. 3–5 ст. 21'],
      },
      {
        name: 'destruction impossible → R14: blocked, destroyed within 6 months of the end of the R9 term',
        step: { action: 'destruction-impossible', on: 'ru.unlawful.destroy', at: at('2026-12-07T10:00') },
        outcome: 'impossible',
        completes: ['ru.unlawful.destroy'],
        spawns: { 'ru.destruction-impossible.destroy': '2027-06-07T13:00:00.000Z' },
      },
      {
        name: 'R14 destroyed: the confirmation cites Art. 21 p.6',
        before: [{ action: 'destruction-impossible', on: 'ru.unlawful.destroy', at: at('2026-12-07T10:00') }],
        step: { action: 'destroy', on: 'ru.destruction-impossible.destroy', at: at('2027-03-01T10:00'), basis: 'unlawful-processing' },
        outcome: 'fulfilled',
        completes: ['ru.destruction-impossible.destroy'],
        letters: { 'confirmation-destroyed': [RF('ч. 6 ст. 21')], 'destruction-act': [] },
      },
    ],
  },
  {
    row: 'R4a destruction demand with proof (7 WD) beside the KZ demand',
    types: ['destruction'],
    rf: true,
    intake: { 'kz.destruction.demand': D.wd3, 'ru.destruction.destroy': D.wd7 },
    outcomes: [
      {
        name: 'destroyed: one destruction fulfils both; Art. 20 p.3',
        step: { action: 'destroy', on: 'ru.destruction.destroy', at: at('2026-11-25T10:00'), basis: 'no-consent' },
        outcome: 'fulfilled',
        completes: ['kz.destruction.demand', 'ru.destruction.destroy'],
        letters: { 'confirmation-destroyed': [KZ('ст. 18 пп. 3-1)'), RF('ч. 3 ст. 20')], 'destruction-act': [] },
      },
      {
        name: 'refused with reasons: both duties; K13 and Art. 20 p.3',
        step: { action: 'refuse', on: 'kz.destruction.demand', at: at('2026-11-25T10:00'), grounds: [AML] },
        outcome: 'refused',
        completes: ['kz.destruction.demand', 'ru.destruction.destroy'],
        letters: { 'refusal-letter': [KZ('пп. 4) п. 1 ст. 24, п. 2 ст. 12'), RF('ч. 3 ст. 20')] },
      },
    ],
  },
  {
    row: 'R11 purpose achieved (30 CD) → R14',
    types: ['purpose-achieved'],
    rf: true,
    intake: { 'kz.purpose-achieved.destroy': D.wd10, 'ru.purpose-achieved.destroy': D.cd30 },
    outcomes: [
      {
        name: 'destroyed: Art. 21 p.4',
        step: { action: 'destroy', on: 'ru.purpose-achieved.destroy', at: at('2026-12-01T10:00'), basis: 'purpose-achieved' },
        outcome: 'fulfilled',
        completes: ['kz.purpose-achieved.destroy', 'ru.purpose-achieved.destroy'],
        letters: { 'confirmation-destroyed': [KZ('ст. 25 п. 2 пп. 4), ст. 12 п. 2'), RF('ч. 4 ст. 21')], 'destruction-act': [] },
      },
      {
        name: 'impossible → R14 six months after the 30-day term (23.06.2027)',
        step: { action: 'destruction-impossible', on: 'ru.purpose-achieved.destroy', at: at('2026-12-22T10:00') },
        outcome: 'impossible',
        completes: ['ru.purpose-achieved.destroy'],
        spawns: { 'ru.destruction-impossible.destroy': '2027-06-23T13:00:00.000Z' },
      },
    ],
  },
  {
    row: 'R12 consent withdrawal (30 CD) beside K10 (15 WD)',
    types: ['consent-withdrawal'],
    rf: true,
    intake: { 'kz.consent-withdrawal.stop': D.wd15, 'ru.consent-withdrawal.stop': D.cd30 },
    outcomes: [
      {
        name: 'stopped and destroyed: Art. 8 p.7 and Art. 21 p.5',
        step: { action: 'destroy', on: 'kz.consent-withdrawal.stop', at: at('2026-11-30T10:00'), basis: 'consent-withdrawn' },
        outcome: 'fulfilled',
        completes: ['kz.consent-withdrawal.stop', 'ru.consent-withdrawal.stop'],
        letters: { 'confirmation-destroyed': [KZ('ст. 8 п. 7, ст. 24 п. 1 пп. 5)'), RF('ч. 5 ст. 21')], 'destruction-act': [] },
      },
      {
        name: 'continued on another legal basis → reasoned answer: Art. 8 p.2 and Art. 21 p.5, Art. 9 p.2',
        step: { action: 'refuse', on: 'kz.consent-withdrawal.stop', at: at('2026-11-30T10:00'), grounds: ['ru-processing-continues-contract'] },
        outcome: 'refused',
        completes: ['kz.consent-withdrawal.stop', 'ru.consent-withdrawal.stop'],
        letters: { 'refusal-letter': [KZ('п. 2, п. 7 ст. 8'), RF('ч. 5 ст. 21, ч. 2 ст. 9')] },
      },
      {
        name: 'impossible → R14',
        step: { action: 'destruction-impossible', on: 'ru.consent-withdrawal.stop', at: at('2026-12-22T10:00') },
        outcome: 'impossible',
        completes: ['ru.consent-withdrawal.stop'],
        spawns: { 'ru.destruction-impossible.destroy': '2027-06-23T13:00:00.000Z' },
      },
    ],
  },
  {
    row: 'R13 demand to stop processing (10 WD, +5 with a notice citing Art. 21 p.5.1)',
    types: ['stop-processing'],
    rf: true,
    intake: { 'ru.stop-processing.stop': D.wd10 },
    outcomes: [
      {
        name: 'stopped',
        step: { action: 'stop-processing', on: 'ru.stop-processing.stop', at: at('2026-12-01T10:00') },
        outcome: 'fulfilled',
        completes: ['ru.stop-processing.stop'],
      },
      {
        name: 'refused under Art. 6 p.1 p.2–11',
        step: { action: 'refuse', on: 'ru.stop-processing.stop', at: at('2026-12-01T10:00'), grounds: ['ru-processing-continues-contract'] },
        outcome: 'refused',
        completes: ['ru.stop-processing.stop'],
        letters: { 'refusal-letter': [RF('ч. 5.1 ст. 21')] },
      },
      {
        name: 'extended: the notice cites Art. 21 p.5.1, not Art. 14',
        step: { action: 'extend', on: 'ru.stop-processing.stop', at: at('2026-12-03T10:00') },
        completes: [],
        letters: { 'extension-notice': [RF_FULL('ч. 5.1 ст. 21'), '14.12.2026 18:00'] },
        notInLetters: ['ч. 3 ст. 14'],
      },
    ],
  },
  {
    row: 'R5 request of Roskomnadzor (10 WD, +5 with a notice sent to Roskomnadzor)',
    types: ['authority-request'],
    rf: true,
    intake: { 'ru.authority-request.answer': D.wd10 },
    outcomes: [
      {
        name: 'answered',
        step: { action: 'provide', on: 'ru.authority-request.answer', at: at('2026-12-01T10:00') },
        outcome: 'fulfilled',
        completes: ['ru.authority-request.answer'],
      },
      {
        name: 'extended: the notice goes to Roskomnadzor and cites Art. 20 p.4',
        step: { action: 'extend', on: 'ru.authority-request.answer', at: at('2026-12-03T10:00') },
        completes: [],
        letters: { 'extension-notice': [RF_FULL('ч. 4 ст. 20'), 'Роскомнадзор', '109992, г. Москва', '14.12.2026 18:00'] },
        notInLetters: ['ч. 3 ст. 14', 'Уважаем', 'Субъекту персональных данных'],
      },
    ],
  },
  {
    row: 'R10 breach (24 h and 72 h from establishment) beside K8',
    types: ['breach'],
    rf: true,
    receivedAt: at('2026-11-23T20:30'),
    intake: {
      'kz.breach.notify-authority': at('2026-11-24T20:30'),
      'kz.breach.notice-content': at('2026-11-24T20:30'),
      'ru.breach.notify-24h': at('2026-11-24T20:30'),
      'ru.breach.notify-72h': at('2026-11-26T20:30'),
    },
    outcomes: [
      {
        name: 'initial notice to RKN',
        step: { action: 'notify', on: 'ru.breach.notify-24h', at: at('2026-11-24T09:00') },
        outcome: 'fulfilled',
        completes: ['ru.breach.notify-24h'],
      },
    ],
  },
];

/* ───────────── a case simulator over the shared workflow ───────────── */

const caseOf = (row: Row): CaseRecord => ({
  id: 'case',
  number: 'DSR-2026-000042',
  year: 2026,
  seq: 42,
  status: 'open',
  receivedAt: row.receivedAt ?? RECEIVED,
  enteredAt: row.receivedAt ?? RECEIVED,
  channel: 'email',
  language: 'ru',
  jurisdiction: 'kz',
  rfSubject: row.rf,
  requestTypes: row.types,
  subject: { fullName: 'Ковалёв Дмитрий Сергеевич', email: 'k@example.kz' },
  description: '',
  subjectName: 'ковалев дмитрий сергеевич',
  subjectIin: '',
  nextDueAt: '',
  updatedAt: RECEIVED,
  searchTokens: [],
});

function intake(row: Row): ObligationRecord[] {
  return intakeObligations({ receivedAt: row.receivedAt ?? RECEIVED, requestTypes: row.types, rfSubject: row.rf, bodyTermDays: row.bodyTermDays }, context).map(
    (p, i) => ({
      id: `o${i}`,
      caseId: 'case',
      ruleId: p.ruleId,
      triggerAt: p.triggerAt,
      dueAt: p.dueAt,
      status: 'open',
      urgentFromStart: p.urgentFromStart,
      extended: false,
      ...(p.termCount === undefined ? {} : { termCount: p.termCount }),
      notified: [],
    }),
  );
}

interface Applied {
  readonly all: ObligationRecord[];
  readonly action: ActionRecord;
  readonly completes: RuleId[];
  readonly spawned: ObligationRecord[];
}

let seq = 0;
function apply(all: ObligationRecord[], step: Step): Applied {
  const target = all.find((o) => o.ruleId === step.on && o.status === 'open') ?? all.find((o) => o.ruleId === step.on);
  if (!target) throw new Error(`no obligation ${step.on}`);
  const plan = planAction(step.action, target, all, step.at);
  const actionId = `a${++seq}`;
  const action = {
    id: actionId,
    caseId: 'case',
    obligationId: target.id,
    kind: step.action,
    at: step.at,
    recordedAt: step.at,
    actor: 'dpo',
    note: 'CRM, ticket 4471',
    data: {
      grounds: [...(step.grounds ?? [])],
      ruleId: target.ruleId,
      ...(step.until ? { until: step.until } : {}),
      ...(step.basis ? { basis: step.basis } : {}),
    },
  } as ActionRecord;
  const spawned = spawnedObligations(plan.spawns, target.id, context).map((p, i): ObligationRecord => ({
    id: `${actionId}-s${i}`,
    caseId: 'case',
    ruleId: p.ruleId,
    parentId: p.parentId,
    triggerAt: p.triggerAt,
    dueAt: p.dueAt,
    status: 'open',
    urgentFromStart: p.urgentFromStart,
    extended: false,
    notified: [],
  }));
  const next = all.map((o): ObligationRecord => {
    if (plan.completes.includes(o.id))
      return { ...o, status: 'done', completedAt: step.at, completedByActionId: actionId, outcome: outcomeRecord(step.action, actionId, step.until) };
    if (plan.extend && o.id === target.id) return { ...o, extended: true, dueAt: extendedDue(o, context) };
    return o;
  });
  const completes = all.filter((o) => plan.completes.includes(o.id)).map((o) => o.ruleId);
  return { all: [...next, ...spawned], action, completes, spawned };
}

const outgoing = { number: 'QK/DPO/2026/0042', date: '2026-12-07' };
const grounds = (ids: readonly string[]) => DEFAULT_GROUNDS.filter((g) => ids.includes(g.id));

/** The letter `kind` for the recorded action: its full text (Russian). */
function letterText(kind: CaseDocumentKind, record: CaseRecord, applied: Applied, before: readonly ObligationRecord[]): string {
  const { action, all } = applied;
  if (kind === 'refusal-letter') {
    const facts = outcomeFactsOf(action, record, all);
    const ids = action.kind === 'close' || action.kind === 'annotate' ? [] : action.data.grounds;
    const input = refusalInputOf(QIWI, record, outgoing, {
      refused: [{ kk: 'деректерді жою', ru: 'уничтожение данных' }],
      provided: [],
      grounds: grounds(ids),
      measures: [],
      facts,
    });
    const model = buildRefusalLetter(input, 'ru');
    return `${elementText(model, 'statutory-basis')}\n${documentText(model)}`;
  }
  if (kind === 'extension-notice') {
    const target = before.find((o) => o.id === action.obligationId)!;
    const extended = all.find((o) => o.id === action.obligationId)!;
    const model = buildExtensionNotice(
      extensionInputOf(QIWI, record, outgoing, { original: target.dueAt, extended: extended.dueAt }, [{ kk: 'себеп', ru: 'причина' }], action),
      'ru',
    );
    return documentText(model);
  }
  if (kind === 'destruction-act' || kind === 'information-answer') return '';
  const input = confirmationInputOf(QIWI, record, outgoing, kind, action, { scope: { kk: 'деректер', ru: 'данные' }, systems: [{ kk: 'CRM', ru: 'CRM' }] });
  const model = buildConfirmationLetter(input, 'ru');
  return `${elementText(model, 'statutory-basis')}\n${documentText(model)}`;
}

describe('legal-reference §11: every row, every outcome', () => {
  for (const row of ROWS) {
    describe(row.row, () => {
      it('intake creates one obligation per duty and jurisdiction, each with its exact due instant', () => {
        const all = intake(row);
        expect(Object.fromEntries(all.map((o) => [o.ruleId, o.dueAt]))).toEqual(row.intake);
      });

      for (const c of row.outcomes) {
        it(`${c.name}`, () => {
          let all = intake(row);
          for (const step of c.before ?? []) all = apply(all, step).all;
          const before = all;
          const applied = apply(all, c.step);
          expect([...applied.completes].sort()).toEqual([...c.completes].sort());
          for (const done of applied.all.filter((o) => c.completes.includes(o.ruleId) && o.completedByActionId === applied.action.id)) {
            expect(done.outcome?.kind).toBe(c.outcome);
          }
          expect(Object.fromEntries(applied.spawned.map((o) => [o.ruleId, o.dueAt]))).toEqual(c.spawns ?? {});
          const record = caseOf(row);
          const offered = documentOffers([applied.action], record).map((o) => o.kind);
          expect(offered).toEqual(Object.keys(c.letters ?? {}));
          for (const [kind, parts] of Object.entries(c.letters ?? {}) as [CaseDocumentKind, readonly string[]][]) {
            const text = letterText(kind, record, applied, before).replace(/\s+/g, ' ');
            for (const part of parts) expect(text).toContain(part);
            for (const part of c.notInLetters ?? []) expect(text).not.toContain(part);
          }
        });
      }
    });
  }
});

describe('extensions only before the original deadline (§11.2)', () => {
  const extendable: readonly [RequestType, RuleId][] = [
    ['access', 'ru.access.provide'],
    ['stop-processing', 'ru.stop-processing.stop'],
    ['authority-request', 'ru.authority-request.answer'],
  ];
  for (const [type, ruleId] of extendable) {
    it(`${ruleId}: at the deadline it extends (+5 WD to 14.12.2026); a minute after it is refused as late; once only`, () => {
      const all = intake({ row: type, types: [type], rf: true, intake: {}, outcomes: [] });
      const target = all.find((o) => o.ruleId === ruleId)!;
      expect(target.dueAt).toBe(D.wd10);
      expect(planAction('extend', target, all, D.wd10).extend).toBe(true);
      expect(extendedDue(target, context)).toBe(D.wd15);
      let late: unknown;
      try {
        planAction('extend', target, all, '2026-12-07T13:01:00.000Z');
      } catch (error) {
        late = error;
      }
      expect(late).toBeInstanceOf(WorkflowError);
      expect((late as WorkflowError).reason).toBe('late');
      expect(allowedActions({ ...target, extended: true }, all)).not.toContain('extend');
    });
  }
  it('KZ duties have no extension', () => {
    const all = intake({ row: 'kz', types: ['access', 'destruction', 'consent-withdrawal'], rf: false, intake: {}, outcomes: [] });
    for (const o of all) expect(allowedActions(o, all)).not.toContain('extend');
  });
});

describe('terms the law does not fix are [I], editable, with their source (lawyer review)', () => {
  const ids: readonly [RuleId, string][] = [
    ['kz.purpose-achieved.destroy', 'Art. 25 p.2 sub.4'],
    ['kz.destruction.demand', 'Art. 24 p.1 sub.4'],
    ['kz.authority-request.answer', 'Art. 25 p.2 sub.3-1'],
    ['kz.consent-proof.provide', 'Art. 25 p.2 sub.5'],
  ];
  for (const [id, source] of ids) {
    it(`${id}: tag I, editable, a setting with its citation`, () => {
      const rule = ruleById(id)!;
      expect(rule.tag).toBe('I');
      expect(rule.editable).toBe(true);
      expect(rule.provenance).toContain(source);
      expect(rule.provenance).toContain('[I]');
      expect(settingDefinitions('kz').find((d) => d.ruleId === id)).toMatchObject({ key: `${id}.term`, tag: 'I' });
    });
  }
  it('a DPO setting changes the K13/K15 term; K14 follows the body’s term over the setting', () => {
    const withSettings: DeadlineContext = { ...context, settings: { 'kz.consent-proof.provide.term': 5, 'kz.authority-request.answer.term': 3 } };
    const planned = intakeObligations(
      { receivedAt: RECEIVED, requestTypes: ['consent-proof', 'kz-authority-request'], rfSubject: false, bodyTermDays: 7 },
      withSettings,
    );
    expect(Object.fromEntries(planned.map((p) => [p.ruleId, p.dueAt]))).toEqual({ 'kz.consent-proof.provide': D.wd5, 'kz.authority-request.answer': D.wd7 });
  });
});
