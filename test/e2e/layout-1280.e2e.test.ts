/**
 * Issue 13 item 8: every area and its main sub-screens at 1 280 × 800 in kk, ru and en — nothing scrolls
 * sideways (the pane, the page, any table's container unless it is a named, focusable scroll region) and no
 * button or link is cut (harness/layout.ts). Screenshots: test-results/screenshots/w1280-<screen>-<lang>.png.
 * The data are real: a profile, cases with actions and issued documents (one an unsigned destruction act),
 * a case waiting for a batch act, the microfinance register and an incident.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { documentsEn } from '../../renderer/i18n/features/documents.en';
import { documentsKk } from '../../renderer/i18n/features/documents.kk';
import { documentsRu } from '../../renderer/i18n/features/documents.ru';
import { pdfPreviewDrawn, screenshot } from './harness/browser';
import { axeViolations } from './harness/axe';
import { fillProfile, issueFromCase, obligation, offer, record, withControl } from './harness/case-flow';
import { layoutProblems } from './harness/layout';
import { appSuite } from './harness/suite';

const suite = appSuite();

const LANG_BUTTON = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' } as const;
type Lang = keyof typeof LANG_BUTTON;
const DOC_STRINGS = { kk: documentsKk, ru: documentsRu, en: documentsEn } as const;

const go = async (page: Page, hash: string) => {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.locator('#main h1').first().waitFor();
};

/** A consent withdrawal + blocking request, refused, blocked and destroyed; returns the case's address. */
async function destroyedCase(page: Page, name: string, iinPrefix: string, day: string): Promise<string> {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(name);
  await page.getByLabel('IIN', { exact: true }).fill(withControl(iinPrefix));
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(`${day}T09:00`);
  await page.getByLabel('Language of the request *').selectOption('kk');
  await page.getByLabel('Withdrawal of consent', { exact: true }).check();
  await page.getByLabel('Blocking', { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  await record(page, 'kz.consent-withdrawal.stop', 'Reasoned refusal', `${day}T10:00`, async (form) => {
    await form.locator('.grounds input[type="checkbox"]').first().check();
  });
  await record(page, 'kz.block', 'Blocked', `${day}T11:00`);
  await record(page, 'kz.block', 'Violation confirmed', `${day}T14:30`);
  await obligation(page, 'kz.destroy').waitFor();
  await record(page, 'kz.destroy', 'Destroyed', `${day}T16:00`);
  return new URL(page.url()).hash;
}

async function seed(page: Page): Promise<{ caseHash: string; openCaseHash: string; incidentHash: string }> {
  await page.getByRole('button', { name: 'ENG', exact: true }).click();
  await fillProfile(page, 'microfinance-organisation');
  const acts = page.getByTestId('act-defaults');
  await acts.getByRole('button', { name: 'Add a category' }).click();
  await acts.getByLabel('Category (kk)').fill('тегі, аты, әкесінің аты, ЖСН, байланыс деректері');
  await acts.getByLabel('Category (ru)').fill('фамилия, имя, отчество, ИИН, контактные данные');
  await acts.getByLabel('Information systems').fill('АБС «Колвир»\nCRM «Bitrix24»');
  await acts.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => acts.getByRole('status').textContent()).toBe('Act settings are saved.');

  // A case with a refusal letter and an unsigned destruction act (Save, Print, Open, Mark signed, Void).
  const caseHash = await destroyedCase(page, 'Сәрсенбаева Айгерім Жиһанқызы', '95062140', '2026-11-16');
  await issueFromCase(page, offer(page, 'refusal-letter'), 'w1280-seed-refusal-en');
  await issueFromCase(page, offer(page, 'destruction-act'), 'w1280-seed-act-en', async (draft) => {
    // Annex 1: the system's log of the deletion, one row.
    const log = draft.getByTestId('system-log');
    await log.locator('input[name="logSubject"]').fill(withControl('95062140'));
    await log.locator('input[name="logCategories"]').fill('contacts');
    await log.locator('input[name="logReason"]').fill('CONSENT_WITHDRAWN');
    await log.locator('input[name="logAt"]').fill('2026-11-16T16:00');
    await log.getByRole('button', { name: 'Add the row' }).click();
  });
  // A third case whose act is signed: the Documents table offers its scan (Open scan, Save scan).
  await destroyedCase(page, 'Ахметов Ерлан Серікұлы', '90010140', '2026-11-17');
  await issueFromCase(page, offer(page, 'destruction-act'), 'w1280-seed-signed-act-en', async (draft) => {
    const log = draft.getByTestId('system-log');
    await log.locator('input[name="logSubject"]').fill(withControl('90010140'));
    await log.locator('input[name="logCategories"]').fill('contacts');
    await log.locator('input[name="logReason"]').fill('CONSENT_WITHDRAWN');
    await log.locator('input[name="logAt"]').fill('2026-11-17T16:00');
    await log.getByRole('button', { name: 'Add the row' }).click();
  });
  await offer(page, 'destruction-act')
    .getByTestId('issued-document')
    .getByLabel('Mark signed (attach the scan)')
    .setInputFiles({ name: 'акт-подписан.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% scan of the signed act\n') });
  await expect.poll(() => offer(page, 'destruction-act').locator('.badge--signed').count()).toBe(1);
  // A second destroyed case, not yet in an act: offered to the batch act.
  await destroyedCase(page, 'Қасымов Нұржан Ерланұлы', '88020330', '2026-11-17');

  // An open access request: its obligations still offer actions.
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill('Ким Ольга Викторовна');
  await page.getByLabel('E-mail', { exact: true }).fill('olga.kim@example.kz');
  await page.getByLabel(/Received at/).fill('2026-11-19T10:00');
  await page.getByLabel('Language of the request *').selectOption('ru');
  await page.getByLabel('Access to personal data', { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  const openCaseHash = new URL(page.url()).hash;

  // The microfinance register (with its relationships and destruction queue below it).
  await page.locator('nav a[data-area="processing"]').click();
  await page.getByRole('button', { name: 'Microfinance organisation' }).click();
  await page.getByTestId('register-table').waitFor();

  // An incident.
  await page.locator('nav a[data-area="breaches"]').click();
  await page.getByRole('button', { name: 'Register an incident' }).click();
  const form = page.getByTestId('incident-form');
  await form.getByLabel('Detected at *').fill('2026-11-18T10:30');
  await form.getByLabel('How it was detected *').selectOption('monitoring');
  await form.getByLabel('Detected by *').fill('Сейтқали Нұрлан, SOC');
  await form.getByLabel('Description of the breach *').fill('Выгрузка клиентской базы CRM оказалась в открытом доступе на внешнем файловом сервере fs-02.');
  await form.getByLabel('Information systems *').fill('CRM «Qorgau Client»\nфайловый сервер fs-02');
  await form.getByLabel('Categories of personal data *').fill('ФИО\nИИН\nномер мобильного телефона');
  await form.getByLabel('Categories of subjects *').fill('клиенты — заёмщики');
  await form.getByLabel('Citizens of Kazakhstan concerned (approx.) *').fill('1200');
  await form.getByLabel('Citizens of Russia concerned (approx.) *').fill('35');
  await form.getByLabel('Contact person: full name *').fill('Омарова Сәуле Түркістанқызы');
  await form.getByRole('button', { name: 'Register the incident' }).click();
  await page.getByTestId('incident-number').waitFor();
  const incidentHash = new URL(page.url()).hash;
  return { caseHash, openCaseHash, incidentHash };
}

const SETTINGS = ['general', 'calendar', 'terms', 'profile', 'grounds', 'acts', 'backup', 'lock', 'about'] as const;

interface Seeded {
  readonly caseHash: string;
  readonly openCaseHash: string;
  readonly incidentHash: string;
}

type Check = (screen: string, lang: Lang, focus?: Locator) => Promise<void>;

/** Every area and its main sub-screens in one interface language, `check` on each. */
async function visitEverything(page: Page, lang: Lang, { caseHash, openCaseHash, incidentHash }: Seeded, check: Check) {
  const toggle = page.getByRole('button', { name: /^(Menu|Меню|Мәзір)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.getByRole('button', { name: LANG_BUTTON[lang], exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();

  await go(page, '#/cases');
  await page.locator('.case-row').first().waitFor();
  await check('cases', lang);

  await page.locator('#main .page-header .btn--primary').click();
  await page.locator('#main form').first().waitFor();
  await check('intake', lang);
  await page.locator('#main form button[type="submit"]').click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await check('intake-errors', lang);
  // Leaving the intake form may ask first (its guard): discard.
  await page.evaluate((h) => {
    window.location.hash = h;
  }, caseHash);
  await page.locator('[data-testid="case-number"], [data-testid="leave-confirm"]').first().waitFor();
  if (await page.getByTestId('leave-confirm').isVisible()) await page.getByTestId('leave-confirm').locator('.btn--danger').click();
  await page.getByTestId('case-number').waitFor();
  await check('case', lang);
  await check('case-obligations', lang, page.locator('[data-testid="obligation"]').first());
  await check('case-documents', lang, page.getByTestId('case-documents'));
  await check('case-history', lang, page.getByTestId('case-history'));
  await go(page, openCaseHash);
  await page.locator('[data-testid="obligation"] button').first().click();
  await page.getByTestId('action-form').waitFor();
  await check('case-action', lang, page.getByTestId('action-form'));

  await go(page, '#/deadlines');
  await page.getByTestId('deadline-row').first().waitFor();
  await check('deadlines', lang);

  await go(page, '#/documents');
  await page.getByTestId('documents-table').waitFor();
  await check('documents', lang, page.getByTestId('documents-table'));
  expect(await page.getByTestId('documents-table').getByTestId('document-scan').count()).toBe(1);
  await page.locator('#main .page-header button[aria-expanded]').click();
  const batch = page.getByTestId('batch-act');
  await batch.locator('.batch-list input[type="checkbox"]').first().check();
  await batch.getByRole('button', { name: DOC_STRINGS[lang]['doc.act.addRetained'], exact: true }).click();
  await check('documents-batch', lang, batch.locator('.paper-row select').first());

  await go(page, '#/register');
  await page.locator('.case-row').first().waitFor();
  await check('register', lang);

  await go(page, '#/overview');
  await page.getByTestId('overview-table').waitFor();
  await check('overview', lang);

  await go(page, '#/processing');
  await page.getByTestId('register-table').waitFor();
  await check('processing', lang);
  await check('processing-table', lang, page.getByTestId('register-table'));
  await check('processing-relationships', lang, page.getByTestId('relationship-import'));
  await check('processing-queue', lang, page.getByTestId('destruction-queue'));

  await go(page, '#/breaches');
  await page.getByTestId('breach-count').waitFor();
  await check('breaches', lang);
  await go(page, incidentHash);
  await page.getByTestId('incident-number').waitFor();
  await check('incident', lang);

  for (const section of SETTINGS) {
    await go(page, `#/settings/${section}`);
    await page.locator(`.settings-grid[data-section="${section}"]`).waitFor();
    await check(`settings-${section}`, lang);
  }
  await go(page, '#/settings/help');
  await page.locator('.settings-grid[data-section="help"]').waitFor();
  await check('help', lang);
}

describe('every screen at 1 280 × 800 in kk, ru and en', () => {
  it('nothing scrolls sideways, no control is cut; screenshots w1280-<screen>-<lang>.png', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    expect(await page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([1280, 800]);
    const seeded = await seed(page);
    const found: string[] = [];
    const check: Check = async (screen, lang, focus) => {
      if (focus) await focus.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `w1280-${screen}-${lang}`);
      found.push(...(await layoutProblems(page, `${screen}-${lang}`)));
    };
    for (const lang of ['kk', 'ru', 'en'] as const) await visitEverything(page, lang, seeded, check);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 640 × 400 (1 280 × 800 at 200 %) the same screens with their data reflow the same way; screenshots w640-<screen>-en.png', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    const seeded = await seed(page);
    await page.setViewportSize({ width: 640, height: 400 });
    const found: string[] = [];
    const check: Check = async (screen, lang, focus) => {
      if (focus) await focus.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `w640-${screen}-${lang}`);
      found.push(...(await layoutProblems(page, `640 ${screen}-${lang}`, { scrollRegionsMayHideControls: true })));
    };
    await visitEverything(page, 'en', seeded, check);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('in the dark (the system set to dark) a case with its documents, a PDF preview and the overview chart read well; dark-w1280-*.png', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const { caseHash } = await seed(page);
    const found: string[] = [];
    await go(page, caseHash);
    await page.getByTestId('case-number').waitFor();
    await page.getByTestId('case-documents').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'dark-w1280-case-documents-en');
    found.push(...(await layoutProblems(page, 'dark case-documents-en')), ...(await axeViolations(page, 'dark case-documents-en')));
    // A letter's preview: the paper stays white on the viewer's grey, the draft's panel dark around it.
    const item = offer(page, 'confirmation-blocked');
    await item.getByRole('button', { name: 'Prepare' }).click();
    const draft = item.getByTestId('doc-draft');
    await draft.getByRole('button', { name: 'Preview' }).click();
    await draft.getByTestId('doc-preview').waitFor();
    await draft.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await pdfPreviewDrawn(draft.getByTestId('doc-preview'));
    await screenshot(page, 'dark-w1280-preview-en');
    found.push(...(await layoutProblems(page, 'dark preview-en')), ...(await axeViolations(page, 'dark preview-en')));
    await item.getByRole('button', { name: 'Close', exact: true }).click();
    await draft.waitFor({ state: 'detached' });
    await go(page, '#/documents');
    await page.getByTestId('documents-table').waitFor();
    await screenshot(page, 'dark-w1280-documents-en');
    found.push(...(await layoutProblems(page, 'dark documents-en')), ...(await axeViolations(page, 'dark documents-en')));
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
