/**
 * Deterministic generated cases for the 100 000-case benchmark: Kazakh and Russian names, IINs with a
 * valid control digit, gap-free numbers per year, receipts spread over the last years up to `endAt`
 * (newest open, older ones mostly closed). Case `i` is always the same record for the same options, so
 * the bench can seed in chunks from any process.
 *
 * Each case comes with what the app writes for it: random-looking UUID keys (as crypto.randomUUID
 * gives, so rows are scattered in the store as in real use, not laid out in time order), its reply
 * obligation, and for a closed case the closing action; plus the audit events the app appends
 * (case.created, action.close), which the bench page seals into one hash chain.
 */
import type { AuditDraft } from '../../../shared/audit/events';
import type { ActionRecord, CaseRecord, CaseStatus, Channel, NotificationKind, ObligationRecord } from '../../../shared/cases/model';
import { CHANNELS } from '../../../shared/cases/model';
import { formatCaseNumber } from '../../../shared/cases/case-number';
import { caseSearchKeys, nameSortKey } from '../../../shared/cases/search-tokens';
import { digitsOnly } from '../../../shared/cases/normalize';
import type { RequestType } from '../../../shared/rules/request-types';
import type { RuleId } from '../../../shared/rules/rule-id';
import { kzControlDigit } from '../../../shared/validation/kz-checksum';

export interface GeneratorOptions {
  readonly total: number;
  /** The newest receipt (ISO); receipts go back `spanDays` from it. */
  readonly endAt: string;
  readonly spanDays: number;
}

export const SURNAMES_M = [
  'Ахметов',
  'Сапаров',
  'Қасымов',
  'Нұрланов',
  'Жұмабаев',
  'Тоқаев',
  'Әбілов',
  'Сейітов',
  'Омаров',
  'Бекмұхамбетов',
  'Ермеков',
  'Құнанбаев',
  'Жақсыбеков',
  'Оспанов',
  'Тұрсынов',
  'Иманов',
  'Мұратов',
  'Серікбаев',
  'Әлиев',
  'Байжанов',
  'Петров',
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
];
const FEMININE = (surname: string): string => (surname.endsWith('ов') || surname.endsWith('ев') || surname.endsWith('ин') ? `${surname}а` : surname);
const FIRST_M = [
  'Ерлан',
  'Арман',
  'Нұрлан',
  'Дәурен',
  'Асқар',
  'Бауыржан',
  'Ержан',
  'Қайрат',
  'Иван',
  'Сергей',
  'Алексей',
  'Дмитрий',
  'Андрей',
  'Олжас',
  'Серік',
  'Тимур',
];
const FIRST_F = [
  'Әлия',
  'Айгүл',
  'Гүлнар',
  'Жанар',
  'Мәдина',
  'Аружан',
  'Сәуле',
  'Динара',
  'Ольга',
  'Елена',
  'Наталья',
  'Анна',
  'Мария',
  'Ирина',
  'Татьяна',
  'Айжан',
];
const PATRONYMIC_ROOTS = ['Серік', 'Болат', 'Марат', 'Ерлан', 'Нұрлан', 'Иван', 'Сергей', 'Алексей', 'Бақыт', 'Қанат'];
const STREETS = ['Абай даңғылы', 'ул. Жибек Жолы', 'Достық даңғылы', 'ул. Толе би', 'ул. Кенесары', 'пр. Республики', 'ул. Сатпаева'];
const CITIES = ['Алматы', 'Астана', 'Шымкент', 'Қарағанды', 'Ақтөбе', 'Павлодар', 'Өскемен'];
const REQUEST_TYPES: readonly RequestType[] = [
  'access',
  'correction',
  'blocking',
  'destruction',
  'consent-withdrawal',
  'third-party-transfer',
  'stop-processing',
  'public-source-removal',
];
const OUTCOMES = ['fulfilled', 'fulfilled', 'fulfilled', 'partially-fulfilled', 'refused', 'withdrawn', 'no-data-held'] as const;

/** mulberry32 seeded per case: random access to case i without generating 0..i-1. */
function randomFor(i: number): () => number {
  let state = (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A structurally valid IIN (date, century/sex digit, control digit). */
export function generateIin(random: () => number, female: boolean): string {
  for (;;) {
    const year = 1950 + Math.floor(random() * 56);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const century = year < 2000 ? (female ? 4 : 3) : female ? 6 : 5;
    const first = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${century}${pad(Math.floor(random() * 10_000), 4)}`;
    const control = kzControlDigit(Array.from(first, (c) => c.charCodeAt(0) - 48));
    if (control !== null) return `${first}${control}`;
  }
}

const MS_PER_DAY = 86_400_000;
/** Open when received in the last 40 days; older cases are closed except 1 in 50 still open. */
const OPEN_WINDOW_MS = 40 * MS_PER_DAY;

/** Receipt instant of case i: evenly spread with jitter, so receipt order is number order. */
export function receivedMs(i: number, options: GeneratorOptions): number {
  const end = Date.parse(options.endAt);
  const step = (options.spanDays * MS_PER_DAY) / options.total;
  return Math.floor(end - (options.total - 1 - i) * step - randomFor(i + 7_777_777)() * step * 0.9);
}

/** Year of registration in Asia/Almaty (UTC+5). */
const almatyYear = (ms: number): number => new Date(ms + 5 * 3_600_000).getUTCFullYear();

/** The first index of each registration year, so sequence numbers are gap-free per year. */
export function yearStarts(options: GeneratorOptions): Map<number, number> {
  const starts = new Map<number, number>();
  let lo = 0;
  for (let year = almatyYear(receivedMs(0, options)); year <= almatyYear(receivedMs(options.total - 1, options)); year++) {
    // binary search the first index whose year is >= year
    let hi = options.total;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (almatyYear(receivedMs(mid, options)) < year) lo = mid + 1;
      else hi = mid;
    }
    starts.set(year, lo);
  }
  return starts;
}

/** A UUID v4 drawn from case i's own random stream (`salt` tells the case, obligation and action apart). */
export function uuidFor(i: number, salt: number): string {
  const random = randomFor(i * 4 + salt + 1_000_003);
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function generateCase(i: number, options: GeneratorOptions, starts: Map<number, number>): CaseRecord {
  const random = randomFor(i);
  const received = receivedMs(i, options);
  const year = almatyYear(received);
  const seq = i - (starts.get(year) ?? 0) + 1;
  const female = random() < 0.5;
  const surnameM = pick(random, SURNAMES_M);
  const surname = female ? FEMININE(surnameM) : surnameM;
  const first = pick(random, female ? FIRST_F : FIRST_M);
  const root = pick(random, PATRONYMIC_ROOTS);
  const kazakhStyle = /[әқңғүұөһі]/i.test(surname + root) || random() < 0.3;
  const patronymic = kazakhStyle ? `${root}${female ? 'қызы' : 'ұлы'}` : `${root}${female ? 'овна' : 'ович'}`;
  const fullName = `${surname} ${first} ${patronymic}`;
  const iin = random() < 0.92 ? generateIin(random, female) : '';
  const endMs = Date.parse(options.endAt);
  const status: CaseStatus = endMs - received < OPEN_WINDOW_MS || random() < 0.02 ? 'open' : 'closed';
  const channel: Channel = pick(random, CHANNELS);
  const types = random() < 0.8 ? [pick(random, REQUEST_TYPES)] : [pick(random, REQUEST_TYPES), pick(random, REQUEST_TYPES)];
  const requestTypes = [...new Set(types)];
  const rfSubject = random() < 0.12;
  const receivedAt = new Date(received).toISOString();
  const enteredAt = new Date(received + Math.floor(random() * 2 * 3_600_000)).toISOString();
  const due = received + (10 + Math.floor(random() * 8)) * MS_PER_DAY;
  const closedMs = received + Math.floor((2 + random() * 12) * MS_PER_DAY);
  const city = pick(random, CITIES);
  const subject = {
    fullName,
    ...(iin ? { iin } : {}),
    email: `subject${i}@mail.kz`,
    phone: `+7 701 ${pad(Math.floor(random() * 1000), 3)} ${pad(Math.floor(random() * 10_000), 4)}`,
    address: `${city}, ${pick(random, STREETS)}, ${1 + Math.floor(random() * 200)}`,
  };
  const number = formatCaseNumber(year, seq);
  const description = `${fullName} просит ${requestTypes.join(', ')} в отношении персональных данных, обрабатываемых оператором (обращение № ${i}, канал ${channel}).`;
  return {
    id: uuidFor(i, 0),
    number,
    year,
    seq,
    status,
    receivedAt,
    enteredAt,
    channel,
    language: random() < 0.45 ? 'kk' : 'ru',
    jurisdiction: 'kz',
    rfSubject,
    requestTypes,
    subject,
    description,
    subjectName: nameSortKey(fullName),
    subjectIin: digitsOnly(iin),
    searchTokens: caseSearchKeys({ number, subject, description, receivedAt }),
    nextDueAt: status === 'open' ? new Date(due).toISOString() : '',
    ...(status === 'closed' ? { outcome: pick(random, OUTCOMES), closedAt: new Date(closedMs).toISOString(), replyAt: new Date(closedMs).toISOString() } : {}),
    updatedAt: status === 'closed' ? new Date(closedMs).toISOString() : enteredAt,
  };
}

/** The counters the app would hold after registering these cases (next number continues the year). */
export function counterRows(options: GeneratorOptions, starts: Map<number, number>): { key: string; value: number }[] {
  const years = [...starts.keys()].sort((a, b) => a - b);
  return years.map((year, index) => {
    const next = years[index + 1];
    const end = next === undefined ? options.total : starts.get(next)!;
    return { key: `case-seq:${year}`, value: end - starts.get(year)! };
  });
}

/** An audit event of a generated case, before the bench page seals it into the chain. */
export type AuditDraftRow = AuditDraft & {
  readonly at: string;
  readonly actor: string;
  readonly caseId: string;
};

export interface CaseBundle {
  readonly record: CaseRecord;
  readonly obligation: ObligationRecord;
  readonly action: ActionRecord | undefined;
  /** In the order the app appends them: case.created, then action.close for a closed case. */
  readonly events: readonly AuditDraftRow[];
}

const RULE_FOR_TYPE: Readonly<Partial<Record<RequestType, RuleId>>> = {
  access: 'kz.access.provide',
  correction: 'kz.correction.change',
  blocking: 'kz.block',
  destruction: 'kz.destroy',
};
const ACTOR = 'DPO';

/**
 * The notifications an app running every day has already shown for an open obligation by `endAt`
 * (the seed is a steady state, not a backlog of never-notified deadlines).
 */
function notifiedBy(endAt: string, closed: boolean, dueAt: string): NotificationKind[] {
  if (closed) return [];
  const end = Date.parse(endAt);
  const due = Date.parse(dueAt);
  if (due < end) return ['last-hours', 'overdue'];
  return due - end < 4 * 3_600_000 ? ['last-hours'] : [];
}

/** The case and the rows the app writes with it (intake, and the closing action for a closed case). */
export function generateBundle(i: number, options: GeneratorOptions, starts: Map<number, number>): CaseBundle {
  const generated = generateCase(i, options, starts);
  const obligationId = uuidFor(i, 1);
  const actionId = uuidFor(i, 2);
  const closed = generated.status === 'closed';
  const dueAt = closed ? new Date(Date.parse(generated.receivedAt) + 10 * MS_PER_DAY).toISOString() : generated.nextDueAt;
  const obligation: ObligationRecord = {
    id: obligationId,
    caseId: generated.id,
    ruleId: RULE_FOR_TYPE[generated.requestTypes[0]!] ?? 'kz.access.provide',
    triggerAt: generated.receivedAt,
    dueAt,
    status: closed ? 'done' : 'open',
    urgentFromStart: false,
    extended: false,
    ...(closed ? { completedAt: generated.closedAt, completedByActionId: actionId } : {}),
    notified: notifiedBy(options.endAt, closed, dueAt),
  };
  const events: AuditDraftRow[] = [
    {
      at: generated.enteredAt,
      actor: ACTOR,
      type: 'case.created',
      caseId: generated.id,
      data: {
        number: generated.number,
        receivedAt: generated.receivedAt,
        channel: generated.channel,
        language: generated.language,
        requestTypes: generated.requestTypes,
        obligations: [{ ruleId: obligation.ruleId, dueAt }],
        attachments: [],
      },
    },
  ];
  let action: ActionRecord | undefined;
  // A closed case always has its outcome (generateCase).
  if (closed && generated.outcome !== undefined) {
    const at = generated.closedAt!;
    action = {
      id: actionId,
      caseId: generated.id,
      obligationId,
      kind: 'close',
      at,
      recordedAt: at,
      actor: ACTOR,
      note: '',
      data: { outcome: generated.outcome },
    };
    events.push({
      at,
      actor: ACTOR,
      type: 'action.close',
      caseId: generated.id,
      data: { at, note: '', obligationId, data: action.data, completes: [obligationId], spawns: [], extends: [], closes: generated.outcome, attachments: [] },
    });
  }
  return { record: generated, obligation, action, events };
}
