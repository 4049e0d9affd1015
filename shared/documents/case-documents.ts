/**
 * From a case file to document inputs. Which documents a case's recorded actions justify (a refusal after
 * 'refuse', a confirmation after 'block' / 'unblock' / 'correct' / 'destroy', the RF extension notice after
 * 'extend', a destruction act after 'destroy'), and the builders' inputs made from the case, its actions,
 * its audit trail and the DPO's choices in the document form. Pure: the renderer loads the records.
 */
import type { AuditEvent } from '../audit/chain';
import type { ActionRecord, CaseRecord, ObligationRecord, RepresentativeRecord } from '../cases/model';
import { localInputToInstant, zonedDate } from '../format';
import { maskIin } from '../validation';
import { EXTENSION_BASIS, outcomeBasis, RF_COUNTERPART, RF_DESTROYED_BASIS, termWords } from './outcome-basis';
import { resolveTerm, ruleById, type DeadlineSettings } from '../rules';
import { CONFIRMATION_BASIS_KZ, CONFIRMATION_BASIS_RU, DESTRUCTION_REASON_BASIS } from './citations';
import type {
  AnswerTerm,
  ActSubject,
  Bilingual,
  ConfirmationAction,
  ConfirmationLetterInput,
  DestructionActInput,
  DestructionMethod,
  DestructionReason,
  EventLogRow,
  ExtensionNoticeInput,
  DocLanguage,
  Ground,
  LetterRequestType,
  OrgProfile,
  OutgoingRef,
  PaperCarrier,
  RefusalLetterInput,
  RepresentativeRef,
  RequestRef,
  RetainedException,
  SubstituteMeasure,
  SystemLogRow,
} from './model';
import { latestDestruction, type ActSubjectKeys } from './system-log';
import { processorOf, type ActDefaults } from './profile-schema';
import type { ActionKind } from '../cases/action-kinds';
import { isDestructionRecord } from '../cases/destruction';
import { isRequestType, type RequestType } from '../rules/request-types';
import type { CaseDocumentKind } from './document-kinds';

export { CASE_DOCUMENT_KINDS, DOCUMENT_SERIES, seriesOf, type CaseDocumentKind, type DocumentSeries } from './document-kinds';

const KINDS_OF_ACTION: Readonly<Partial<Record<ActionKind, readonly CaseDocumentKind[]>>> = {
  refuse: ['refusal-letter'],
  // Done in part: the answer lists what was done and what was refused, and why.
  partly: ['refusal-letter'],
  // Restricted instead of deleted: the answer states the restriction and the date the data will be destroyed.
  restrict: ['refusal-letter'],
  block: ['confirmation-blocked'],
  unblock: ['confirmation-unblocked'],
  correct: ['confirmation-corrected'],
  destroy: ['confirmation-destroyed', 'destruction-act'],
  extend: ['extension-notice'],
  // The information answer (legal-reference §11.3) answers an access request the DPO recorded as provided.
  provide: ['information-answer'],
};

/** The access duties whose 'provide' outcome the information answer documents. */
const ACCESS_RULES: readonly string[] = ['kz.access.provide', 'ru.access.provide'];

export const CONFIRMATION_OF: Readonly<Partial<Record<CaseDocumentKind, ConfirmationAction>>> = {
  'confirmation-blocked': 'blocked',
  'confirmation-unblocked': 'unblocked',
  'confirmation-corrected': 'corrected',
  'confirmation-destroyed': 'destroyed',
};

export interface DocumentOffer {
  readonly kind: CaseDocumentKind;
  /** The recorded action the document answers or records. */
  readonly action: ActionRecord;
}

/** Documents the recorded actions justify, in the order the actions were taken. */
/** The documents an action justifies: a partial destruction has its confirmation and act besides its reasoned answer. */
const kindsOf = (action: ActionRecord): readonly CaseDocumentKind[] => {
  const kinds = KINDS_OF_ACTION[action.kind] ?? [];
  return action.kind === 'partly' && isDestructionRecord(action) ? [...kinds, ...(KINDS_OF_ACTION.destroy ?? [])] : kinds;
};

export const documentOffers = (actions: readonly ActionRecord[], record: Pick<CaseRecord, 'rfSubject'>): DocumentOffer[] =>
  [...actions]
    .sort((a, b) => a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt))
    .flatMap((action) =>
      kindsOf(action)
        // The five-working-day extension exists only under 152-FZ.
        .filter((kind) => kind !== 'extension-notice' || record.rfSubject)
        .filter((kind) => kind !== 'information-answer' || (action.kind === 'provide' && ACCESS_RULES.includes(action.data.ruleId)))
        .map((kind) => ({ kind, action })),
    );

/* ───────────── the request ───────────── */

const MODEL_REQUEST_TYPE: Readonly<Partial<Record<RequestType, LetterRequestType>>> = {
  access: 'access',
  correction: 'rectification',
  blocking: 'blocking',
  destruction: 'destruction',
  'consent-withdrawal': 'consent-withdrawal',
  'objection-automated': 'objection-automated',
  'stop-processing': 'restriction',
  'unlawful-processing': 'destruction',
};

/**
 * Where the reply goes, in the channel of the request: the postal address for post, else the e-mail, else
 * the address, else the phone — of whoever filed the request (the representative, else the subject).
 */
const replyContact = (record: CaseRecord): string | undefined => {
  const from = record.representative ?? record.subject;
  const { email, address } = from;
  const phone = record.representative === undefined ? record.subject.phone : undefined;
  if (record.channel === 'post' && address) return address;
  return email || address || phone || undefined;
};

const representativeRefOf = (rep: RepresentativeRecord, contact: string | undefined): RepresentativeRef => ({
  fullName: rep.fullName,
  authority: {
    ...(rep.authorityKind ? { kind: rep.authorityKind } : {}),
    ...(rep.authorityNumber ? { number: rep.authorityNumber } : {}),
    ...(rep.authorityDate ? { date: rep.authorityDate } : {}),
    ...(rep.authorityDocument.trim() ? { details: rep.authorityDocument.trim() } : {}),
  },
  ...(contact === undefined ? {} : { contact }),
  ...(rep.formOfAddress ? { formOfAddress: rep.formOfAddress } : {}),
});

export const requestRefOf = (record: CaseRecord): RequestRef => {
  const types = [...new Set(record.requestTypes.map((t) => MODEL_REQUEST_TYPE[t]).filter((t): t is LetterRequestType => t !== undefined))];
  const contact = replyContact(record);
  const rep = record.representative;
  return {
    caseNumber: record.number,
    receivedAt: record.receivedAt,
    channel: record.channel,
    language: record.language,
    subject: {
      fullName: record.subject.fullName,
      ...(record.subject.iin ? { iin: record.subject.iin } : {}),
      ...(contact === undefined || rep !== undefined ? {} : { contact }),
      ...(record.subject.formOfAddress ? { formOfAddress: record.subject.formOfAddress } : {}),
    },
    ...(rep === undefined ? {} : { representative: representativeRefOf(rep, contact) }),
    jurisdiction: record.rfSubject ? 'ru-subject' : 'kz',
    requestTypes: types,
  };
};

/** The request type a refusal answers, from the obligation it was recorded on ('kz.access.refuse' → access). */
export const refusedRequestType = (action: ActionRecord): LetterRequestType | undefined => {
  if (action.kind === 'close' || action.kind === 'annotate') return undefined;
  const family = action.data.ruleId.split('.')[1];
  return isRequestType(family) ? MODEL_REQUEST_TYPE[family] : undefined;
};

/** Ground ids recorded with a refusal. */
export const refusalGroundIds = (action: ActionRecord): string[] => (action.kind === 'close' || action.kind === 'annotate' ? [] : [...action.data.grounds]);

/**
 * What was done instead of deleting, from the actions recorded up to the refusal: a block (until its
 * unblock, if any) and a stop of processing.
 */
export const measuresFrom = (actions: readonly ActionRecord[], upTo: string, timeZone: string): SubstituteMeasure[] => {
  const sorted = [...actions].filter((a) => a.at <= upTo).sort((a, b) => a.at.localeCompare(b.at));
  const measures: SubstituteMeasure[] = [];
  for (const action of sorted) {
    if (action.kind === 'block') measures.push({ kind: 'blocked', since: action.at });
    if (action.kind === 'stop-processing') measures.push({ kind: 'processing-stopped', since: action.at });
    if (action.kind === 'restrict') {
      const until = action.data.until;
      measures.push({ kind: 'access-restricted', since: action.at, ...(until ? { until } : {}) });
      measures.push({ kind: 'processing-suspended', since: action.at, ...(until ? { until } : {}) });
    }
    if (action.kind === 'unblock') {
      const open = measures.findIndex((m) => m.kind === 'blocked' && m.until === undefined);
      const block = measures[open];
      if (block !== undefined) measures[open] = { ...block, until: zonedDate(action.at, timeZone) };
    }
  }
  return measures;
};

/** One text typed in the letter's language serves both versions when only one is printed. */
export const bilingualOf = (kk: string, ru: string): Bilingual => ({ kk: kk.trim() || ru.trim(), ru: ru.trim() || kk.trim() });

export interface RefusalChoices {
  readonly refused: readonly Bilingual[];
  readonly provided: readonly Bilingual[];
  readonly grounds: readonly Ground[];
  readonly measures: readonly SubstituteMeasure[];
  readonly destroyAfter?: string | undefined;
  /** What the recorded outcome says (outcomeFactsOf). */
  readonly facts?: OutcomeFacts | undefined;
}

/** What a refusal or restriction letter takes from the recorded outcome: its basis, its variant, its term. */
export interface OutcomeFacts {
  readonly basis: readonly Bilingual[];
  readonly variant: 'refusal' | 'restriction';
  /** A restriction's end: the date after which the data will be destroyed. */
  readonly destroyAfter?: string | undefined;
  readonly answer?: AnswerTerm | undefined;
}

/**
 * The facts of a refusal or restriction: the basis of the outcome of the duty it answered (and of the RF
 * obligation of the same duty for an RF citizen), the statutory term of that obligation and when it was
 * answered. `obligations`: the case's obligations (the one the action completed gives the term).
 */
export const outcomeFactsOf = (
  action: ActionRecord,
  record: Pick<CaseRecord, 'rfSubject'>,
  obligations: readonly ObligationRecord[] = [],
  settings: DeadlineSettings = {},
): OutcomeFacts | undefined => {
  if (action.kind !== 'refuse' && action.kind !== 'restrict' && action.kind !== 'partly') return undefined;
  const variant = action.kind === 'restrict' ? 'restriction' : 'refusal';
  const basis = outcomeBasis(action.data.ruleId, action.kind === 'restrict' ? 'restricted' : 'refused', record.rfSubject, action.data.grounds);
  const answered = obligations.find((o) => o.id === action.obligationId);
  const rule = answered === undefined ? undefined : ruleById(answered.ruleId);
  const answer: AnswerTerm | undefined =
    answered === undefined || rule === undefined
      ? undefined
      : { term: termWords(resolveTerm(rule, settings, { extended: answered.extended }).term), dueAt: answered.dueAt, answeredAt: action.at };
  return { basis, variant, ...(action.data.until ? { destroyAfter: action.data.until } : {}), ...(answer ? { answer } : {}) };
};

export const refusalInputOf = (org: OrgProfile, record: CaseRecord, outgoing: OutgoingRef, choices: RefusalChoices): RefusalLetterInput => ({
  org,
  request: requestRefOf(record),
  outgoing,
  refused: choices.refused,
  provided: choices.provided,
  grounds: choices.grounds,
  measures: choices.measures,
  ...(choices.destroyAfter ? { destroyAfter: choices.destroyAfter } : choices.facts?.destroyAfter ? { destroyAfter: choices.facts.destroyAfter } : {}),
  ...(choices.facts ? { basis: choices.facts.basis, variant: choices.facts.variant } : {}),
  ...(choices.facts?.answer ? { answer: choices.facts.answer } : {}),
});

export interface ConfirmationChoices {
  readonly scope: Bilingual;
  readonly systems: readonly Bilingual[];
  readonly details?: Bilingual | undefined;
  readonly reason?: Bilingual | undefined;
  readonly destructionAct?: { readonly number: string; readonly date: string } | undefined;
}

export const confirmationInputOf = (
  org: OrgProfile,
  record: CaseRecord,
  outgoing: OutgoingRef,
  kind: CaseDocumentKind,
  action: ActionRecord,
  choices: ConfirmationChoices,
): ConfirmationLetterInput => {
  const confirmation = CONFIRMATION_OF[kind];
  if (confirmation === undefined) throw new RangeError(`${kind} is not a confirmation`);
  return {
    org,
    request: requestRefOf(record),
    outgoing,
    action: confirmation,
    performedAt: action.at,
    scope: choices.scope,
    ...(choices.systems.length > 0 ? { systems: choices.systems } : {}),
    ...(choices.details ? { details: choices.details } : {}),
    ...(choices.reason ? { reason: choices.reason } : {}),
    ...(choices.destructionAct ? { destructionAct: choices.destructionAct } : {}),
    ...destructionBasisOf(confirmation, action, record.rfSubject),
  };
};

/** A destruction confirmation cites the ground the destruction was made on (its Art. 18 sub-point). */
const destructionBasisOf = (confirmation: ConfirmationAction, action: ActionRecord, rfSubject: boolean): { basis?: readonly Bilingual[] } => {
  if (confirmation !== 'destroyed' || (action.kind !== 'destroy' && action.kind !== 'partly')) return {};
  const reason = action.data.basis;
  const kz = reason !== undefined && isDestructionReason(reason) ? DESTRUCTION_REASON_BASIS[reason] : undefined;
  const ruleId = action.data.ruleId;
  const ru = rfSubject ? (RF_DESTROYED_BASIS[ruleId] ?? RF_DESTROYED_BASIS[RF_COUNTERPART[ruleId] ?? ruleId]) : undefined;
  if (kz === undefined && ru === undefined) return {};
  const basis = [kz ?? CONFIRMATION_BASIS_KZ.destroyed];
  if (rfSubject) basis.push(ru ?? CONFIRMATION_BASIS_RU.destroyed);
  return { basis };
};

export const isDestructionReason = (value: string): value is DestructionReason => Object.hasOwn(DESTRUCTION_REASON_BASIS, value);

export const extensionInputOf = (
  org: OrgProfile,
  record: CaseRecord,
  outgoing: OutgoingRef,
  deadlines: { readonly original: string; readonly extended: string },
  reasons: readonly Bilingual[],
  /** The extend action: the notice cites the article of the duty it extends. */
  action?: ActionRecord,
): ExtensionNoticeInput => {
  const ruleId = action !== undefined && action.kind === 'extend' ? action.data.ruleId : undefined;
  const basis = ruleId === undefined ? undefined : EXTENSION_BASIS[ruleId];
  // R5: the extension of the answer to Roskomnadzor's request is notified to Roskomnadzor (Art. 20 part 4).
  const toRkn = ruleId === 'ru.authority-request.answer';
  return {
    org,
    request: requestRefOf(record),
    outgoing,
    originalDeadline: deadlines.original,
    newDeadline: deadlines.extended,
    reasons,
    ...(basis ? { basis } : {}),
    ...(toRkn ? { addressee: org.rkn } : {}),
  };
};

/* ───────────── destruction acts ───────────── */

/** The reason of a case's destruction: the ground recorded with it, else the usual one of its request types (the DPO may change it). */
export const defaultDestructionReason = (record: Pick<CaseRecord, 'requestTypes'>, destroy?: ActionRecord): DestructionReason => {
  if ((destroy?.kind === 'destroy' || destroy?.kind === 'partly') && destroy.data.basis !== undefined && isDestructionReason(destroy.data.basis)) {
    return destroy.data.basis;
  }
  const types = record.requestTypes;
  if (types.includes('consent-withdrawal')) return 'consent-withdrawn';
  if (types.includes('purpose-achieved')) return 'purpose-achieved';
  if (types.includes('retention')) return 'storage-term-expired';
  if (types.includes('correction') && !types.includes('blocking')) return 'correction-impossible';
  return 'unlawful-processing';
};

const maskEmail = (email: string): string => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
};

const IIN_LABEL: Readonly<Record<DocLanguage, string>> = { kk: 'ЖСН', ru: 'ИИН' };

/** Identifier of a subject in the act: the masked IIN, else a masked e-mail, else the last digits of the phone. */
export const subjectIdentifier = (record: CaseRecord, lang: DocLanguage): string => {
  const { iin, email, phone } = record.subject;
  if (iin) return `${IIN_LABEL[lang]} ${maskIin(iin)}`;
  if (email) return maskEmail(email);
  if (phone) return `тел. ***${phone.replace(/\D/g, '').slice(-4)}`;
  return '—';
};

/** The identifier in each language (each half of a bilingual act prints its own). */
const identifierOf = (record: CaseRecord): Bilingual => ({ kk: subjectIdentifier(record, 'kk'), ru: subjectIdentifier(record, 'ru') });

const joined = (items: readonly Bilingual[]): Bilingual => ({ kk: items.map((i) => i.kk).join('; '), ru: items.map((i) => i.ru).join('; ') });
const same = (text: string): Bilingual => ({ kk: text, ru: text });

/** One case of an act: the record, its destroy action, the obligation the action fulfilled and its trail. */
export interface ActCase {
  readonly record: CaseRecord;
  readonly destroy: ActionRecord;
  readonly obligation?: ObligationRecord | undefined;
  readonly history: readonly AuditEvent[];
}

export interface ActChoices {
  readonly reason: DestructionReason;
  readonly reasonDetails?: Bilingual | undefined;
  readonly categories: readonly Bilingual[];
  readonly informationSystems: readonly Bilingual[];
  readonly paperCarriers: readonly PaperCarrier[];
  readonly methods: readonly DestructionMethod[];
  readonly methodDetails?: Bilingual | undefined;
  readonly retained: readonly RetainedException[];
  /** Annex 1: the information systems' event-log extract (imported or entered); empty without automation. */
  readonly systemLog?: readonly SystemLogRow[] | undefined;
}

/** The values a system may log each subject of the act by: IIN, e-mail, phone, name, case number. */
export const actSubjectKeys = (cases: readonly Pick<ActCase, 'record'>[]): ActSubjectKeys[] =>
  cases.map(({ record }) => ({
    label: `${record.subject.fullName} (${record.number})`,
    keys: [record.subject.iin, record.subject.email, record.subject.phone, record.subject.fullName, record.number].filter((k): k is string => !!k),
  }));

/** The act's dates: from the earliest receipt of its cases to the end of the act's date (organisation zone). */
export const actWindow = (cases: readonly Pick<ActCase, 'record'>[], actDate: string, timeZone: string): { from: string; to: string } => {
  const from =
    cases
      .map((c) => c.record.receivedAt)
      .sort()
      .at(0) ?? '';
  const dayEnd = localInputToInstant(`${actDate}T23:59`, timeZone);
  const to = dayEnd === undefined ? `${actDate}T23:59:59.999Z` : new Date(dayEnd.getTime() + 59_999).toISOString();
  return { from: new Date(Date.parse(from)).toISOString(), to };
};

/** Words for audit events in the annex, in the language asked (the renderer supplies them). */
export type DescribeEvent = (event: AuditEvent, lang: DocLanguage) => string;

/** The event-log extract: every audit event of the cases, in order, with its chain position — in each language. */
export const eventLogOf = (
  cases: readonly ActCase[],
  choices: Pick<ActChoices, 'categories' | 'informationSystems'>,
  describe: DescribeEvent,
  actorName: (actor: string) => string = (actor) => actor,
): EventLogRow[] => {
  const categories = joined(choices.categories);
  const systems = joined(choices.informationSystems);
  const none = same('—');
  const qorgau = same('Qorgau');
  const rows: { seq: number; row: EventLogRow }[] = [];
  for (const c of cases) {
    const identifier = identifierOf(c.record);
    for (const event of c.history) {
      const destroyed = event.type === 'action.destroy' || (c.destroy.kind === 'partly' && event.type === 'action.partly');
      const ref = (id: string) => `${c.record.number} · ${id} · #${event.seq} ${event.hash.slice(0, 10)}`;
      rows.push({
        seq: event.seq,
        row: {
          at: event.at,
          actor: actorName(event.actor),
          action: { kk: describe(event, 'kk'), ru: describe(event, 'ru') },
          record: { kk: ref(identifier.kk), ru: ref(identifier.ru) },
          categories: destroyed && categories.ru !== '' ? categories : none,
          system: destroyed && systems.ru !== '' ? systems : qorgau,
        },
      });
    }
  }
  return rows.sort((a, b) => a.seq - b.seq).map((r) => r.row);
};

/**
 * Whether the destruction deadline was met. One case: its own term. A batch: if every case was destroyed
 * in time, the latest term (which the latest destruction met); otherwise the term of the first late case,
 * with the late case numbers as the reason.
 */
const deadlineOf = (cases: readonly ActCase[]): Pick<DestructionActInput, 'dueBy' | 'lateReason'> => {
  const timed = cases.filter((c) => c.obligation !== undefined);
  if (timed.length === 0) return {};
  const late = timed.filter((c) => c.destroy.at > (c.obligation?.dueAt ?? ''));
  if (late.length === 0) {
    const dueBy =
      timed
        .map((c) => c.obligation?.dueAt ?? '')
        .sort()
        .at(-1) ?? '';
    return { dueBy };
  }
  const first = late[0]!;
  const numbers = late.map((c) => c.record.number).join(', ');
  return {
    dueBy: first.obligation?.dueAt ?? '',
    ...(cases.length > 1 ? { lateReason: { kk: `мерзімі өткен істер: ${numbers}`, ru: `с нарушением срока: ${numbers}` } } : {}),
  };
};

export interface ActInputArgs {
  readonly org: OrgProfile;
  readonly defaults: ActDefaults;
  readonly act: { readonly number: string; readonly date: string };
  readonly cases: readonly ActCase[];
  readonly choices: ActChoices;
  readonly describe: DescribeEvent;
  /** The actor as the annex names them (events from before people were named say 'dpo'). */
  readonly actorName?: ((actor: string) => string) | undefined;
}

/** The destruction act for one case or a batch (one row per subject; 1 000 subjects in one act). */
export const destructionActInputOf = (args: ActInputArgs): DestructionActInput => {
  const { org, defaults, cases, choices } = args;
  if (cases.length === 0) throw new RangeError('an act needs at least one case');
  const systemLog = choices.systemLog ?? [];
  // Field 13 agrees with annex 1: the latest destruction the systems' log records, else the latest recorded one.
  const destroyedAt =
    latestDestruction(systemLog) ??
    cases
      .map((c) => c.destroy.at)
      .sort()
      .at(-1) ??
    '';
  const subjects: ActSubject[] = cases.map((c) => ({
    fullName: c.record.subject.fullName,
    identifier: identifierOf(c.record),
    caseNumber: c.record.number,
  }));
  const processor = processorOf(defaults);
  return {
    org,
    act: args.act,
    ...(processor === undefined ? {} : { processor }),
    cases: cases.map((c) => ({ caseNumber: c.record.number, receivedAt: c.record.receivedAt })),
    subjects,
    categories: choices.categories,
    paperCarriers: choices.paperCarriers,
    informationSystems: choices.informationSystems,
    method: choices.methods,
    ...(choices.methodDetails ? { methodDetails: choices.methodDetails } : {}),
    reason: choices.reason,
    ...(choices.reasonDetails ? { reasonDetails: choices.reasonDetails } : {}),
    destroyedAt,
    ...deadlineOf(cases),
    retained: choices.retained,
    destroyedBy: defaults.destroyedBy,
    commission: defaults.commission,
    systemLog,
    eventLog: eventLogOf(cases, choices, args.describe, args.actorName),
    includesRfSubjects: cases.some((c) => c.record.rfSubject),
  };
};

/* ───────────── retention ───────────── */

/** Acts and their log extracts are kept three years from the destruction (RKN Order 179 p.8). */
export const ACT_RETENTION_YEARS = 3;

/** The first day an act of a destruction on `destroyedOn` (YYYY-MM-DD) may be deleted. */
export const actDeletableFrom = (destroyedOn: string): string => {
  const [y = '0', m = '01', d = '01'] = destroyedOn.split('-');
  const year = Number(y) + ACT_RETENTION_YEARS;
  // 29 February + 3 years → 1 March.
  const probe = new Date(Date.UTC(year, Number(m) - 1, Number(d)));
  return probe.toISOString().slice(0, 10);
};
