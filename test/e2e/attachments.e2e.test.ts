/**
 * Issue 13 item 3 in Chromium (browser platform): the case screen lists the subject's files and the signed scan of
 * the destruction act apart, the scan under the act's number; a PDF and an image open in a new tab (a blob of the
 * type their CONTENT says), Save downloads under a name of the content, and an executable named `.pdf` is refused
 * with the localized message. Screenshots of both lists in en, ru and kk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { screenshot, type AppPage } from './harness/browser';
import { fillProfile, issueFromCase, obligation, offer, record, withControl } from './harness/case-flow';
import { appSuite } from './harness/suite';

const suite = appSuite();

const MINIMAL_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR4nGM4ISc3IIhh1OJRi0ctHrV41OJRi0ctHrV45FgMAFLhLK5mrmiuAAAAAElFTkSuQmCC',
  'base64',
);
/** A Windows executable's first bytes, named and typed as a PDF. */
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

describe('attachments and signed scans open and save (issue 13 item 3)', () => {
  let app: AppPage;
  let actNumber = '';
  beforeAll(async () => {
    app = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('a request with three files, destroyed; the act issued and marked signed with its scan', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await fillProfile(page);
    const acts = page.getByTestId('act-defaults');
    await acts.getByRole('button', { name: 'Add a category' }).click();
    await acts.getByLabel('Category (kk)').fill('тегі, аты, әкесінің аты, ЖСН, байланыс деректері');
    await acts.getByLabel('Category (ru)').fill('фамилия, имя, отчество, ИИН, контактные данные');
    await acts.getByLabel('Information systems').fill('АБС «Колвир»');
    await acts.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => acts.getByRole('status').textContent()).toBe('Act settings are saved.');

    await page.locator('nav a[data-area="cases"]').click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Қасымова Әлия Серікқызы');
    await page.getByLabel('IIN', { exact: true }).fill(withControl('920417'));
    await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
    await page.getByLabel(/Received at/).fill('2026-11-20T10:00');
    await page.getByLabel('Language of the request *').selectOption('ru');
    await page.getByLabel('Blocking', { exact: true }).check();
    await page.getByLabel('Attachments', { exact: true }).setInputFiles([
      { name: 'заявление.pdf', mimeType: 'application/pdf', buffer: Buffer.from(MINIMAL_PDF) },
      { name: 'удостоверение.png', mimeType: 'image/png', buffer: PNG },
      { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: EXE },
    ]);
    await expect.poll(() => page.locator('.dropzone + .file-list li').count()).toBe(3);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('case-number').waitFor();

    await record(page, 'kz.block', 'Blocked', '2026-11-20T11:00');
    await record(page, 'kz.block', 'Violation confirmed', '2026-11-20T14:30');
    await obligation(page, 'kz.destroy').waitFor();
    await record(page, 'kz.destroy', 'Destroyed', '2026-11-21T16:00');
    actNumber = await issueFromCase(page, offer(page, 'destruction-act'), 'attachments-act-preview-en', async (draft) => {
      // Annex 1: the system's log of the deletion, one row entered by hand.
      const log = draft.getByTestId('system-log');
      await log.locator('input[name="logSubject"]').fill(withControl('920417'));
      await log.locator('input[name="logCategories"]').fill('contacts');
      await log.locator('input[name="logReason"]').fill('UNLAWFUL_PROCESSING');
      await log.locator('input[name="logAt"]').fill('2026-11-21T16:00');
      await log.getByRole('button', { name: 'Add the row' }).click();
    });
    const issued = offer(page, 'destruction-act').getByTestId('issued-document');
    await issued.getByLabel('Mark signed (attach the scan)').setInputFiles({ name: 'акт-подписан.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => issued.locator('.badge--signed').count()).toBe(1);
  });

  it('lists the request’s files and the signed scan apart, the scan under the act’s number', async () => {
    const { page } = app;
    const requestFiles = page.getByRole('list', { name: 'Files of the request' });
    await expect.poll(() => requestFiles.getByTestId('stored-file').count()).toBe(3);
    expect(await requestFiles.textContent()).not.toContain('акт-подписан.png');
    const scans = page.getByRole('list', { name: 'Signed scans of issued documents' });
    await expect.poll(() => scans.getByTestId('stored-file').count()).toBe(1);
    expect(await scans.getByTestId('scan-document').textContent()).toBe(`Destruction act № ${actNumber} of 23.11.2026:`);
    expect(await scans.textContent()).toContain('акт-подписан.png');
  });

  it('opens a PDF and an image in a new tab as what their content is, and saves by download', async () => {
    const { page, context } = app;
    const [pdfTab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open заявление.pdf' }).click()]);
    await pdfTab.waitForLoadState();
    expect(pdfTab.url()).toMatch(/^blob:/);
    expect(await pdfTab.evaluate(() => document.contentType)).toBe('application/pdf');
    await pdfTab.close();

    const [imageTab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open акт-подписан.png' }).click()]);
    await imageTab.waitForLoadState();
    expect(await imageTab.evaluate(() => document.contentType)).toBe('image/png');
    expect(await imageTab.evaluate(() => document.images[0]?.naturalWidth)).toBe(40);
    await imageTab.close();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save удостоверение.png' }).click()]);
    expect(download.suggestedFilename()).toBe('удостоверение.png');
    const [scanDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save акт-подписан.png' }).click()]);
    expect(scanDownload.suggestedFilename()).toBe('акт-подписан.png');
    expect(app.problems.filter((p) => /Content Security Policy|Refused/i.test(p))).toEqual([]);
  });

  it('refuses to open an executable named .pdf, with the message; it is saved as .bin', async () => {
    const { page, context } = app;
    const pagesBefore = context.pages().length;
    await page.getByRole('button', { name: 'Open invoice.pdf' }).click();
    const row = page.getByTestId('stored-file').filter({ hasText: 'invoice.pdf' });
    await expect
      .poll(() => row.getByRole('alert').textContent())
      .toBe('“invoice.pdf”: this kind of file can only be saved — it is opened only when it is a PDF, a PNG, JPEG or TIFF image or plain text.');
    expect(context.pages().length).toBe(pagesBefore);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save invoice.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('invoice.bin');
    await expect.poll(() => row.getByRole('status').textContent()).toBe('“invoice.pdf” was downloaded as invoice.bin.');
  });

  it('both lists in en, ru and kk (screenshots)', async () => {
    const { page } = app;
    const titles = {
      en: ['Files of the request', 'Signed scans of issued documents'],
      ru: ['Файлы обращения', 'Сканы подписанных документов'],
      kk: ['Өтініш файлдары', 'Қол қойылған құжаттардың скан-көшірмелері'],
    } as const;
    for (const [locale, button] of [
      ['en', 'ENG'],
      ['ru', 'РУС'],
      ['kk', 'ҚАЗ'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const [request, scans] = titles[locale];
      const requestList = page.getByRole('list', { name: request });
      await requestList.waitFor();
      await page.locator('#request-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `case-files-request-${locale}`);
      const scanList = page.getByRole('list', { name: scans });
      await scanList.waitFor();
      await page.locator('#signed-scans-title').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, `case-files-scans-${locale}`);
      // The lists, their buttons and their messages pass axe (WCAG 2.1 A/AA) in each language.
      expect(await axeViolations(page, `case files (${locale})`)).toEqual([]);
    }
  });

  it('at 640 × 400 (1280 × 800 at 200 %) the lists wrap: no sideways scrolling, the buttons in view', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 640, height: 400 });
    const scans = page.getByTestId('signed-scans');
    await scans.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const sizes = await page
      .locator('#main')
      .evaluate((main) => ({ scroll: main.scrollWidth, client: main.clientWidth, doc: document.documentElement.scrollWidth, win: window.innerWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(sizes.doc).toBeLessThanOrEqual(sizes.win);
    const save = scans.getByRole('button', { name: 'акт-подписан.png сақтау' });
    const box = await save.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(640);
    await screenshot(page, 'case-files-scans-reflow-kk');
  });
});
