/**
 * Blocks shared by the letters: letterhead, outgoing/addressee block, salutation, the "request received"
 * sentence, subject identification (name and masked IIN only — no more personal data than necessary),
 * DPO contacts and the signature block.
 */
import { DEFAULT_TIME_ZONE } from '../locale';
import { formatCalendarDate, formatInstantDateTime, formatKkDateAttributive, zonedDate } from '../format';
import { maskIin, validateIin } from '../validation';
import type { IinSex } from '../validation';
import type { Block, Inline } from './document-model';
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

export const letterMeta = (ctx: LetterContext, outgoing: OutgoingRef): Block => {
  const { labels, lang, request } = ctx;
  const received = referenceDate(zonedDate(request.receivedAt, ctx.timeZone), lang);
  const right = [
    { text: labels.addressee },
    { text: request.subject.fullName, element: 'subject-identification' as const },
    ...(request.subject.contact === undefined ? [] : [{ text: request.subject.contact }]),
  ];
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

const subjectSex = (iin: string | undefined): IinSex => {
  if (iin === undefined) return 'unknown';
  const r = validateIin(iin);
  return r.valid ? r.sex : 'unknown';
};

export const salutation = (ctx: LetterContext): Block => ({
  kind: 'paragraph',
  runs: [ctx.labels.salutation(addressName(ctx.request.subject.fullName), subjectSex(ctx.request.subject.iin))],
});

export const receivedParagraph = (ctx: LetterContext): Block => ({
  kind: 'paragraph',
  element: 'request-reference',
  runs: [
    ctx.labels.received(dateTime(ctx, ctx.request.receivedAt), ctx.labels.channel[ctx.request.channel], ctx.request.caseNumber, ctx.request.incomingNumber),
  ],
});

export const subjectFields = (ctx: LetterContext): Block => {
  const { labels, request } = ctx;
  const rows = [{ label: labels.subject, value: [request.subject.fullName], element: 'subject-identification' as const }];
  if (request.subject.iin !== undefined) {
    rows.push({ label: labels.iinLabel, value: [maskIin(request.subject.iin)], element: 'subject-identification' });
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
