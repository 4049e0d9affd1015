/**
 * Breach notices, from the incident as registered and the organisation profile:
 *  - to the KZ authorized body (kk or ru): Law 94-V Art. 25 p.2 sub.8 ind.5 — with the DPO's contacts — and
 *    the K8a content of Rules 481/НҚ [S]: the measures taken and the subjects' data needed to notify them;
 *  - to Roskomnadzor (ru): 152-FZ Art. 21 part 3.1 [S/K] — within 24 hours the incident, its presumed causes,
 *    the presumed harm, the measures taken and the authorised contact person; within 72 hours the results of
 *    the internal investigation and the persons whose actions caused it (if any);
 *  - a letter to the affected subjects, when the DPO decides to send one.
 * Times are printed in the zone of detection (and in Moscow time to Roskomnadzor).
 */
import { formatCalendarDate, formatInstantDateTime } from '../format';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BreachDocumentKind, IncidentRecord } from '../incidents/model';
import { BREACH_LABELS, type BreachLabels } from './breach-labels';
import type { Block, DocumentModel, FieldRow, Inline } from './document-model';
import type { DocumentKind, ElementId } from './elements';
import { DocumentInputError } from './errors';
import { LABELS } from './labels';
import { toPdfDefinition } from './layout';
import { letterhead, pick } from './letter-parts';
import type { DocLanguage, OrgProfile, OutgoingRef, PublicBody } from './model';

/** What a notice prints of the incident (the stored record has more). */
export type BreachIncident = Pick<
  IncidentRecord,
  | 'number'
  | 'detectedAt'
  | 'detectedZone'
  | 'detectionMethod'
  | 'detectedBy'
  | 'description'
  | 'systems'
  | 'dataCategories'
  | 'subjects'
  | 'causes'
  | 'consequences'
  | 'measuresTaken'
  | 'measuresPlanned'
  | 'subjectsContactData'
  | 'contact'
  | 'investigationResults'
  | 'responsiblePersons'
>;

export interface BreachNoticeInput {
  readonly org: OrgProfile;
  readonly outgoing: OutgoingRef;
  readonly incident: BreachIncident;
  /** The 72-hour notice refers to the first one, when it was issued. */
  readonly firstNotice?: OutgoingRef | undefined;
}

const MOSCOW = 'Europe/Moscow';

interface Ctx {
  readonly lang: DocLanguage;
  readonly b: BreachLabels;
  readonly input: BreachNoticeInput;
}

const context = (input: BreachNoticeInput, lang: DocLanguage): Ctx => ({ lang, b: BREACH_LABELS[lang], input });

const when = (ctx: Ctx, withMoscow: boolean): string => {
  const { detectedAt, detectedZone } = ctx.input.incident;
  const local = formatInstantDateTime(detectedAt, ctx.lang, detectedZone);
  return withMoscow && detectedZone !== MOSCOW ? `${local} = ${formatInstantDateTime(detectedAt, ctx.lang, MOSCOW)}` : local;
};

const orText = (ctx: Ctx, value: string): string => (value.trim() === '' ? ctx.b.notStated : value);
const list = (values: readonly string[]): string => values.join('; ');

function meta(ctx: Ctx, addressee: readonly string[]): Block {
  const labels = LABELS[ctx.lang];
  const { outgoing } = ctx.input;
  return {
    kind: 'letter-meta',
    left: [
      { text: labels.outgoing(outgoing.number), element: 'outgoing-number' },
      { text: labels.outgoingDate(formatCalendarDate(outgoing.date, ctx.lang)), element: 'outgoing-date' },
      { text: `${ctx.b.incident}: ${ctx.input.incident.number}`, element: 'incident-reference' },
    ],
    right: addressee.map((text) => ({ text, element: 'addressee' as const })),
  };
}

const body = (ctx: Ctx, publicBody: PublicBody): string[] => [pick(publicBody.name, ctx.lang), pick(publicBody.address, ctx.lang)];

const row = (label: string, value: readonly Inline[] | string, element?: ElementId): FieldRow =>
  element === undefined
    ? { label, value: typeof value === 'string' ? [value] : value }
    : { label, value: typeof value === 'string' ? [value] : value, element };

const contactRow = (ctx: Ctx): FieldRow => {
  const { contact } = ctx.input.incident;
  return row(ctx.b.contactPerson, ctx.b.contactValue(contact.name, contact.position, contact.phone, contact.email), 'contact-person');
};

const dpoParagraph = (ctx: Ctx): Block => {
  const { dpo } = ctx.input.org;
  return { kind: 'paragraph', element: 'dpo-contacts', runs: [LABELS[ctx.lang].dpoContacts(dpo.name, pick(dpo.position, ctx.lang), dpo.phone, dpo.email)] };
};

const signature = (ctx: Ctx): Block => {
  const labels = LABELS[ctx.lang];
  const { dpo } = ctx.input.org;
  return {
    kind: 'signatures',
    caption: labels.closing,
    element: 'signature',
    lineCaption: labels.signatureLine,
    signers: [{ position: pick(dpo.position, ctx.lang), name: dpo.name }],
  };
};

const basis = (ctx: Ctx, text: string): Block => ({
  kind: 'paragraph',
  element: 'statutory-basis',
  runs: [{ text: `${ctx.b.basisLabel}: `, bold: true }, text],
});

const model = (ctx: Ctx, kind: DocumentKind, title: readonly string[], blocks: Block[]): DocumentModel => ({
  kind,
  language: ctx.lang,
  title: `${title.join(' ')} № ${ctx.input.incident.number}`,
  footerNote: `${ctx.input.incident.number} · ${LABELS[ctx.lang].outgoing(ctx.input.outgoing.number)}`,
  pageLabel: LABELS[ctx.lang].pageOf,
  blocks,
});

function requireContent(incident: BreachIncident): void {
  if (incident.description.trim() === '') throw new DocumentInputError('incident.description', 'the notice must describe the breach');
  if (incident.contact.name.trim() === '') throw new DocumentInputError('incident.contact', 'the notice must name a contact person');
}

/** To the KZ authorized body (K8 with K8a content), in Kazakh or Russian. */
export function buildBreachAuthorityNotice(input: BreachNoticeInput, lang: DocLanguage): DocumentModel {
  requireContent(input.incident);
  const ctx = context(input, lang);
  const { b } = ctx;
  const i = input.incident;
  return model(ctx, 'breach-notice', b.authorityTitle, [
    letterhead(input.org),
    meta(ctx, body(ctx, input.org.authorizedBody)),
    { kind: 'title', lines: b.authorityTitle },
    { kind: 'paragraph', runs: [b.authorityIntro(pick(input.org.legalName, lang), when(ctx, false))] },
    {
      kind: 'fields',
      numbered: true,
      rows: [
        row(b.incident, i.number, 'incident-reference'),
        row(b.detectedAt, when(ctx, false), 'detection-time'),
        row(b.detectedHow, `${b.method[i.detectionMethod]}; ${b.by(i.detectedBy)}`),
        row(b.description, i.description, 'incident-description'),
        row(b.systems, list(i.systems), 'information-systems'),
        row(b.dataCategories, list(i.dataCategories), 'data-categories'),
        row(b.subjects, b.subjectsValue(list(i.subjects.categories), i.subjects.kzCount, i.subjects.rfCount), 'breach-subjects'),
        row(b.causes, orText(ctx, i.causes), 'presumed-causes'),
        row(b.consequences, orText(ctx, i.consequences), 'likely-consequences'),
        row(b.measuresTaken, orText(ctx, i.measuresTaken), 'measures-taken'),
        row(b.measuresPlanned, orText(ctx, i.measuresPlanned), 'measures-planned'),
        row(b.subjectsContactData, orText(ctx, i.subjectsContactData), 'subjects-contact-data'),
        contactRow(ctx),
      ],
    },
    basis(ctx, b.authorityBasis),
    dpoParagraph(ctx),
    signature(ctx),
  ]);
}

/** To Roskomnadzor within 24 hours (152-FZ Art. 21 part 3.1 p.1), in Russian. */
export function buildRknFirstNotice(input: BreachNoticeInput): DocumentModel {
  requireContent(input.incident);
  const ctx = context(input, 'ru');
  const { b } = ctx;
  const i = input.incident;
  return model(ctx, 'breach-rkn-notice', b.rknTitle, [
    letterhead(input.org),
    meta(ctx, body(ctx, input.org.rkn)),
    { kind: 'title', lines: b.rknTitle },
    { kind: 'paragraph', runs: [b.rknIntro(pick(input.org.legalName, 'ru'), when(ctx, true))] },
    {
      kind: 'fields',
      numbered: true,
      rows: [
        row(b.incident, i.number, 'incident-reference'),
        row(b.detectedAt, when(ctx, true), 'detection-time'),
        row(b.description, i.description, 'incident-description'),
        row(b.systems, list(i.systems), 'information-systems'),
        row(b.dataCategories, list(i.dataCategories), 'data-categories'),
        row(b.subjects, b.rfSubjectsValue(list(i.subjects.categories), i.subjects.rfCount), 'breach-subjects'),
        row(b.causes, orText(ctx, i.causes), 'presumed-causes'),
        row(b.harm, orText(ctx, i.consequences), 'likely-consequences'),
        row(b.measuresTaken, orText(ctx, i.measuresTaken), 'measures-taken'),
        contactRow(ctx),
      ],
    },
    basis(ctx, b.rknBasis),
    signature(ctx),
  ]);
}

/** To Roskomnadzor within 72 hours: results of the internal investigation (152-FZ Art. 21 part 3.1 p.2), in Russian. */
export function buildRknResultsNotice(input: BreachNoticeInput): DocumentModel {
  requireContent(input.incident);
  const i = input.incident;
  if (i.investigationResults.trim() === '')
    throw new DocumentInputError('incident.investigationResults', 'the 72-hour notice reports the results of the internal investigation');
  const ctx = context(input, 'ru');
  const { b } = ctx;
  const first = input.firstNotice;
  return model(ctx, 'breach-rkn-results', b.resultsTitle, [
    letterhead(input.org),
    meta(ctx, body(ctx, input.org.rkn)),
    { kind: 'title', lines: b.resultsTitle },
    { kind: 'paragraph', runs: [b.resultsIntro(pick(input.org.legalName, 'ru'), i.number)] },
    {
      kind: 'fields',
      numbered: true,
      rows: [
        row(b.incident, i.number, 'incident-reference'),
        row(
          b.firstNotice,
          first === undefined ? b.firstNoticeNone : b.firstNoticeValue(first.number, formatCalendarDate(first.date, 'ru')),
          'first-notice-reference',
        ),
        row(b.detectedAt, when(ctx, true), 'detection-time'),
        row(b.investigationResults, i.investigationResults, 'investigation-results'),
        row(b.responsiblePersons, i.responsiblePersons.trim() === '' ? b.noneEstablished : i.responsiblePersons, 'responsible-persons'),
        row(b.measuresTaken, orText(ctx, i.measuresTaken), 'measures-taken'),
        row(b.measuresPlanned, orText(ctx, i.measuresPlanned), 'measures-planned'),
        contactRow(ctx),
      ],
    },
    basis(ctx, b.rknBasis),
    signature(ctx),
  ]);
}

/** To the affected subjects (sent when the DPO decides), in Kazakh or Russian. */
export function buildBreachSubjectLetter(input: BreachNoticeInput, lang: DocLanguage): DocumentModel {
  requireContent(input.incident);
  const ctx = context(input, lang);
  const { b } = ctx;
  const i = input.incident;
  return model(ctx, 'breach-subject-letter', b.subjectTitle, [
    letterhead(input.org),
    meta(ctx, [b.subjectAddressee]),
    { kind: 'title', lines: b.subjectTitle },
    { kind: 'paragraph', runs: [b.subjectSalutation] },
    { kind: 'paragraph', element: 'detection-time', runs: [b.subjectIntro(pick(input.org.legalName, lang), when(ctx, false))] },
    {
      kind: 'fields',
      numbered: false,
      rows: [
        row(b.dataCategories, list(i.dataCategories), 'data-categories'),
        row(b.consequences, orText(ctx, i.consequences), 'likely-consequences'),
        row(b.measuresTaken, orText(ctx, i.measuresTaken), 'measures-taken'),
      ],
    },
    { kind: 'paragraph', runs: [b.subjectAdvice] },
    dpoParagraph(ctx),
    signature(ctx),
  ]);
}

/** The model of a notice of the breach register in one language (Roskomnadzor's are Russian whatever is asked). */
export function breachNoticeModel(kind: BreachDocumentKind, input: BreachNoticeInput, lang: DocLanguage): DocumentModel {
  switch (kind) {
    case 'breach-notice-authority':
      return buildBreachAuthorityNotice(input, lang);
    case 'breach-rkn-24h':
      return buildRknFirstNotice(input);
    case 'breach-rkn-72h':
      return buildRknResultsNotice(input);
    case 'breach-subject-letter':
      return buildBreachSubjectLetter(input, lang);
  }
}

/** The pdfmake definition of a notice. */
export const breachNoticePdf = (kind: BreachDocumentKind, input: BreachNoticeInput, lang: DocLanguage): TDocumentDefinitions =>
  toPdfDefinition([breachNoticeModel(kind, input, lang)]);
