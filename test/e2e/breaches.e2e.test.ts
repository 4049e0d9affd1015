/**
 * The breach register end to end, in Chromium against the built renderer: an incident concerning Kazakh and
 * Russian citizens is registered through the form (after a submission with a missing field that saves
 * nothing), its three clocks run from the moment of detection (K8 to the same time of the next working day;
 * R10 24 and 72 exact hours), the notices to the authorized body (kk, ru) and to Roskomnadzor (24 h, 72 h)
 * are previewed, issued and saved; issuing fulfils the clocks. The PDFs are read back with pdftotext and
 * drawn as PNG pages; the register (filters, CSV and XLSX) and the incident screen are shot in kk, ru, en.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, fillProfile, pdfText, pngPages, POPPLER, saveIssued } from './harness/case-flow';
import { axeViolations } from './harness/axe';
import { screenshot, type AppPage } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();
/** 12:00 in Almaty on Tuesday 12 May 2026; the incident was detected at 10:30 the same morning. */
const NOW = new Date('2026-05-12T07:00:00Z');

const clock = (page: Page, ruleId: string) => page.locator(`[data-testid="incident-clock"][data-rule="${ruleId}"]`);
const notice = (page: Page, kind: string, lang: string) => page.locator(`li[data-testid="notice-item"][data-kind="${kind}"][data-lang="${lang}"]`);

async function issueNotice(page: Page, item: Locator, fileName: string): Promise<string> {
  await item.getByRole('button', { name: 'Preview' }).click();
  await item.getByTestId('doc-preview').waitFor();
  const issue = item.getByRole('button', { name: /^Issue № / });
  await issue.click();
  await item.getByTestId('issued-notice').waitFor();
  return saveIssued(page, item.getByTestId('issued-notice'), fileName);
}

async function language(page: Page, button: 'ҚАЗ' | 'РУС' | 'ENG') {
  await page.getByRole('button', { name: button, exact: true }).click();
}

describe('breach register', () => {
  let app: AppPage;
  let incidentUrl = '';
  beforeAll(async () => {
    app = await suite.open({ fixedTime: NOW });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('the organisation profile is filled in', async () => {
    await language(app.page, 'ENG');
    await fillProfile(app.page);
  });

  it('a form with a missing field names it and saves nothing', async () => {
    const { page } = app;
    await page.locator('nav a[data-area="breaches"]').click();
    await page.getByRole('button', { name: 'Register an incident' }).click();
    const form = page.getByTestId('incident-form');
    await form.getByLabel('Detected by *').fill('Сейтқали Н., SOC');
    await form.getByLabel('Citizens of Russia concerned (approx.) *').fill('many');
    await form.getByRole('button', { name: 'Register the incident' }).click();
    const problems = page.getByTestId('form-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Nothing was saved');
    expect(text).toContain('“Description of the breach” is required.');
    expect(text).toContain('“Citizens of Russia concerned (approx.)” must be a whole number (0 if none).');
    await screenshot(page, 'breach-form-errors-en');
    expect(await axeViolations(page, 'incident form with errors')).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('breach-count').textContent()).toBe('0 incidents shown');
  });

  it('registers an incident concerning Kazakh and Russian citizens and sees its three clocks', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Register an incident' }).click();
    const form = page.getByTestId('incident-form');
    await form.getByLabel('Detected at *').fill('2026-05-12T10:30');
    await form.getByLabel('How it was detected *').selectOption('monitoring');
    await form.getByLabel('Detected by *').fill('Сейтқали Нұрлан, SOC');
    await form.getByLabel('Description of the breach *').fill('Выгрузка клиентской базы CRM оказалась в открытом доступе на внешнем файловом сервере fs-02.');
    await form.getByLabel('Information systems *').fill('CRM «Qorgau Client»\nфайловый сервер fs-02');
    await form.getByLabel('Categories of personal data *').fill('ФИО\nИИН\nномер мобильного телефона');
    await form.getByLabel('Categories of subjects *').fill('клиенты — владельцы электронных кошельков');
    await form.getByLabel('Citizens of Kazakhstan concerned (approx.) *').fill('1200');
    await form.getByLabel('Citizens of Russia concerned (approx.) *').fill('35');
    await form.getByLabel('Presumed causes').fill('Ошибка настройки прав доступа к каталогу выгрузок');
    await form.getByLabel('Likely consequences (harm to subjects)').fill('Риск мошеннических звонков клиентам');
    await form.getByLabel('Measures taken').fill('Доступ к каталогу закрыт в 10:50, ссылки отозваны, журналы сохранены');
    await form.getByLabel('Measures planned').fill('Аудит прав доступа ко всем файловым серверам до 30.05.2026');
    await form.getByLabel(/Subjects’ data needed to notify them/).fill('ФИО, ИИН и номера мобильных телефонов всех затронутых клиентов — в CRM');
    await form.getByLabel('Contact person: full name *').fill('Омарова Сәуле Түркістанқызы');
    await form.getByLabel('Contact person: position').fill('DPO');
    await form.getByLabel('Contact person: phone').fill('+7 727 355 00 00');
    await form.getByLabel('Contact person: e-mail').fill('dpo@qorgau-tolem.kz');
    await form
      .getByLabel('Results of the internal investigation')
      .fill('Выгрузку создал подрядчик при миграции CRM; каталог был открыт 6 часов; скачиваний извне — 2');
    await form.getByLabel('Persons whose actions caused the incident').fill('ТОО «Мигратор», системный администратор подрядчика');
    await form.getByRole('button', { name: 'Register the incident' }).click();
    await page.getByTestId('incident-number').waitFor();
    expect(await page.getByTestId('incident-number').textContent()).toBe('INC-2026-0001');
    incidentUrl = page.url();

    await expect.poll(() => page.getByTestId('incident-clock').count()).toBe(3);
    // K8: same wall-clock time on the next working day; R10: 24 and 72 exact hours.
    expect(await clock(page, 'kz.breach.notify-authority').getByTestId('due').textContent()).toBe('due 13.05.2026 10:30 (Asia/Almaty)');
    expect(await clock(page, 'ru.breach.notify-24h').getByTestId('due').textContent()).toBe('due 13.05.2026 10:30 (Asia/Almaty)');
    expect(await clock(page, 'ru.breach.notify-72h').getByTestId('due').textContent()).toBe('due 15.05.2026 10:30 (Asia/Almaty)');
    expect(await clock(page, 'kz.breach.notify-authority').getByTestId('countdown').textContent()).toBe('22 hours 30 minutes left');
    expect(await clock(page, 'ru.breach.notify-72h').getByTestId('countdown').textContent()).toBe('70 hours 30 minutes left');
    await screenshot(page, 'breach-incident-en');
    expect(await axeViolations(page, 'incident')).toEqual([]);
  });

  it('the clocks are on the deadline dashboard', async () => {
    const { page } = app;
    await page.locator('nav a[data-area="deadlines"]').click();
    await expect.poll(() => page.locator('[data-testid="deadline-row"][data-number="INC-2026-0001"]').count()).toBe(3);
    await page.goto(incidentUrl);
    await page.getByTestId('incident-number').waitFor();
  });

  it('issues the notices to the authorized body (kk, ru) and to Roskomnadzor (24 h, 72 h); each fulfils its clock', async () => {
    const { page } = app;
    await issueNotice(page, notice(page, 'breach-notice-authority', 'kk'), 'breach-notice-kk.pdf');
    await expect.poll(() => clock(page, 'kz.breach.notify-authority').getByTestId('clock-done').count()).toBe(1);
    await issueNotice(page, notice(page, 'breach-notice-authority', 'ru'), 'breach-notice-ru.pdf');
    await issueNotice(page, notice(page, 'breach-rkn-24h', 'ru'), 'breach-rkn-24h-ru.pdf');
    await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('notified');
    await issueNotice(page, notice(page, 'breach-rkn-72h', 'ru'), 'breach-rkn-72h-ru.pdf');
    await expect.poll(() => page.getByTestId('incident-status').textContent()).toBe('investigated');
    await expect.poll(() => page.getByTestId('clock-done').count()).toBe(3);
    // The letter to the affected subjects, sent because the DPO decided so: it fulfils no clock.
    await issueNotice(page, notice(page, 'breach-subject-letter', 'kk'), 'breach-subject-letter-kk.pdf');
    expect(await page.getByTestId('incident-status').textContent()).toBe('investigated');
    // Every change is in the incident's audit history: registration, five notices, two status changes.
    await expect.poll(() => page.getByTestId('incident-history').locator('li').count()).toBe(8);
    expect(await page.getByTestId('incident-history').textContent()).toContain('Status changed: notified → investigated');
    await screenshot(page, 'breach-incident-notified-en');
  });

  it.skipIf(!POPPLER)('the PDFs read back with their statutory content', () => {
    const kk = pdfText(path.join(DOCS_DIR, 'breach-notice-kk.pdf'));
    expect(kk).toContain('ХАБАРЛАМА');
    expect(kk).toContain('INC-2026-0001');
    expect(kk).toContain('dpo@qorgau-tolem.kz');
    expect(kk).toContain('481/НҚ');
    expect(kk).toContain('шамамен 1200');
    expect(kk).toContain('ҚР ЦДИАӨМ Ақпараттық қауіпсіздік комитеті');
    const ru = pdfText(path.join(DOCS_DIR, 'breach-notice-ru.pdf'));
    expect(ru).toContain('о нарушении безопасности персональных данных');
    expect(ru).toContain('Комитет по информационной безопасности МЦРИАП РК');
    expect(ru).toContain('ФИО, ИИН и номера мобильных телефонов');
    expect(ru).toContain('12.05.2026 10:30');
    const first = pdfText(path.join(DOCS_DIR, 'breach-rkn-24h-ru.pdf'));
    expect(first).toContain('часть 3.1 статьи 21');
    expect(first).toContain('Роскомнадзор');
    expect(first).toContain('Предполагаемые причины');
    expect(first).toContain('08:30');
    expect(first).toContain('около 35');
    const results = pdfText(path.join(DOCS_DIR, 'breach-rkn-72h-ru.pdf'));
    expect(results).toContain('результатах внутреннего расследования');
    expect(results).toContain('ТОО «Мигратор»');
    expect(results).toMatch(/исх\. № \S+\/2026\/0003/);
    const letter = pdfText(path.join(DOCS_DIR, 'breach-subject-letter-kk.pdf'));
    expect(letter).toContain('Құрметті клиент!');
    expect(letter).toContain('dpo@qorgau-tolem.kz');
    for (const name of ['breach-notice-kk', 'breach-notice-ru', 'breach-rkn-24h-ru', 'breach-rkn-72h-ru', 'breach-subject-letter-kk']) {
      pngPages(path.join(DOCS_DIR, `${name}.pdf`));
      expect(existsSync(path.join(DOCS_DIR, 'png', `${name}-1.png`))).toBe(true);
    }
  });

  it('the register filters and exports as CSV and XLSX', async () => {
    const { page } = app;
    await page.locator('nav a[data-area="breaches"]').click();
    await expect.poll(() => page.getByTestId('breach-count').textContent()).toBe('1 incident shown');
    await page.getByLabel('Status').selectOption('closed');
    await expect.poll(() => page.getByTestId('breach-count').textContent()).toBe('0 incidents shown');
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Only incidents concerning RF citizens').check();
    await page.getByLabel('Detected from').fill('2026-05-01');
    await expect.poll(() => page.getByTestId('breach-count').textContent()).toBe('1 incident shown');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csvFile = path.join(DOCS_DIR, 'breach-register.csv');
    await csv.saveAs(csvFile);
    const csvText = readFileSync(csvFile, 'utf8');
    expect(csvText).toContain('INC-2026-0001');
    expect(csvText).toContain('Roskomnadzor, 72 h');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX' }).click()]);
    const xlsxFile = path.join(DOCS_DIR, 'breach-register.xlsx');
    await xlsx.saveAs(xlsxFile);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('INC-2026-0001');
    expect(sheet.getRow(2).getCell(9).value).toBe(35);
    await screenshot(page, 'breach-register-en');
  });

  it('the register and the incident screen in Kazakh and Russian', async () => {
    const { page } = app;
    for (const [button, lang] of [
      ['ҚАЗ', 'kk'],
      ['РУС', 'ru'],
    ] as const) {
      await language(page, button);
      await page.locator('nav a[data-area="breaches"]').click();
      await page.getByTestId('breach-table').waitFor();
      await screenshot(page, `breach-register-${lang}`);
      expect(await axeViolations(page, `breach register ${lang}`)).toEqual([]);
      await page.locator('[data-testid="breach-row"] a').first().click();
      await page.getByTestId('incident-number').waitFor();
      await screenshot(page, `breach-incident-${lang}`);
      expect(await axeViolations(page, `incident ${lang}`)).toEqual([]);
    }
    await language(page, 'ENG');
    expect(app.problems).toEqual([]);
  });
});
