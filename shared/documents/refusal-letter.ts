/**
 * Reasoned refusal / reasoned answer — мотивированный ответ (отказ); дәлелді жауап (уәжді бас тарту on
 * consent withdrawal). Duty: Law 94-V Art. 25 p.2 sub.7 [P]; consent withdrawal Art. 8 p.7 [P]; for data of
 * RF citizens 152-FZ Art. 20 part 2 (must cite Art. 14 part 8 or another federal-law provision) [K].
 * Content: every element of legal-reference §6 — operator, BIN, address and DPO contacts; outgoing number
 * and date; reference to the request (case/incoming number, receipt time, channel); subject identification;
 * what was asked, what is provided and what is refused; each ground with its pinpoint article; what was
 * done instead (measure, from, until) and the date after which data will be destroyed; the right to appeal
 * (KZ: authorized body Art. 27-1, local executive body Art. 27, court Art. 30; RF: Roskomnadzor or court,
 * 152-FZ Art. 17); signature block.
 */
import { formatCalendarDate } from '../format';
import { APPEAL_KZ, APPEAL_RU, CONSENT_REFUSAL_BASIS_KZ, REFUSAL_BASIS_KZ, REFUSAL_BASIS_RU } from './citations';
import type { Block, DocumentModel, FieldRow, Inline } from './document-model';
import { DocumentInputError } from './errors';
import {
  attachmentsParagraph,
  byRepresentative,
  closingAndSignature,
  dateTime,
  dpoParagraph,
  heading,
  letterContext,
  letterhead,
  letterMeta,
  paragraph,
  pick,
  receivedParagraph,
  salutation,
  subjectFields,
} from './letter-parts';
import type { LetterContext } from './letter-parts';
import type { DocLanguage, RefusalLetterInput } from './model';

const requestedItems = (ctx: LetterContext, input: RefusalLetterInput): Inline[][] =>
  input.requested !== undefined && input.requested.length > 0
    ? input.requested.map((r) => [pick(r, ctx.lang)])
    : ctx.request.requestTypes.map((t) => [(byRepresentative(ctx) ? ctx.labels.requestTypeThird : ctx.labels.requestType)[t]]);

/** Letters issued before outcomes carried their basis: the access-refusal basis (and the consent one) as then. */
const legacyBasis = (ctx: LetterContext): string[] => {
  const parts = [pick(REFUSAL_BASIS_KZ, ctx.lang)];
  if (ctx.request.requestTypes.includes('consent-withdrawal')) parts.push(pick(CONSENT_REFUSAL_BASIS_KZ, ctx.lang));
  if (ctx.request.jurisdiction === 'ru-subject') parts.push(pick(REFUSAL_BASIS_RU, ctx.lang));
  return parts;
};

const basisBlock = (ctx: LetterContext, input: RefusalLetterInput): Block => {
  const l = ctx.labels.refusal;
  const parts = input.basis !== undefined && input.basis.length > 0 ? input.basis.map((b) => pick(b, ctx.lang)) : legacyBasis(ctx);
  const rows: FieldRow[] = [{ label: l.basisLabel, value: [parts.join('; ')], element: 'statutory-basis' }];
  if (input.answer !== undefined) {
    const { term, dueAt, answeredAt } = input.answer;
    rows.push({ label: l.termLabel, value: [l.termValue(pick(term, ctx.lang), dateTime(ctx, dueAt))], element: 'statutory-term' });
    rows.push({ label: l.answeredLabel, value: [l.answeredValue(dateTime(ctx, answeredAt), answeredAt <= dueAt)], element: 'answer-date' });
  }
  return { kind: 'fields', numbered: false, rows };
};

const providedBlocks = (ctx: LetterContext, input: RefusalLetterInput): Block[] => {
  const l = ctx.labels.refusal;
  if (input.provided.length === 0) return [heading(l.sectionProvided), paragraph([l.providedNone], 'provided-scope')];
  return [
    heading(l.sectionProvided),
    paragraph([l.providedIntro]),
    { kind: 'list', style: 'bullet', element: 'provided-scope', items: input.provided.map((p) => [pick(p, ctx.lang)]) },
  ];
};

const refusedBlocks = (ctx: LetterContext, input: RefusalLetterInput): Block[] => {
  const l = ctx.labels.refusal;
  return [
    heading(l.sectionRefused),
    paragraph([l.refusedIntro]),
    { kind: 'list', style: 'bullet', element: 'refused-scope', items: input.refused.map((r) => [pick(r, ctx.lang)]) },
    paragraph([l.groundsIntro]),
    {
      kind: 'list',
      style: 'numbered',
      element: 'legal-grounds',
      items: input.grounds.map((g) => [pick(g.text, ctx.lang), '\n', { text: `${l.groundCitation}: ${pick(g.citation, ctx.lang)}.`, italics: true }]),
    },
  ];
};

const measureBlocks = (ctx: LetterContext, input: RefusalLetterInput): Block[] => {
  const l = ctx.labels.refusal;
  const third = byRepresentative(ctx);
  const blocks: Block[] = [heading(third ? l.sectionMeasuresThird : l.sectionMeasures)];
  if (input.measures.length === 0) {
    blocks.push(paragraph([third ? l.measuresNoneThird : l.measuresNone], 'measures-taken'));
  } else {
    blocks.push({
      kind: 'table',
      element: 'measures-taken',
      size: 'normal',
      columns: [
        { header: l.measureColumns.measure, width: '*' },
        { header: l.measureColumns.scope, width: '*' },
        { header: l.measureColumns.from, width: 110 },
        { header: l.measureColumns.until, width: 70 },
      ],
      rows: input.measures.map((m) => [
        ctx.labels.measure[m.kind],
        m.scope === undefined ? l.allData : pick(m.scope, ctx.lang),
        dateTime(ctx, m.since),
        m.until === undefined ? ctx.labels.noneDash : formatCalendarDate(m.until, ctx.lang),
      ]),
    });
  }
  if (input.destroyAfter !== undefined) {
    blocks.push({
      kind: 'fields',
      numbered: false,
      rows: [{ label: l.destroyAfter, value: [formatCalendarDate(input.destroyAfter, ctx.lang)], element: 'destruction-date' }],
    });
    blocks.push(paragraph([l.destroyAfterNote]));
  }
  return blocks;
};

const appealBlocks = (ctx: LetterContext): Block[] => {
  const l = ctx.labels.refusal;
  const { org, lang } = ctx;
  const local = org.localExecutiveBody;
  const blocks: Block[] = [
    heading(l.sectionAppeal),
    paragraph([l.appealIntro], 'appeal-rights'),
    {
      kind: 'list',
      style: 'bullet',
      element: 'appeal-rights',
      items: [
        [l.appealAuthorizedBody(pick(org.authorizedBody.name, lang), pick(org.authorizedBody.address, lang), pick(APPEAL_KZ.authorizedBody, lang))],
        [
          l.appealLocalBody(
            local === undefined ? undefined : { name: pick(local.name, lang), address: pick(local.address, lang) },
            pick(APPEAL_KZ.localExecutiveBody, lang),
          ),
        ],
        [l.appealCourt(pick(APPEAL_KZ.court, lang))],
      ],
    },
  ];
  if (ctx.request.jurisdiction === 'ru-subject') {
    blocks.push(paragraph([l.appealRu(pick(org.rkn.name, lang), pick(org.rkn.address, lang), pick(APPEAL_RU, lang))], 'appeal-rights'));
  }
  return blocks;
};

/** Document model of a reasoned refusal in one language. Throws DocumentInputError without grounds or refused items. */
export const buildRefusalLetter = (input: RefusalLetterInput, lang: DocLanguage): DocumentModel => {
  if (input.grounds.length === 0) throw new DocumentInputError('grounds', 'a reasoned refusal needs at least one legal ground');
  if (input.refused.length === 0) throw new DocumentInputError('refused', 'state what exactly is refused');
  const ctx = letterContext(input.org, input.request, lang);
  const l = ctx.labels.refusal;
  const title = input.variant === 'restriction' ? l.titleRestriction : l.title;
  const blocks: Block[] = [
    letterhead(input.org),
    letterMeta(ctx, input.outgoing),
    { kind: 'title', lines: title },
    salutation(ctx),
    heading(l.sectionRequest),
    receivedParagraph(ctx),
    subjectFields(ctx),
    paragraph([l.requestedIntro]),
    { kind: 'list', style: 'bullet', element: 'request-summary', items: requestedItems(ctx, input) },
    paragraph([l.considered]),
    basisBlock(ctx, input),
    ...providedBlocks(ctx, input),
    ...refusedBlocks(ctx, input),
    ...measureBlocks(ctx, input),
    ...appealBlocks(ctx),
    dpoParagraph(ctx),
    ...attachmentsParagraph(ctx, input.attachments),
    closingAndSignature(ctx, input.signatory),
  ];
  return {
    kind: 'refusal-letter',
    language: lang,
    title: `${title.join(' ')} № ${input.request.caseNumber}`,
    footerNote: `${input.request.caseNumber} · ${ctx.labels.outgoing(input.outgoing.number)}`,
    pageLabel: ctx.labels.pageOf,
    blocks,
  };
};
