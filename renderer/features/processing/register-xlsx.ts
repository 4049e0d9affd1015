/**
 * The register as an XLSX workbook for the regulator (exceljs): one sheet per language (kk, ru), one row per
 * activity with every element of the register, a frozen header row and wrapped text.
 */
import ExcelJS from 'exceljs';
import type { LegalBasisKind, ProcessingActivity, RegisterVersionRecord, RetentionEvent, TermUnit } from '../../../shared/processing/model';

type Lang = 'kk' | 'ru';

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  kk: [
    'Код',
    'Өңдеу мақсаты',
    'Құқықтық негіз',
    'Субъектілер санаттары',
    'Деректер санаттары',
    'Деректер тізбесі',
    'Көздері',
    'Жинау және өңдеу тәсілдері',
    'Сақтау мерзімі',
    'Мерзімнің негізі',
    'Алушылар және өңдеушілер',
    'Трансшекаралық беру',
    'Ақпараттық жүйелер және дерекқордың орналасқан жері',
  ],
  ru: [
    'Код',
    'Цель обработки',
    'Правовое основание',
    'Категории субъектов',
    'Категории данных',
    'Перечень данных',
    'Источники',
    'Способы сбора и обработки',
    'Срок хранения',
    'Основание срока',
    'Получатели и обработчики',
    'Трансграничная передача',
    'Информационные системы и место нахождения баз данных',
  ],
};

const BASIS: Readonly<Record<Lang, Readonly<Record<LegalBasisKind, string>>>> = {
  kk: { consent: 'Келісім', contract: 'Шарт', law: 'Заң' },
  ru: { consent: 'Согласие', contract: 'Договор', law: 'Закон' },
};
const RU_UNIT: Readonly<Record<TermUnit, Readonly<Record<'one' | 'few' | 'many', string>>>> = {
  years: { one: 'год', few: 'года', many: 'лет' },
  months: { one: 'месяц', few: 'месяца', many: 'месяцев' },
};
const ruPlural = new Intl.PluralRules('ru');
const termText = (amount: number, unit: TermUnit, lang: Lang): string => {
  if (lang === 'kk') return `${amount} ${unit === 'years' ? 'жыл' : 'ай'}`;
  const category = ruPlural.select(amount);
  return `${amount} ${RU_UNIT[unit][category === 'one' || category === 'few' ? category : 'many']}`;
};
const FROM: Readonly<Record<Lang, Readonly<Record<RetentionEvent, string>>>> = {
  kk: {
    'end-of-relationship': 'қатынастар аяқталғаннан бастап',
    'operation-date': 'операция жасалған күннен бастап',
    'purpose-achieved': 'мақсатқа қол жеткізілген күннен бастап',
    'consent-withdrawn': 'келісім кері қайтарылған күннен бастап',
  },
  ru: {
    'end-of-relationship': 'с окончания отношений',
    'operation-date': 'с даты операции',
    'purpose-achieved': 'с достижения цели',
    'consent-withdrawn': 'с отзыва согласия',
  },
};

const rowOf = (a: ProcessingActivity, lang: Lang): string[] => [
  a.id,
  a.purpose[lang],
  `${BASIS[lang][a.legalBasis.kind]}: ${a.legalBasis.citation[lang]}`,
  a.subjectCategories[lang],
  a.dataCategories[lang],
  a.dataList[lang],
  a.sources[lang],
  a.methods[lang],
  `${termText(a.retention.amount, a.retention.unit, lang)} ${FROM[lang][a.retention.runsFrom]}`,
  a.retention.basis[lang],
  a.parties.map((p) => `${p.name} (${p.address}, ${p.country})`).join('\n') || '—',
  a.crossBorder.map((c) => `${c.country}: ${c.basis[lang]}`).join('\n') || '—',
  a.systems.map((s) => `${s.name} — ${s.databaseLocation} (${s.country})`).join('\n'),
];

export async function registerXlsx(version: RegisterVersionRecord): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Qorgau';
  book.created = new Date(version.savedAt);
  for (const lang of ['kk', 'ru'] as const) {
    const sheet = book.addWorksheet(lang === 'kk' ? 'Тізілім (kk)' : 'Реестр (ru)', { views: [{ state: 'frozen', ySplit: 2 }] });
    const title =
      lang === 'kk'
        ? `Дербес деректерді өңдеу әрекеттерінің тізілімі, ${version.version}-нұсқа, ${version.effectiveFrom} бастап қолданылады`
        : `Реестр действий по обработке персональных данных, версия ${version.version}, действует с ${version.effectiveFrom}`;
    sheet.addRow([title]).font = { bold: true, size: 12 };
    const header = sheet.addRow([...HEADERS[lang]]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const activity of version.activities) sheet.addRow(rowOf(activity, lang)).alignment = { wrapText: true, vertical: 'top' };
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 22 : index === 5 ? 60 : 32;
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
