/**
 * Documents end to end, in Chromium against the built renderer: the organisation profile is filled in
 * Settings, real cases are registered through the intake form (one request in Kazakh, one in Russian), a
 * refusal with grounds and a destruction are recorded on each, and the refusal letters and destruction acts
 * are previewed, issued and saved (the downloads are kept under test-results/documents/). The PDFs are then
 * read back with pdftotext (skipped only where poppler-utils is absent) and drawn as PNG pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../shared/documents/labels';
import { kzControlDigit } from '../../shared/validation';
import { RESULTS_DIR, pdfPreviewDrawn, screenshot, type AppPage } from './harness/browser';
import { issueFromCase, offer, pdfAnchor } from './harness/case-flow';
import { appSuite } from './harness/suite';

const suite = appSuite();
const DOCS_DIR = path.join(RESULTS_DIR, 'documents');
const has = (tool: string) => ['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(path.join(dir, tool)));
const POPPLER = has('pdftotext') && has('pdftoppm');

/** A valid 12-digit number with the two-pass mod-11 control digit (IIN and BIN share it). */
function withControl(prefix: string): string {
  for (let s = 1; ; s++) {
    const eleven = `${prefix}${String(s).padStart(11 - prefix.length, '0')}`;
    const control = kzControlDigit([...eleven].map(Number));
    if (control !== null) return `${eleven}${control}`;
  }
}
const BIN = withControl('090540');

const obligation = (page: Page, ruleId: string) => page.locator(`[data-testid="obligation"][data-rule="${ruleId}"]`);

async function record(page: Page, ruleId: string, button: string, at: string, extra?: (form: Locator) => Promise<void>) {
  await obligation(page, ruleId).getByRole('button', { name: button, exact: true }).click();
  const form = page.getByTestId('action-form');
  await form.locator('input[name="actionAt"]').fill(at);
  await form.locator('textarea[name="actionNote"]').fill(`${button}: CRM, ticket 4471`);
  if (extra) await extra(form);
  await form.getByRole('button', { name: 'Record' }).click();
  await form.waitFor({ state: 'detached' });
}

async function fillProfile(page: Page) {
  await page.locator('nav a[data-area="settings"]').click();
  const profile = page.getByTestId('org-profile');
  const group = (name: string) => profile.getByRole('group', { name, exact: true });
  const operator = group('Operator');
  await operator.getByLabel('Legal name (kk)').fill('«Қорғау Төлем» жауапкершілігі шектеулі серіктестігі');
  await operator.getByLabel('Legal name (ru)').fill('Товарищество с ограниченной ответственностью «Коргау Толем»');
  // A microfinance organisation: the microcredit-debt ground is offered to it (not to a payment organisation).
  await operator.getByLabel('Kind of operator').selectOption('microfinance-organisation');
  await operator.getByLabel('Address (kk)').fill('050040, Алматы қ., Әл-Фараби даңғылы, 77/8, «Нұрлы Тау» БО, 4Б блогы');
  await operator.getByLabel('Address (ru)').fill('050040, г. Алматы, пр. Аль-Фараби, 77/8, БЦ «Нурлы Тау», блок 4Б');
  await operator.getByLabel('Place on documents (city) (kk)').fill('Алматы қ.');
  await operator.getByLabel('Place on documents (city) (ru)').fill('г. Алматы');
  const dpo = group('Person responsible for organising the processing of personal data');
  await dpo.getByLabel('Full name').fill('Омарова Сәуле Түркістанқызы');
  await dpo.getByLabel('Position (kk)').fill('Дербес деректерді қорғау қызметінің басшысы');
  await dpo.getByLabel('Position (ru)').fill('Руководитель службы защиты персональных данных');
  await dpo.getByLabel('E-mail').fill('dpo@qorgau-tolem.kz');
  await dpo.getByLabel('Phone').fill('+7 727 355 00 00');
  const body = group('Authorised body for personal data protection');
  await body
    .getByLabel('Name (kk)')
    .fill('Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігінің Ақпараттық қауіпсіздік комитеті');
  await body
    .getByLabel('Name (ru)')
    .fill('Комитет по информационной безопасности Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан');
  await body.getByLabel('Address (kk)').fill('010000, Астана қ., Мәңгілік Ел даңғылы, 55/14');
  await body.getByLabel('Address (ru)').fill('010000, г. Астана, пр. Мангилик Ел, 55/14');

  // A BIN with a wrong control digit: a localized message, nothing saved.
  const badBin = `${BIN.slice(0, 11)}${(Number(BIN[11]) + 1) % 10}`;
  await operator.getByLabel('BIN').fill(badBin);
  await profile.getByRole('button', { name: 'Save the profile' }).click();
  await expect.poll(() => profile.getByText('This BIN is not valid: its control digit does not match.').count()).toBe(1);
  expect(await profile.getByRole('status').textContent()).toBe('Nothing was saved: correct the fields marked above.');
  await operator.getByLabel('BIN').fill(BIN);
  await profile.getByRole('button', { name: 'Save the profile' }).click();
  await expect.poll(() => profile.getByRole('status').textContent()).toBe('The organisation profile is saved.');

  const acts = page.getByTestId('act-defaults');
  await acts.getByRole('button', { name: 'Add a category' }).click();
  await acts.getByLabel('Category (kk)').fill('тегі, аты, әкесінің аты, ЖСН, байланыс деректері');
  await acts.getByLabel('Category (ru)').fill('фамилия, имя, отчество, ИИН, контактные данные');
  await acts.getByLabel('Information systems').fill('АБС «Колвир»\nCRM «Bitrix24»');
  await acts.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => acts.getByRole('status').textContent()).toBe('Act settings are saved.');
  await profile.scrollIntoViewIfNeeded();
  await screenshot(page, 'documents-settings-profile-en');
}

interface CaseSpec {
  readonly name: string;
  readonly iinPrefix: string;
  readonly language: 'kk' | 'ru';
  readonly received: string;
  readonly day: string;
}

/** One row of annex 1 (the information system's event-log extract), entered by hand. */
async function logRow(scope: Locator, subject: string, at: string) {
  const log = scope.getByTestId('system-log');
  await log.locator('input[name="logSubject"]').fill(subject);
  await log.locator('input[name="logCategories"]').fill('contacts');
  await log.locator('input[name="logReason"]').fill('CONSENT_WITHDRAWN');
  await log.locator('input[name="logAt"]').fill(at);
  await log.getByRole('button', { name: 'Add the row' }).click();
}

/** Registers a consent-withdrawal + blocking request, refuses the withdrawal with grounds, blocks, confirms and destroys. */
async function caseWithRefusalAndDestruction(page: Page, spec: CaseSpec): Promise<string> {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(spec.name);
  await page.getByLabel('IIN', { exact: true }).fill(withControl(spec.iinPrefix));
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(spec.received);
  await page.getByLabel('Language of the request *').selectOption(spec.language);
  await page.getByLabel('Withdrawal of consent', { exact: true }).check();
  await page.getByLabel('Blocking', { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  const number = (await page.getByTestId('case-number').textContent()) ?? '';

  // Both grounds refuse the stop of processing after a withdrawal (an AML ground never refuses access).
  await record(page, 'kz.consent-withdrawal.stop', 'Reasoned refusal', `${spec.day}T10:00`, async (form) => {
    await form.locator('.grounds input[value="kz-aml-retention-microfinance"]').check();
    await form.locator('.grounds input[value="kz-consent-unfulfilled-obligation"]').check();
  });
  await record(page, 'kz.block', 'Blocked', `${spec.day}T11:00`);
  await record(page, 'kz.block', 'Violation confirmed', `${spec.day}T14:30`);
  await obligation(page, 'kz.destroy').waitFor();
  await record(page, 'kz.destroy', 'Destroyed', `${spec.day}T16:00`);
  return number;
}

/** Prepare → Preview → Issue the document of that kind on the case screen; returns the number issued. */
const issueKind = (page: Page, kind: string, shot: string, fill?: (draft: Locator) => Promise<void>): Promise<string> =>
  issueFromCase(page, offer(page, kind), shot, fill);

/** Clicks Save on the issued document and keeps the download under test-results/documents/. */
async function saveIssued(page: Page, scope: Locator, fileName: string): Promise<string> {
  mkdirSync(DOCS_DIR, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Save', exact: true }).click()]);
  const file = path.join(DOCS_DIR, fileName);
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Every issued PDF carries the audit trail's anchor at issue.
  if (POPPLER) pdfAnchor(file);
  return file;
}

const text = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');

function pngPages(file: string) {
  const prefix = path.join(DOCS_DIR, 'png', path.basename(file, '.pdf'));
  mkdirSync(path.dirname(prefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
}

/** Fonts embedded as subsets: every font line of pdffonts says "emb yes, sub yes". */
function fontsEmbedded(file: string): boolean {
  if (!has('pdffonts')) return true;
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.length > 0 && lines.every((l) => /\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(l));
}

describe('documents from real cases: refusal letters and destruction acts in Kazakh and Russian', () => {
  // One app, one IndexedDB: each step builds on the one before (cases, numbers, issued documents).
  let app: AppPage;
  let kkCase = '';
  let ruCase = '';
  let thirdCase = '';
  let actKk = '';
  beforeAll(async () => {
    app = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('fills the organisation profile; the DPO sharpens a ground of the library, and letters will print the edit', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a[data-area="documents"]').click();
    await screenshot(page, 'documents-empty-en');
    await fillProfile(page);

    const grounds = page.getByTestId('grounds-library');
    const ground = grounds.locator('li[data-ground="kz-consent-unfulfilled-obligation"]');
    await ground.locator('summary').click();
    await ground.getByRole('button', { name: 'Edit', exact: true }).click();
    const ruText = ground.getByLabel('Text in the letter (ru)');
    await ruText.fill(`${await ruText.inputValue()} Договор микрокредита № МК-4471 не исполнен.`);
    await ground.getByRole('button', { name: 'Save the ground' }).click();
    await expect.poll(() => grounds.getByRole('status').textContent()).toBe('The ground is saved.');
    expect(await ground.locator('.badge--edited').count()).toBe(1);
    await ground.scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-settings-grounds-en');
  });

  it('case 1, a request in Kazakh: offers the documents its outcomes call for; issues and saves the refusal letter', async () => {
    const { page } = app;
    kkCase = await caseWithRefusalAndDestruction(page, {
      name: 'Сәрсенбаева Айгерім Жиһанқызы',
      iinPrefix: '95062140',
      language: 'kk',
      received: '2026-11-16T10:00',
      day: '2026-11-17',
    });
    const panel = page.getByTestId('case-documents');
    // The offers follow the recorded actions: the last one may be drawn a render after the form closes.
    await expect
      .poll(() => panel.locator('li.doc-offer').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind'))))
      .toEqual(['refusal-letter', 'confirmation-blocked', 'confirmation-destroyed', 'destruction-act']);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-case-panel-en');

    const refusalKk = await issueKind(page, 'refusal-letter', 'documents-refusal-preview-kk');
    expect(refusalKk).toBe('DPO/2026/0001');
    await saveIssued(page, offer(page, 'refusal-letter'), 'refusal-kk.pdf');
    expect(await offer(page, 'refusal-letter').locator('.doc-message').textContent()).toMatch(/^Downloaded: DPO-2026-0001_refusal-letter_kk\.pdf$/);
  });

  it('case 1: issues the act (a paper carrier, an exception with its ground) and the confirmation of destruction citing it', async () => {
    const { page } = app;
    actKk = await issueKind(page, 'destruction-act', 'documents-act-preview-kk', async (draft) => {
      await draft.getByRole('button', { name: 'Add a paper carrier' }).click();
      await draft.getByLabel('Carrier').fill('Өтініш пен келісімнің қағаз түпнұсқасы');
      await draft.getByLabel('Sheets').fill('3');
      await draft.getByRole('button', { name: 'Add an exception' }).click();
      await draft.getByLabel('What is kept').fill('Қаржы мониторингіне арналған операциялар туралы мәліметтер');
      await draft.getByLabel('Ground').selectOption('kz-aml-retention-microfinance');
      // Annex 1: the system's log of the deletion, entered row by row (issue 17).
      await logRow(draft, withControl('95062140'), '2026-11-17T16:00');
    });
    expect(actKk).toBe('DPO-ACT/2026/0001');
    await saveIssued(page, offer(page, 'destruction-act').getByTestId('issued-document'), 'act-kk.pdf');

    const confirmation = offer(page, 'confirmation-destroyed');
    await confirmation.getByRole('button', { name: 'Prepare' }).click();
    expect(await confirmation.getByText(`The letter cites destruction act № ${actKk}.`).count()).toBe(1);
    await confirmation.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await issueKind(page, 'confirmation-destroyed', 'documents-confirmation-preview-kk')).toBe('DPO/2026/0002');
    await saveIssued(page, offer(page, 'confirmation-destroyed'), 'confirmation-destroyed-kk.pdf');
  });

  it('case 1: the scan of the signed act is attached; the act is voided, never deleted: kept with its number and its three-year retention', async () => {
    const { page } = app;
    const actKkItem = offer(page, 'destruction-act').getByTestId('issued-document');
    await actKkItem.getByLabel('Mark signed (attach the scan)').setInputFiles({
      name: 'act-signed.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% scan of the signed act\n'),
    });
    await expect.poll(() => actKkItem.locator('.badge--signed').count()).toBe(1);
    // The scan is listed apart from the request's files, under the act's number.
    await expect.poll(() => page.getByTestId('signed-scans').textContent()).toContain('act-signed.pdf');
    expect(await page.getByTestId('scan-document').textContent()).toMatch(/^Destruction act № \S+ of \d{2}\.\d{2}\.\d{4}:$/);
    expect(await page.getByTestId('scan-document').textContent()).toContain(`№ ${actKk} `);
    expect(await page.getByTestId('request-files').count()).toBe(0);

    await actKkItem.getByRole('button', { name: 'Void…' }).click();
    await actKkItem.locator('input[name="voidReason"]').fill('акт составлен на неверную партию');
    await actKkItem.getByRole('button', { name: `Void № ${actKk}` }).click();
    await expect
      .poll(() => actKkItem.getByTestId('voided').textContent())
      .toMatch(/^VOIDED on \d{2}\.\d{2}\.\d{4}: акт составлен на неверную партию Kept at least until 17\.11\.2029 \(three years from the destruction\)\.$/);
    expect(await actKkItem.getByRole('button', { name: 'Save', exact: true }).count()).toBe(1);
    const history = await page.getByTestId('case-history').locator('li').allTextContents();
    expect(history.filter((h) => /Document issued/.test(h))).toHaveLength(3);
    expect(history.filter((h) => /Signed act attached/.test(h))).toHaveLength(1);
    expect(history.filter((h) => /Document voided/.test(h))).toHaveLength(1);
    expect(history.filter((h) => /Document deleted/.test(h))).toHaveLength(0);
  });

  it('case 2, a request in Russian: issues and saves the refusal letter', async () => {
    const { page } = app;
    ruCase = await caseWithRefusalAndDestruction(page, {
      name: 'Ковалёв Дмитрий Сергеевич',
      iinPrefix: '88020330',
      language: 'ru',
      received: '2026-11-16T15:00',
      day: '2026-11-18',
    });
    expect(await issueKind(page, 'refusal-letter', 'documents-refusal-preview-ru')).toBe('DPO/2026/0003');
    await saveIssued(page, offer(page, 'refusal-letter'), 'refusal-ru.pdf');
  });

  it('cases 2 and 3: one batch act in Russian over both; case 1, whose act was voided, is on offer again', async () => {
    const { page } = app;
    thirdCase = await caseWithRefusalAndDestruction(page, {
      name: 'Ким Ольга Николаевна',
      iinPrefix: '79110640',
      language: 'ru',
      received: '2026-11-17T09:00',
      day: '2026-11-19',
    });
    await page.locator('nav a[data-area="documents"]').click();
    await page.getByRole('button', { name: 'Batch destruction act' }).click();
    const batch = page.getByTestId('batch-act');
    await batch.getByLabel(ruCase).check();
    await batch.getByLabel(thirdCase).check();
    // Its act DPO-ACT/2026/0001 was voided: a voided act covers nothing, so case 1 may go into a new act.
    expect(await batch.getByLabel(kkCase).count()).toBe(1);
    await batch.getByRole('button', { name: 'Russian', exact: true }).click();
    expect(await batch.getByTestId('batch-count').textContent()).toBe('2 selected');
    await logRow(batch, withControl('88020330'), '2026-11-18T16:00');
    await logRow(batch, withControl('79110640'), '2026-11-19T16:00');
    await screenshot(page, 'documents-batch-select-en');
    await batch.getByRole('button', { name: 'Preview', exact: true }).click();
    await batch.getByTestId('doc-preview').waitFor();
    await batch.getByRole('button', { name: 'Preview', exact: true }).scrollIntoViewIfNeeded();
    await pdfPreviewDrawn(batch.getByTestId('doc-preview'));
    await screenshot(page, 'documents-batch-preview-ru');
    await batch.getByRole('button', { name: 'Issue № DPO-ACT/2026/0002' }).click();
    await batch.waitFor({ state: 'detached' });
    const row = page.locator('tr[data-number="DPO-ACT/2026/0002"]');
    await row.waitFor();
    expect(await row.locator('td').nth(3).textContent()).toBe(`${ruCase} +1 more`);
    await saveIssued(page, row, 'act-ru.pdf');
  });

  it('lists every document, acts first, each with its SHA-256; nothing left the app and nothing went wrong', async () => {
    const { page, problems, foreignRequests } = app;
    const rows = page.getByTestId('documents-table').locator('tbody tr');
    // Every document issued at the same frozen instant: the list puts acts first, then the highest number.
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-number'))))
      .toEqual(['DPO-ACT/2026/0002', 'DPO-ACT/2026/0001', 'DPO/2026/0003', 'DPO/2026/0002', 'DPO/2026/0001']);
    // Each number carries its SHA-256 (the first 12 hex digits, the whole in its title) under it.
    for (const sha of await rows.locator('td:nth-child(1) .doc-list__sub').allTextContents()) expect(sha).toMatch(/^SHA-256 [0-9a-f]{12}…$/);
    expect(await rows.locator('td:nth-child(1) .doc-list__sub').count()).toBe(5);
    // The signed (then voided) act's scan is opened and saved from its row; the unsigned batch act has none.
    const signedRow = page.locator('tr[data-number="DPO-ACT/2026/0001"]');
    expect(await page.locator('tr[data-number="DPO-ACT/2026/0002"]').getByTestId('document-scan').count()).toBe(0);
    const [scanTab] = await Promise.all([app.context.waitForEvent('page'), signedRow.getByRole('button', { name: 'Open scan of DPO-ACT/2026/0001' }).click()]);
    await scanTab.waitForLoadState();
    expect(await scanTab.evaluate(() => document.contentType)).toBe('application/pdf');
    await scanTab.close();
    const [scanDownload] = await Promise.all([
      page.waitForEvent('download'),
      signedRow.getByRole('button', { name: 'Save scan of DPO-ACT/2026/0001' }).click(),
    ]);
    expect(scanDownload.suggestedFilename()).toBe('act-signed.pdf');
    await screenshot(page, 'documents-list-en');
    await page.getByRole('button', { name: 'ҚАЗ', exact: true }).click();
    await expect.poll(() => signedRow.getByTestId('document-scan').textContent()).toContain('Сканды ашу');
    await screenshot(page, 'documents-list-scans-kk');
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(foreignRequests).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  // CI installs poppler-utils; a machine without it still produced the files above.
  it.skipIf(!POPPLER)('the saved PDFs read back: Kazakh letters, the edited ground, every field of both acts, fonts embedded', () => {
    const files = ['refusal-kk', 'refusal-ru', 'act-kk', 'act-ru', 'confirmation-destroyed-kk'].map((n) => path.join(DOCS_DIR, `${n}.pdf`));
    for (const file of files) {
      pngPages(file);
      expect(fontsEmbedded(file), file).toBe(true);
    }
    const [refusalKkText, refusalRuText, actKkText, actRuText] = files.map(text);
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']) {
      expect(refusalKkText, letter).toContain(letter);
      expect(actKkText, letter).toContain(letter);
    }
    expect(refusalKkText).toContain('Сәрсенбаева Айгерім Жиһанқызы');
    expect(refusalKkText).toContain(kkCase);
    expect(refusalKkText).toContain('DPO/2026/0001');
    expect(refusalRuText).toContain('Ковалёв Дмитрий Сергеевич');
    expect(refusalRuText).toContain('DPO/2026/0003');
    expect(refusalRuText).toContain('Комитет по информационной безопасности');
    expect(refusalRuText).toContain('Договор микрокредита № МК-4471 не исполнен.');
    expect(refusalKkText).not.toContain('МК-4471');

    for (const [lang, body, number, cases] of [
      ['kk', actKkText, 'DPO-ACT/2026/0001', [kkCase]],
      ['ru', actRuText, 'DPO-ACT/2026/0002', [ruCase, thirdCase]],
    ] as const) {
      const act = LABELS[lang].act;
      for (const label of [
        act.operator,
        act.operatorBin,
        act.operatorAddress,
        act.processor,
        act.subjects,
        act.categories,
        act.paperCarriers,
        act.informationSystems,
        act.method,
        act.reason,
        act.legalGround,
        act.cases,
        act.destroyedAt,
        act.retained,
        act.destroyedBy,
        act.commission,
        act.role.chair,
        act.annexTitle(number, '23.11.2026')[1]!,
        act.subjectsCaption,
      ]) {
        expect(body, `${lang}: ${label}`).toContain(squash(label));
      }
      expect(body).toContain(BIN);
      expect(body).toContain(number);
      expect(body).toContain('Омарова Сәуле Түркістанқызы');
      expect(body).toContain('АБС «Колвир»');
      for (const c of cases) expect(body).toContain(c);
    }
    expect(actKkText).toContain('Өтініш пен келісімнің қағаз түпнұсқасы — 3');
    expect(actKkText).toContain('Қаржы мониторингіне арналған операциялар туралы мәліметтер');
    expect(actRuText).toContain('Ковалёв Дмитрий Сергеевич');
    expect(actRuText).toContain('Ким Ольга Николаевна');
  });
});

describe('documents for an RF citizen: the extension notice and a confirmation of blocking in Russian', () => {
  let number = '';

  it('issues and saves both; the screens in Kazakh', async () => {
    const { page, context, problems, foreignRequests } = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await fillProfile(page);
    await page.locator('nav a[data-area="cases"]').click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Смирнова Мария Андреевна');
    await page.getByLabel('E-mail', { exact: true }).fill('m.smirnova@example.ru');
    await page.getByLabel(/Received at/).fill('2026-11-19T10:00');
    await page.getByLabel('Language of the request *').selectOption('ru');
    await page.getByLabel('Citizen of the Russian Federation (152-FZ applies as well)').check();
    await page.getByLabel('Access to personal data', { exact: true }).check();
    await page.getByLabel('Blocking', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('case-number').waitFor();
    number = (await page.getByTestId('case-number').textContent()) ?? '';

    await record(page, 'ru.access.provide', 'Extend (reasoned notice)', '2026-11-20T10:00', async (form) => {
      await form
        .locator('textarea[name="actionNote"]')
        .fill('запрошенные сведения хранятся в двух информационных системах, извлечение из архива требует дополнительного времени');
    });
    await record(page, 'kz.block', 'Blocked', '2026-11-20T11:00');
    expect(await issueKind(page, 'extension-notice', 'documents-extension-preview-ru')).toBe('DPO/2026/0001');
    await saveIssued(page, offer(page, 'extension-notice'), 'extension-ru.pdf');
    expect(await issueKind(page, 'confirmation-blocked', 'documents-confirmation-blocked-preview-ru')).toBe('DPO/2026/0002');
    await saveIssued(page, offer(page, 'confirmation-blocked'), 'confirmation-blocked-ru.pdf');

    await page.getByRole('button', { name: 'ҚАЗ', exact: true }).click();
    await page.getByTestId('case-documents').scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-case-panel-kk');
    await page.locator('nav a[data-area="documents"]').click();
    await page.getByTestId('documents-table').waitFor();
    await screenshot(page, 'documents-list-kk');
    expect(foreignRequests).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it.skipIf(!POPPLER)('the saved PDFs read back: the notice’s fields and reasons, the confirmation’s wording', () => {
    const extension = path.join(DOCS_DIR, 'extension-ru.pdf');
    const blocked = path.join(DOCS_DIR, 'confirmation-blocked-ru.pdf');
    for (const file of [extension, blocked]) {
      pngPages(file);
      expect(fontsEmbedded(file), file).toBe(true);
    }
    const extensionText = text(extension);
    const ru = LABELS.ru.extension;
    for (const label of [...ru.title, ru.originalDeadline, ru.newDeadline, ru.basis, ru.reasonsIntro]) expect(extensionText, label).toContain(squash(label));
    expect(extensionText).toContain('запрошенные сведения хранятся в двух информационных системах');
    expect(extensionText).toContain(number);
    expect(text(blocked)).toContain(squash(LABELS.ru.confirmation.done.blocked));
  });
});
