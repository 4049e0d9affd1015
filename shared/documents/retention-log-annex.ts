/**
 * Annex 1 to an act of scheduled destruction: the information systems' own log extract of the destruction
 * (RKN Order 179 p.2, p.5: subject, categories, system, reason, date; Law 94-V Art. 22 p.1 sub.5 — registration and
 * accounting of actions). An issued act's bytes never change, so the extract is a document of its own, numbered
 * in the acts' series, naming the act by number and date. Each logged row is printed with the subject and the
 * categories of the relationship its contract names; whatever disagrees with the act (a contract not in it, a
 * relationship not logged, another system, a deletion before the act) is listed as a discrepancy.
 */
import { formatCalendarDate, formatTimestamp, zonedParts, zoneSuffix } from '../format';
import { DEFAULT_TIME_ZONE } from '../locale';
import type { LogCrossCheck, LogDiscrepancy } from '../processing/retention-log';
import { maskIin } from '../validation';
import type { Block, DocumentModel, Signer } from './document-model';
import { LABELS } from './labels';
import { letterhead, pick, referenceDate } from './letter-parts';
import type { Bilingual, CommissionMember, DocLanguage, LanguageChoice, OrgProfile } from './model';
import { toPdfDefinition } from './layout';
import { languagesFor } from './pdf-definitions';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export interface RetentionLogAnnexInput {
  readonly org: OrgProfile;
  /** This annex's own number and date. */
  readonly annex: { readonly number: string; readonly date: string };
  /** The act it is annex 1 to. */
  readonly act: { readonly number: string; readonly date: string };
  /** The imported file: its name and the SHA-256 of its bytes. */
  readonly source: { readonly name: string; readonly sha256: string };
  readonly check: LogCrossCheck;
  /** Data categories by activity id (the register's). */
  readonly categories: ReadonlyMap<string, Bilingual>;
  readonly commission: readonly CommissionMember[];
}

const T = {
  title: {
    kk: (n: string, d: string) => [`${d} № ${n} актісіне № 1 қосымша`, 'Ақпараттық жүйелердің оқиғаларды тіркеу журналынан үзінді'],
    ru: (n: string, d: string) => [`Приложение № 1 к акту № ${n} от ${d}`, 'Выгрузка из журнала регистрации событий информационных систем'],
  },
  number: { kk: (n: string, d: string) => `Құжат № ${n}, ${d}`, ru: (n: string, d: string) => `Документ № ${n} от ${d}` },
  intro: {
    kk: 'Жою себебі: сақтау мерзімі өтті. Үзінді ақпараттық жүйелердің өз журналынан алынды және актідегі қатынастармен салыстырылды.',
    ru: 'Причина уничтожения: истёк срок хранения. Выгрузка получена из собственных журналов информационных систем и сверена с отношениями, указанными в акте.',
  },
  source: {
    kk: (name: string, sha: string, rows: number) => `Бастапқы файл: ${name}; жолдар: ${rows}; SHA-256: ${sha}`,
    ru: (name: string, sha: string, rows: number) => `Исходный файл: ${name}; строк: ${rows}; SHA-256: ${sha}`,
  },
  columns: {
    kk: {
      at: (z: string) => `Жойылған уақыты ${z}`,
      system: 'Ақпараттық жүйе',
      contract: 'Шарт',
      subject: 'Субъект',
      categories: 'Деректер санаттары',
      operator: 'Оператор (пайдаланушы)',
      line: 'Жол',
    },
    ru: {
      at: (z: string) => `Дата и время удаления ${z}`,
      system: 'Информационная система',
      contract: 'Договор',
      subject: 'Субъект',
      categories: 'Категории данных',
      operator: 'Оператор (пользователь)',
      line: 'Стр.',
    },
  },
  discrepancies: { kk: 'Сәйкессіздіктер', ru: 'Расхождения' },
  none: {
    kk: 'Сәйкессіздіктер жоқ: әрбір жол актідегі қатынасқа сәйкес келеді және актідегі әрбір қатынас журналда бар.',
    ru: 'Расхождений нет: каждая строка соответствует отношению из акта, и каждое отношение из акта отражено в журнале.',
  },
  notInAct: { kk: '—', ru: '—' },
  commission: { kk: 'Комиссия', ru: 'Комиссия' },
};

const discrepancyText = (d: LogDiscrepancy, lang: DocLanguage, tz: string): string => {
  const kk = lang === 'kk';
  switch (d.kind) {
    case 'not-in-act':
      return kk
        ? `${d.line}-жол: № ${d.contractNo} шарты (${d.system}) актіде жоқ`
        : `Строка ${d.line}: договор № ${d.contractNo} (${d.system}) не указан в акте`;
    case 'not-logged':
      return kk
        ? `№ ${d.contractNo} шарты (${d.system}) актіде бар, бірақ журналда жоқ`
        : `Договор № ${d.contractNo} (${d.system}) указан в акте, но в журнале не отражён`;
    case 'other-system':
      return kk
        ? `${d.line}-жол: № ${d.contractNo} шарты ${d.system} жүйесінде жойылған, актіде — ${d.expected}`
        : `Строка ${d.line}: договор № ${d.contractNo} удалён в системе ${d.system}, по акту — ${d.expected}`;
    case 'before-act':
      return kk
        ? `${d.line}-жол: № ${d.contractNo} шарты акт берілгенге дейін жойылған (${formatTimestamp(d.deletedAt, tz)})`
        : `Строка ${d.line}: договор № ${d.contractNo} удалён до выдачи акта (${formatTimestamp(d.deletedAt, tz)})`;
  }
};

export const buildRetentionLogAnnex = (input: RetentionLogAnnexInput, lang: DocLanguage): DocumentModel => {
  const labels = LABELS[lang];
  const tz = input.org.timeZone ?? DEFAULT_TIME_ZONE;
  const c = T.columns[lang];
  const first = input.check.rows[0]?.row.deletedAt ?? new Date().toISOString();
  const zone = zoneSuffix(zonedParts(first, tz).offset, tz, lang);
  const title = T.title[lang](input.act.number, referenceDate(input.act.date, lang));
  const annexDate = formatCalendarDate(input.annex.date, lang);
  const commission: Signer[] = [...input.commission]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1))
    .map((m) => ({ position: pick(m.position, lang), name: m.name }));
  const blocks: Block[] = [
    letterhead(input.org),
    { kind: 'title', lines: title, element: 'act-number' },
    { kind: 'paragraph', runs: [{ text: T.number[lang](input.annex.number, annexDate), bold: true }], element: 'act-date' },
    { kind: 'paragraph', runs: [`${input.org.legalName[lang]}, ${lang === 'kk' ? 'БСН' : 'БИН'} ${input.org.bin}`], element: 'operator-name' },
    { kind: 'paragraph', runs: [T.intro[lang]], element: 'destruction-reason' },
    { kind: 'paragraph', runs: [T.source[lang](input.source.name, input.source.sha256, input.check.rows.length)], small: true, element: 'operator-bin' },
    {
      kind: 'table',
      element: 'system-log-annex',
      size: 'small',
      columns: [
        { header: c.line, width: 26 },
        { header: c.at(zone), width: 64 },
        { header: c.system, width: 78 },
        { header: c.contract, width: 62 },
        { header: c.subject, width: '*' },
        { header: c.categories, width: '*' },
        { header: c.operator, width: 62 },
      ],
      rows: input.check.rows.map(({ row, relationship }) => [
        String(row.line),
        formatTimestamp(row.deletedAt, tz),
        row.system,
        row.contractNo,
        relationship === undefined ? T.notInAct[lang] : `${relationship.subjectName}, ${lang === 'kk' ? 'ЖСН' : 'ИИН'} ${maskIin(relationship.subjectIin)}`,
        relationship === undefined ? T.notInAct[lang] : pick(input.categories.get(relationship.activityId) ?? { kk: '—', ru: '—' }, lang),
        row.operator,
      ]),
    },
    { kind: 'heading', text: T.discrepancies[lang] },
    input.check.discrepancies.length === 0
      ? { kind: 'paragraph', runs: [T.none[lang]] }
      : { kind: 'list', style: 'numbered', items: input.check.discrepancies.map((d) => [discrepancyText(d, lang, tz)]) },
    { kind: 'signatures', caption: T.commission[lang], signers: commission, lineCaption: labels.signatureLine, element: 'commission' },
  ];
  return {
    kind: 'retention-log-annex',
    language: lang,
    title: title.join(' '),
    footerNote: `${title[0] ?? ''} · ${input.annex.number}`,
    pageLabel: labels.pageOf,
    blocks,
  };
};

/** The annex as a pdfmake definition ('both': Kazakh first, then Russian). */
export const retentionLogAnnexPdf = (input: RetentionLogAnnexInput, choice: LanguageChoice): TDocumentDefinitions =>
  toPdfDefinition(languagesFor(choice).map((lang) => buildRetentionLogAnnex(input, lang)));
