/**
 * RF reasoned notice extending the reply term by up to five working days — 152-FZ Art. 14 part 3 and
 * Art. 20 parts 1–2 (as amended by 266-FZ) [K]: states the reasons for the extension and the new deadline.
 * Only for data subjects who are citizens of the Russian Federation; Kazakh law has no such extension.
 * Deadlines are shown in Almaty and Moscow time (legal-reference §2.2). The notice extending the answer to
 * Roskomnadzor's request (R5, Art. 20 part 4) is addressed to Roskomnadzor.
 */
import { formatInstantDateTime } from '../format';
import { EXTENSION_BASIS_RU } from './citations';
import type { Block, DocumentModel } from './document-model';
import { DocumentInputError } from './errors';
import {
  closingAndSignature,
  dpoParagraph,
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
import type { DocLanguage, ExtensionNoticeInput } from './model';

const MOSCOW = 'Europe/Moscow';

/** '15.07.2025 18:00 (UTC+05:00, Алматы) = 15.07.2025 16:00 (UTC+03:00, Москва)' */
const bothZones = (ctx: LetterContext, instant: string): string => {
  const local = formatInstantDateTime(instant, ctx.lang, ctx.timeZone);
  return ctx.timeZone === MOSCOW ? local : `${local} = ${formatInstantDateTime(instant, ctx.lang, MOSCOW)}`;
};

/** Document model of the extension notice in one language. Throws DocumentInputError on impossible input. */
export const buildExtensionNotice = (input: ExtensionNoticeInput, lang: DocLanguage): DocumentModel => {
  if (input.request.jurisdiction !== 'ru-subject') {
    throw new DocumentInputError('request.jurisdiction', 'the five-working-day extension exists only under 152-FZ (RF subjects)');
  }
  if (!(Date.parse(input.newDeadline) > Date.parse(input.originalDeadline))) {
    throw new DocumentInputError('newDeadline', 'the extended deadline must be later than the original one');
  }
  if (input.reasons.length === 0) throw new DocumentInputError('reasons', 'the notice must state the reasons for the extension');
  const ctx = letterContext(input.org, input.request, lang);
  const l = ctx.labels.extension;
  const meta = letterMeta(ctx, input.outgoing);
  // R5: the notice answers Roskomnadzor's request, so it goes to Roskomnadzor (legal-reference §11.2), not the subject.
  const body = input.addressee;
  const blocks: Block[] = [
    letterhead(input.org),
    body === undefined || meta.kind !== 'letter-meta'
      ? meta
      : { ...meta, right: [{ text: pick(body.name, lang), element: 'addressee-body' }, { text: pick(body.address, lang) }] },
    { kind: 'title', lines: l.title },
    ...(body === undefined ? [salutation(ctx)] : []),
    receivedParagraph(ctx),
    subjectFields(ctx),
    paragraph([l.intro]),
    {
      kind: 'fields',
      numbered: false,
      rows: [
        { label: l.originalDeadline, value: [bothZones(ctx, input.originalDeadline)], element: 'original-deadline' },
        { label: l.newDeadline, value: [{ text: bothZones(ctx, input.newDeadline), bold: true }], element: 'new-deadline' },
        { label: l.basis, value: [pick(input.basis ?? EXTENSION_BASIS_RU, lang)], element: 'statutory-basis' },
      ],
    },
    paragraph([l.reasonsIntro]),
    { kind: 'list', style: 'numbered', element: 'extension-reasons', items: input.reasons.map((r) => [pick(r, lang)]) },
    paragraph([l.sameForm(ctx.labels.channel[input.request.channel])]),
    dpoParagraph(ctx),
    closingAndSignature(ctx, input.signatory),
  ];
  return {
    kind: 'extension-notice',
    language: lang,
    title: `${l.title.join(' ')} № ${input.request.caseNumber}`,
    footerNote: `${input.request.caseNumber} · ${ctx.labels.outgoing(input.outgoing.number)}`,
    pageLabel: ctx.labels.pageOf,
    blocks,
  };
};
