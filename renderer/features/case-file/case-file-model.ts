/**
 * The case file an inspector is handed: one document (kk or ru) with the subject, the request, every obligation
 * with the trace of its deadline, every action with when it was done and when it was entered, every issued
 * document with its number and SHA-256, the attachments, the case's audit extract and the trail's anchor.
 * Built as a DocumentModel (shared/documents/layout.ts renders it like the letters) in the chosen language.
 */
import { anchorShort } from '../../../shared/audit/anchor';
import { explainObligation, type DeadlineContext } from '../../../shared/cases/deadlines';
import type { Block, DocumentModel, FieldRow, TableColumn } from '../../../shared/documents/document-model';
import type { DocLanguage } from '../../../shared/documents/model';
import { formatDateTime } from '../../../shared/format';
import { ruleById } from '../../../shared/rules';
import { REQUEST_TYPE_DEFINITIONS } from '../../../shared/rules/request-types';
import type { CaseFileData } from '../../db/case-file-queries';
import { translate, type MessageArgs, type MessageKey } from '../../i18n/messages';
import { actorInDocument, describeEvent } from '../documents/event-words';

export interface CaseFileOptions {
  readonly lang: DocLanguage;
  readonly timeZone: string;
  /** The deadline context (calendars, terms) the traces are explained with; without it, no trace. */
  readonly context: DeadlineContext | undefined;
  readonly printedAt: Date;
  readonly actor: string;
}

export function caseFileModel(data: CaseFileData, options: CaseFileOptions): DocumentModel {
  const { lang, timeZone } = options;
  const t = <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string => translate(lang, key, ...args);
  const when = (iso: string | undefined): string => (iso ? formatDateTime(new Date(iso), timeZone) : '—');
  const { record } = data;
  const s = record.subject;
  const contacts = [s.email, s.phone].filter((v): v is string => v !== undefined && v !== '').join(', ');
  const subjectRows: FieldRow[] = [
    { label: t('casefile.field.name'), value: [s.fullName] },
    ...(s.iin ? [{ label: t('casefile.field.iin'), value: [s.iin] }] : []),
    ...(contacts ? [{ label: t('casefile.field.contacts'), value: [contacts] }] : []),
    ...(s.address ? [{ label: t('casefile.field.address'), value: [s.address] }] : []),
    ...(record.representative
      ? [{ label: t('casefile.field.representative'), value: [`${record.representative.fullName} (${record.representative.authorityDocument})`] }]
      : []),
  ];
  const typeLabel = (id: string) => REQUEST_TYPE_DEFINITIONS.find((d) => d.id === id)?.label[lang] ?? id;
  const requestRows: FieldRow[] = [
    { label: t('casefile.field.received'), value: [`${when(record.receivedAt)} (${timeZone})`] },
    { label: t('casefile.field.entered'), value: [when(record.enteredAt)] },
    { label: t('casefile.field.channel'), value: [t(`channel.${record.channel}`)] },
    { label: t('casefile.field.language'), value: [record.language] },
    { label: t('casefile.field.types'), value: [record.requestTypes.map(typeLabel).join(', ')] },
    { label: t('casefile.field.description'), value: [record.description || '—'] },
    {
      label: t('casefile.field.status'),
      value: [
        `${t(`case.status.${record.status}`)}${record.outcome ? ` · ${t(`outcome.${record.outcome}`)}` : ''}${record.closedAt ? ` · ${when(record.closedAt)}` : ''}`,
      ],
    },
  ];
  const obligationRows = data.obligations.map((o) => {
    const trace = options.context ? explainObligation(o, options.context, lang).join('\n') : '';
    const status = `${t(`obligation.status.${o.status}`)}${o.completedAt ? ` · ${when(o.completedAt)}` : ''}${o.outcome ? ` · ${t(`case.outcome.${o.outcome.kind}`)}` : ''}`;
    return [ruleById(o.ruleId)?.title[lang] ?? o.ruleId, when(o.triggerAt), when(o.dueAt), status, trace];
  });
  const actionRows = [...data.actions]
    .sort((a, b) => a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt))
    .map((a) => [t(`case.action.${a.kind}` as MessageKey), when(a.at), when(a.recordedAt), actorInDocument(a.actor, lang), a.note || '—']);
  // A SHA-256 in two halves of 32 hex digits: the whole of it fits the column (a cell clips an unbroken line).
  const hash = (hex: string) => `${hex.slice(0, 32)} ${hex.slice(32)}`;
  const documentRows = data.documents.map((d) => [d.number, t(`doc.kind.${d.kind}` as MessageKey), d.date, d.language, hash(d.sha256)]);
  const attachmentRows = data.attachments.map((a) => [a.name, String(a.size), hash(a.sha256)]);
  const auditRows = data.history.map((e) => [String(e.seq), when(e.at), actorInDocument(e.actor, lang), describeEvent(e, lang), e.hash.slice(0, 16)]);
  /** The table, or "none" when it has no rows. */
  const tableOr = (columns: readonly TableColumn[], rows: readonly (readonly string[])[]): Block[] =>
    rows.length === 0 ? [{ kind: 'paragraph', runs: [t('casefile.none')] }] : [{ kind: 'table', size: 'small', columns, rows }];
  return {
    kind: 'case-file',
    language: lang,
    title: t('casefile.title', { number: record.number }),
    footerNote: `${t('casefile.title', { number: record.number })} · ${anchorShort(data.anchor)}`,
    pageLabel: (page, total) => t('casefile.page', { page, total }),
    blocks: [
      { kind: 'title', lines: [t('casefile.title', { number: record.number })] },
      {
        kind: 'paragraph',
        runs: [t('casefile.printedAt', { at: formatDateTime(options.printedAt, timeZone), actor: actorInDocument(options.actor, lang) })],
        small: true,
      },
      { kind: 'heading', text: t('casefile.subject') },
      { kind: 'fields', rows: subjectRows, numbered: false },
      { kind: 'heading', text: t('casefile.request') },
      { kind: 'fields', rows: requestRows, numbered: false },
      { kind: 'heading', text: t('casefile.obligations') },
      ...tableOr(
        [
          { header: t('casefile.col.rule'), width: 90 },
          { header: t('casefile.col.trigger'), width: 60 },
          { header: t('casefile.col.due'), width: 60 },
          { header: t('casefile.col.status'), width: 70 },
          { header: t('casefile.col.trace'), width: '*' },
        ],
        obligationRows,
      ),
      { kind: 'heading', text: t('casefile.actions') },
      ...tableOr(
        [
          { header: t('casefile.col.action'), width: 80 },
          { header: t('casefile.col.at'), width: 62 },
          { header: t('casefile.col.entered'), width: 62 },
          { header: t('casefile.col.by'), width: 70 },
          { header: t('casefile.col.note'), width: '*' },
        ],
        actionRows,
      ),
      { kind: 'heading', text: t('casefile.documents') },
      ...tableOr(
        [
          { header: t('casefile.col.number'), width: 70 },
          { header: t('casefile.col.kind'), width: 80 },
          { header: t('casefile.col.date'), width: 50 },
          { header: t('casefile.col.language'), width: 30 },
          { header: t('casefile.col.sha256'), width: '*' },
        ],
        documentRows,
      ),
      { kind: 'heading', text: t('casefile.attachments') },
      ...tableOr(
        [
          { header: t('casefile.col.file'), width: 120 },
          { header: t('casefile.col.size'), width: 50 },
          { header: t('casefile.col.sha256'), width: '*' },
        ],
        attachmentRows,
      ),
      { kind: 'heading', text: t('casefile.audit') },
      ...tableOr(
        [
          { header: t('casefile.col.seq'), width: 24 },
          { header: t('casefile.col.at'), width: 62 },
          { header: t('casefile.col.by'), width: 70 },
          { header: t('casefile.col.event'), width: '*' },
          { header: t('casefile.col.hash'), width: 80 },
        ],
        auditRows,
      ),
      { kind: 'paragraph', runs: [{ text: t('casefile.anchor', { anchor: anchorShort(data.anchor), hash: data.anchor.hash }), bold: true }] },
    ],
  };
}
