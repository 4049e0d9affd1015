/**
 * Confirmation that the operator blocked, unblocked, corrected or destroyed the subject's data within one
 * working day — Law 94-V Art. 25 p.2 sub.8, paragraphs two to five [P] (blocking defined in Art. 1 sub.3,
 * destruction in Art. 1 sub.6). For data of RF citizens the matching 152-FZ parts are cited as well
 * (Art. 20 part 3; Art. 21 parts 1–5) [K]/[S]. States the date and time of the action with its zone.
 */
import { CONFIRMATION_BASIS_KZ, CONFIRMATION_BASIS_RU, DEFINITION_BLOCKING, DEFINITION_DESTRUCTION } from './citations';
import type { Block, DocumentModel, FieldRow } from './document-model';
import {
  byRepresentative,
  closingAndSignature,
  dateTime,
  dpoParagraph,
  letterContext,
  letterhead,
  letterMeta,
  paragraph,
  pick,
  receivedParagraph,
  referenceDate,
  salutation,
  subjectFields,
} from './letter-parts';
import type { LetterContext } from './letter-parts';
import type { ConfirmationLetterInput, DocLanguage } from './model';

const effectParagraph = (ctx: LetterContext, input: ConfirmationLetterInput): Block[] => {
  const l = ctx.labels.confirmation;
  switch (input.action) {
    case 'blocked':
      return [paragraph([l.blockingEffect(pick(DEFINITION_BLOCKING, ctx.lang))])];
    case 'unblocked':
      return [paragraph([l.unblockingEffect])];
    case 'destroyed':
      return [paragraph([l.destructionEffect(pick(DEFINITION_DESTRUCTION, ctx.lang))])];
    case 'corrected':
      return [];
  }
};

const detailRows = (ctx: LetterContext, input: ConfirmationLetterInput): FieldRow[] => {
  const l = ctx.labels.confirmation;
  const rows: FieldRow[] = [
    { label: l.performedAt, value: [dateTime(ctx, input.performedAt)], element: 'action-time' },
    { label: l.scope, value: [pick(input.scope, ctx.lang)], element: 'action-scope' },
  ];
  if (input.systems !== undefined && input.systems.length > 0) rows.push({ label: l.systems, value: [input.systems.map((x) => pick(x, ctx.lang)).join('; ')] });
  if (input.details !== undefined) rows.push({ label: l.details, value: [pick(input.details, ctx.lang)] });
  if (input.reason !== undefined) rows.push({ label: l.reason, value: [pick(input.reason, ctx.lang)] });
  if (input.destructionAct !== undefined) {
    rows.push({
      label: l.act,
      value: [l.actRef(input.destructionAct.number, referenceDate(input.destructionAct.date, ctx.lang))],
    });
  }
  const basis =
    input.basis !== undefined && input.basis.length > 0 ? input.basis.map((b) => pick(b, ctx.lang)) : [pick(CONFIRMATION_BASIS_KZ[input.action], ctx.lang)];
  // A basis of the recorded outcome already names the RF part where one applies.
  if (input.basis === undefined && ctx.request.jurisdiction === 'ru-subject') basis.push(pick(CONFIRMATION_BASIS_RU[input.action], ctx.lang));
  rows.push({ label: l.basis, value: [basis.join('; ')], element: 'statutory-basis' });
  return rows;
};

/** Document model of a confirmation letter (blocked / unblocked / corrected / destroyed) in one language. */
export const buildConfirmationLetter = (input: ConfirmationLetterInput, lang: DocLanguage): DocumentModel => {
  const ctx = letterContext(input.org, input.request, lang);
  const l = ctx.labels.confirmation;
  const title = l.title[input.action];
  const blocks: Block[] = [
    letterhead(input.org),
    letterMeta(ctx, input.outgoing),
    { kind: 'title', lines: title },
    salutation(ctx),
    receivedParagraph(ctx),
    subjectFields(ctx),
    paragraph([{ text: (byRepresentative(ctx) ? l.doneThird : l.done)[input.action], bold: true }], 'action-performed'),
    { kind: 'fields', numbered: false, rows: detailRows(ctx, input) },
    ...effectParagraph(ctx, input),
    dpoParagraph(ctx),
    closingAndSignature(ctx, input.signatory),
  ];
  return {
    kind: 'confirmation-letter',
    language: lang,
    title: `${title.join(' ')} № ${input.request.caseNumber}`,
    footerNote: `${input.request.caseNumber} · ${ctx.labels.outgoing(input.outgoing.number)}`,
    pageLabel: ctx.labels.pageOf,
    blocks,
  };
};
