/**
 * Blocks shared by the letters: letterhead, outgoing/addressee block, salutation, the "request received"
 * sentence, subject identification (name and masked IIN only — no more personal data than necessary),
 * DPO contacts and the signature block.
 */
import { DEFAULT_TIME_ZONE } from '../locale';
import { formatCalendarDate, formatInstantDateTime, formatKkDateAttributive, formatKkInstantLocative, zonedDate } from '../format';
import { formFromIin, formFromName, type FormOfAddress } from '../cases/form-of-address';
import { maskIin } from '../validation';
import type { Block, FieldRow, Inline, TaggedText } from './document-model';
import type { ElementId } from './elements';
import { LABELS } from './labels';
import type { Labels } from './labels';
import type { Bilingual, DocLanguage, OrgProfile, OutgoingRef, RequestRef, Signatory } from './model';

export interface LetterContext {
  readonly lang: DocLanguage;
  readonly labels: Labels;
  readonly timeZone: string;
  readonly org: OrgProfile;
  readonly request: RequestRef;
}

export const pick = (text: Bilingual, lang: DocLanguage): string => text[lang];

export const letterContext = (org: OrgProfile, request: RequestRef, lang: DocLanguage): LetterContext => ({
  lang,
  labels: LABELS[lang],
  timeZone: org.timeZone ?? DEFAULT_TIME_ZONE,
  org,
  request,
});

/** Date used in references: ru '01.07.2025', kk attributive '2025 жылғы 1 шілдедегі'. */
export const referenceDate = (isoDate: string, lang: DocLanguage): string =>
  lang === 'kk' ? formatKkDateAttributive(isoDate) : formatCalendarDate(isoDate, lang);

export const dateTime = (ctx: { lang: DocLanguage; timeZone: string }, instant: string): string => formatInstantDateTime(instant, ctx.lang, ctx.timeZone);

/** Letterhead in both state languages (Kazakh left, Russian right), whatever the letter's language. */
export const letterhead = (org: OrgProfile): Block => {
  const column = (lang: DocLanguage) => [
    { text: org.legalName[lang], element: 'operator-name' as const },
    { text: org.address[lang], element: 'operator-address' as const },
    { text: `${LABELS[lang].binLabel} ${org.bin}`, element: 'operator-bin' as const },
  ];
  return org.logo === undefined
    ? { kind: 'letterhead', columns: { kk: column('kk'), ru: column('ru') } }
    : { kind: 'letterhead', columns: { kk: column('kk'), ru: column('ru') }, logo: org.logo };
};

/** True when a representative filed the request: the letter answers them, about the subject's data. */
export const byRepresentative = (ctx: LetterContext): boolean => ctx.request.representative !== undefined;

/** The addressee block: whoever filed the request — the representative or the subject — at the reply address of the request. */
const addresseeLines = (ctx: LetterContext): TaggedText[] => {
  const { labels, request } = ctx;
  const rep = request.representative;
  if (rep !== undefined) {
    return [{ text: labels.addresseeRepresentative }, { text: rep.fullName }, ...(rep.contact === undefined ? [] : [{ text: rep.contact }])];
  }
  return [
    { text: labels.addressee },
    { text: request.subject.fullName, element: 'subject-identification' },
    ...(request.subject.contact === undefined ? [] : [{ text: request.subject.contact }]),
  ];
};

export const letterMeta = (ctx: LetterContext, outgoing: OutgoingRef): Block => {
  const { labels, lang, request } = ctx;
  const received = referenceDate(zonedDate(request.receivedAt, ctx.timeZone), lang);
  const right = addresseeLines(ctx);
  return {
    kind: 'letter-meta',
    left: [
      { text: labels.outgoing(outgoing.number), element: 'outgoing-number' },
      { text: labels.outgoingDate(formatCalendarDate(outgoing.date, lang)), element: 'outgoing-date' },
      { text: labels.inReplyTo(request.caseNumber, request.incomingNumber, received), element: 'request-reference' },
    ],
    right,
  };
};

/** 'Иванов Иван Иванович' → 'Иван Иванович'; shorter names are used whole. */
const addressName = (fullName: string): string => {
  const parts = fullName.trim().split(/\s+/);
  return parts.length >= 3 ? parts.slice(1).join(' ') : fullName.trim();
};

/** The recorded form of address, else the patronymic's, else the IIN's, else neutral. */
const formOf = (fullName: string, recorded: FormOfAddress | undefined, iin: string | undefined): FormOfAddress =>
  recorded ?? formFromName(fullName) ?? formFromIin(iin) ?? 'neutral';

/** «Уважаемая Ольга Викторовна!» to whoever filed the request (the representative or the subject). */
export const salutation = (ctx: LetterContext): Block => {
  const { representative, subject } = ctx.request;
  const text =
    representative !== undefined
      ? ctx.labels.salutation(addressName(representative.fullName), formOf(representative.fullName, representative.formOfAddress, undefined))
      : ctx.labels.salutation(addressName(subject.fullName), formOf(subject.fullName, subject.formOfAddress, subject.iin));
  return { kind: 'paragraph', runs: [text] };
};

/** The authority document in words: 'доверенность № 12 от 01.02.2026' / '2026 жылғы 1 ақпандағы № 12 сенімхат'. */
export const authorityText = (ctx: LetterContext): string | undefined => {
  const rep = ctx.request.representative;
  if (rep === undefined) return undefined;
  const { kind, number, date, details } = rep.authority;
  const main =
    kind === undefined && number === undefined && date === undefined
      ? ''
      : ctx.labels.authorityRef(
          ctx.labels.authorityKind[kind ?? 'other'],
          number,
          date === undefined ? undefined : ctx.lang === 'kk' ? referenceDate(date, 'kk') : formatCalendarDate(date, ctx.lang),
        );
  return [main, details ?? ''].filter((p) => p.trim() !== '').join(', ');
};

export const receivedParagraph = (ctx: LetterContext): Block => ({
  kind: 'paragraph',
  element: 'request-reference',
  runs: [
    ctx.labels.received(
      // kk: the time something happened takes the locative — «2026 жылғы 1 шілдеде сағат 10:12-де».
      ctx.lang === 'kk' ? formatKkInstantLocative(ctx.request.receivedAt, ctx.timeZone) : dateTime(ctx, ctx.request.receivedAt),
      ctx.labels.channel[ctx.request.channel],
      ctx.request.caseNumber,
      ctx.request.incomingNumber,
    ),
  ],
});

/** The subject (as the person concerned when a representative filed the request), the representative and their authority. */
export const subjectFields = (ctx: LetterContext): Block => {
  const { labels, request } = ctx;
  const rep = request.representative;
  const rows: FieldRow[] = [
    { label: rep === undefined ? labels.subject : labels.personConcerned, value: [request.subject.fullName], element: 'subject-identification' },
  ];
  if (request.subject.iin !== undefined) {
    rows.push({ label: labels.iinLabel, value: [maskIin(request.subject.iin)], element: 'subject-identification' });
  }
  if (rep !== undefined) {
    rows.push({ label: labels.representative, value: [rep.fullName], element: 'representative' });
    const authority = authorityText(ctx);
    if (authority !== undefined && authority !== '') rows.push({ label: labels.authorityLabel, value: [authority], element: 'representative' });
  }
  return { kind: 'fields', numbered: false, rows };
};

export const dpoParagraph = (ctx: LetterContext): Block => {
  const { dpo } = ctx.org;
  return {
    kind: 'paragraph',
    element: 'dpo-contacts',
    runs: [ctx.labels.dpoContacts(dpo.name, pick(dpo.position, ctx.lang), dpo.phone, dpo.email)],
  };
};

export const attachmentsParagraph = (ctx: LetterContext, attachments: readonly Bilingual[] | undefined): Block[] =>
  attachments === undefined || attachments.length === 0
    ? []
    : [
        {
          kind: 'paragraph',
          runs: [{ text: `${ctx.labels.attachments}: `, bold: true }, attachments.map((a) => pick(a, ctx.lang)).join('; ')],
        },
      ];

/** Closing formula and signature block of the signatory (default: the DPO). */
export const closingAndSignature = (ctx: LetterContext, signatory: Signatory | undefined): Block => {
  const who = signatory ?? { name: ctx.org.dpo.name, position: ctx.org.dpo.position };
  return {
    kind: 'signatures',
    caption: ctx.labels.closing,
    element: 'signature',
    lineCaption: ctx.labels.signatureLine,
    signers: [{ position: pick(who.position, ctx.lang), name: who.name }],
  };
};

export const heading = (text: string): Block => ({ kind: 'heading', text });

export const paragraph = (runs: readonly Inline[], element?: ElementId): Block =>
  element === undefined ? { kind: 'paragraph', runs } : { kind: 'paragraph', runs, element };
