/**
 * Destruction act (акт об уничтожении персональных данных; дербес деректерді жою актісі) for one case or a
 * batch. Carries all fields of RKN Order 179 p.3 а–к [S]: operator name and address; processor; subjects
 * (table); persons who destroyed with position and signature lines; categories; paper carriers with sheet
 * counts; information systems; method; reason; date — plus the KZ internal-form fields of legal-reference
 * §4.1 [I]: act number, date and place; BIN; legal ground by article (Law 94-V Art. 18 / Art. 25 p.2 sub.4,
 * sub.8); case number and receipt date; retained exceptions and why; commission with signatures; whether
 * the deadline was met. Annex 1: extract from the event log (Order 179 p.2, p.5), landscape.
 * The subjects table repeats its header row on every page; 1 000 subjects make one document.
 */
import { formatCalendarDate, formatTimestamp, zonedDate, zonedParts, zoneSuffix } from '../format';
import { ACT_FORM_BASIS_KZ, DEFINITION_DESTRUCTION, DESTRUCTION_REASON_BASIS, ORDER_179 } from './citations';
import type { Block, DocumentModel, FieldRow, Inline, Signer } from './document-model';
import { DocumentInputError } from './errors';
import { LABELS } from './labels';
import { DEFAULT_TIME_ZONE } from '../locale';
import { dateTime, letterhead, pick, referenceDate } from './letter-parts';
import { maskIin } from '../validation';
import type { DestructionActInput, DocLanguage } from './model';

const lines = (items: readonly string[]): Inline[] => items.flatMap((t, i) => (i === 0 ? [t] : ['\n', t]));

/** Document model of a destruction act in one language. Throws DocumentInputError without subjects or executors. */
export const buildDestructionAct = (input: DestructionActInput, lang: DocLanguage): DocumentModel => {
  if (input.subjects.length === 0) throw new DocumentInputError('subjects', 'the act must identify the subject(s) (Order 179 p.3 в)');
  if (input.destroyedBy.length === 0) {
    throw new DocumentInputError('destroyedBy', 'the act must name who destroyed the data (Order 179 p.3 г)');
  }
  if (input.commission.length === 0) {
    throw new DocumentInputError('commission', 'the act must be signed by a commission (legal-reference §4.1 item 8)');
  }
  if (input.categories.length === 0) throw new DocumentInputError('categories', 'list the categories destroyed (Order 179 p.3 д)');
  if (input.method.length === 0) throw new DocumentInputError('method', 'state the method of destruction (Order 179 p.3 з)');

  const labels = LABELS[lang];
  const l = labels.act;
  const { org } = input;
  const tz = org.timeZone ?? DEFAULT_TIME_ZONE;
  const ctx = { lang, timeZone: tz };
  const actDate = formatCalendarDate(input.act.date, lang);

  const legalGround = [pick(DESTRUCTION_REASON_BASIS[input.reason], lang), ...(input.extraCitations ?? []).map((c) => pick(c, lang))];
  const reason = input.reasonDetails === undefined ? labels.reason[input.reason] : `${labels.reason[input.reason]}: ${pick(input.reasonDetails, lang)}`;
  const method = input.method.map((m) => labels.method[m]).join('; ');

  const deadline =
    input.dueBy === undefined
      ? l.deadlineNone
      : Date.parse(input.destroyedAt) <= Date.parse(input.dueBy)
        ? l.deadlineYes(dateTime(ctx, input.dueBy))
        : `${l.deadlineNo(dateTime(ctx, input.dueBy))}${input.lateReason === undefined ? '' : `; ${pick(input.lateReason, lang)}`}`;

  const rows: FieldRow[] = [
    { label: l.operator, value: [org.legalName[lang]], element: 'operator-name' },
    { label: l.operatorBin, value: [org.bin], element: 'operator-bin' },
    { label: l.operatorAddress, value: [org.address[lang]], element: 'operator-address' },
    {
      label: l.processor,
      element: 'processor',
      value: [
        input.processor === undefined
          ? l.processorNone
          : [
              pick(input.processor.name, lang),
              ...(input.processor.bin === undefined ? [] : [`${labels.binLabel} ${input.processor.bin}`]),
              pick(input.processor.address, lang),
            ].join(', '),
      ],
    },
    {
      label: l.cases,
      element: 'case-reference',
      value:
        input.cases.length === 0 ? [l.casesNone] : lines(input.cases.map((c) => l.caseItem(c.caseNumber, referenceDate(zonedDate(c.receivedAt, tz), lang)))),
    },
    { label: l.reason, value: [reason], element: 'destruction-reason' },
    { label: l.legalGround, value: [legalGround.join('; ')], element: 'legal-ground' },
    { label: l.subjects, value: [l.subjectsValue(input.subjects.length)], element: 'subjects' },
    { label: l.categories, value: [input.categories.map((c) => pick(c, lang)).join('; ')], element: 'data-categories' },
    {
      label: l.paperCarriers,
      element: 'paper-carriers',
      value: input.paperCarriers.length === 0 ? [l.paperNone] : lines(input.paperCarriers.map((p) => l.paperItem(pick(p.name, lang), p.sheets))),
    },
    {
      label: l.informationSystems,
      element: 'information-systems',
      value: [input.informationSystems.length === 0 ? l.systemsNone : input.informationSystems.map((x) => pick(x, lang)).join('; ')],
    },
    {
      label: l.method,
      element: 'destruction-method',
      value: [input.methodDetails === undefined ? method : `${method}. ${pick(input.methodDetails, lang)}`],
    },
    { label: l.destroyedAt, value: [dateTime(ctx, input.destroyedAt)], element: 'destruction-time' },
    { label: l.deadlineMet, value: [deadline], element: 'deadline-met' },
    {
      label: l.retained,
      element: 'retained-exceptions',
      value: input.retained.length === 0 ? [l.retainedNone] : lines(input.retained.map((r) => `${pick(r.what, lang)} — ${pick(r.ground.citation, lang)}`)),
    },
  ];
  // After the Order 179 / internal-form fields, so that field 13 stays the time of destruction.
  rows.push({ label: l.databaseLocation, value: [l.databaseLocationValue], element: 'database-location' });
  if (input.subjectNotice !== undefined) {
    rows.push({
      label: l.subjectNotice,
      value: [l.subjectNoticeValue(dateTime(ctx, input.subjectNotice.sentAt), labels.channel[input.subjectNotice.channel])],
    });
  }

  const subjectsTable: Block = {
    kind: 'table',
    element: 'subjects',
    size: 'small',
    caption: l.subjectsCaption,
    columns: [
      { header: l.subjectsColumns.no, width: 30 },
      { header: l.subjectsColumns.name, width: '*' },
      { header: l.subjectsColumns.identifier, width: 110 },
      { header: l.subjectsColumns.caseNumber, width: 100 },
    ],
    rows: input.subjects.map((s, i) => [String(i + 1), s.fullName, pick(s.identifier, lang), s.caseNumber ?? labels.noneDash]),
  };

  const destroyers: Signer[] = input.destroyedBy.map((p) => ({ position: pick(p.position, lang), name: p.name }));
  const commission: Signer[] = [...input.commission]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1))
    .map((m) => ({ position: `${l.role[m.role]}\n${pick(m.position, lang)}`, name: m.name }));

  const zone = zoneSuffix(zonedParts(input.destroyedAt, tz).offset, tz, lang);
  const systemAnnex: Block[] = [
    { kind: 'title', lines: l.systemAnnexTitle(input.act.number, referenceDate(input.act.date, lang)) },
    input.systemLog.length === 0
      ? { kind: 'paragraph', runs: [input.systemLogAbsent === undefined ? l.annexEmpty : pick(input.systemLogAbsent, lang)], element: 'system-log-annex' }
      : {
          kind: 'table',
          element: 'system-log-annex',
          size: 'small',
          columns: [
            { header: l.systemAnnexColumns.no, width: 24 },
            { header: l.systemAnnexColumns.subject, width: 120 },
            { header: l.systemAnnexColumns.categories, width: '*' },
            { header: l.systemAnnexColumns.system, width: 110 },
            { header: l.systemAnnexColumns.reason, width: '*' },
            { header: l.systemAnnexColumns.destroyedAt(zone), width: 100 },
          ],
          rows: input.systemLog.map((r, i) => [
            String(i + 1),
            /^\d{12}$/u.test(r.subject) ? maskIin(r.subject) : r.subject,
            r.categories,
            pick(r.system, lang),
            r.reason,
            formatTimestamp(r.destroyedAt, tz),
          ]),
        },
    ...(input.systemLog.length === 0 ? [] : [{ kind: 'paragraph', runs: [l.systemAnnexNote], small: true } as const]),
  ];
  const annexBlocks: Block[] = [
    { kind: 'title', lines: l.annexTitle(input.act.number, referenceDate(input.act.date, lang)) },
    input.eventLog.length === 0
      ? { kind: 'paragraph', runs: [l.annexEmpty], element: 'event-log-annex' }
      : {
          kind: 'table',
          element: 'event-log-annex',
          size: 'small',
          columns: [
            { header: l.annexColumns.at(zone), width: 92 },
            { header: l.annexColumns.actor, width: 100 },
            { header: l.annexColumns.action, width: '*' },
            { header: l.annexColumns.record, width: 120 },
            { header: l.annexColumns.categories, width: '*' },
            { header: l.annexColumns.system, width: 100 },
          ],
          rows: input.eventLog.map((r) => [
            formatTimestamp(r.at, tz),
            r.actor,
            pick(r.action, lang),
            pick(r.record, lang),
            pick(r.categories, lang),
            pick(r.system, lang),
          ]),
        },
  ];

  const notes: string[] = [l.formBasis(pick(ACT_FORM_BASIS_KZ, lang))];
  if (input.includesRfSubjects) notes.push(l.formBasisRf(pick(ORDER_179, lang)), l.retentionNote(pick(ORDER_179, lang)));

  const place = input.act.place ?? org.city;
  const blocks: Block[] = [
    letterhead(org),
    { kind: 'title', lines: l.title(input.act.number), element: 'act-number' },
    { kind: 'place-date', place: { text: pick(place, lang), element: 'act-place' }, date: { text: actDate, element: 'act-date' } },
    { kind: 'paragraph', runs: [l.preamble] },
    { kind: 'fields', numbered: true, rows },
    { kind: 'paragraph', runs: [l.statement(pick(DEFINITION_DESTRUCTION, lang))] },
    { kind: 'paragraph', runs: [l.annexReference] },
    subjectsTable,
    { kind: 'signatures', caption: l.destroyedBy, signers: destroyers, lineCaption: labels.signatureLine, element: 'destroyed-by' },
    { kind: 'signatures', caption: l.commission, signers: commission, lineCaption: labels.signatureLine, element: 'commission' },
    { kind: 'paragraph', runs: [notes.join(' ')], small: true },
    { kind: 'annex', orientation: 'landscape', blocks: systemAnnex, element: 'system-log-annex' },
    { kind: 'annex', orientation: 'landscape', blocks: annexBlocks, element: 'event-log-annex' },
  ];

  return {
    kind: 'destruction-act',
    language: lang,
    title: l.title(input.act.number).join(' '),
    footerNote: `${l.title(input.act.number)[0] ?? ''} · ${actDate}`,
    pageLabel: labels.pageOf,
    blocks,
  };
};
