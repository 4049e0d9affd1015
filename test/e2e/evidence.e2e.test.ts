/**
 * The case record is evidence, end to end in Chromium: a request registered with a misspelt name, a letter
 * issued on it, the name corrected with a reason (the history shows the previous value, the issued letter is
 * marked as issued on the earlier data), the letter voided (kept, its number never given again) and the next
 * letter issued with the corrected name; an action dated before the receipt refused with a message naming
 * it; closing with an open obligation asks for a waiver and a confirmation naming what stays open; the
 * closed case reopened with a reason. The case history and the close dialog are drawn in kk, ru and en.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type AppPage } from './harness/browser';
import { POPPLER, fillProfile, issueFromCase, obligation, offer, pdfText, pngPages, record, registerRequest, saveIssued } from './harness/case-flow';
import { appSuite } from './harness/suite';

const suite = appSuite();
const LANG_BUTTON = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' } as const;
const TYPO = 'Сапаров Ерлн Маратұлы';
const NAME = 'Сапаров Ерлан Маратұлы';

describe('evidence: corrections with a trail, closing as a decision, voiding instead of deleting', () => {
  let app: AppPage;
  const numbers: string[] = [];
  beforeAll(async () => {
    app = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('a request is registered with a misspelt name; an action dated before its receipt is refused, naming the receipt', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await fillProfile(page);
    await registerRequest(page, {
      name: TYPO,
      iinPrefix: '900215',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Blocking', 'Access to personal data'],
    });
    await obligation(page, 'kz.block').getByRole('button', { name: 'Blocked', exact: true }).click();
    const form = page.getByTestId('action-form');
    await form.locator('input[name="actionAt"]').fill('2026-11-19T10:00');
    await form.locator('textarea[name="actionNote"]').fill('blocked in the CRM, ticket 4471');
    await form.getByRole('button', { name: 'Record' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('The time is before the receipt of the request (20.11.2026 10:00): nothing done on it can precede it.');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await record(page, 'kz.block', 'Blocked', '2026-11-20T15:00');
    await expect.poll(() => page.getByTestId('case-actions').textContent()).toContain('done 20.11.2026 15:00 · entered 23.11.2026 12:00');
  });

  it('the confirmation is issued with the typo; the name is corrected with a reason and the history keeps the previous value', async () => {
    const { page } = app;
    const item = offer(page, 'confirmation-blocked');
    numbers.push(await issueFromCase(page, item, 'evidence-letter-typo'));
    const first = item.getByTestId('issued-document').filter({ hasText: `№ ${numbers[0]}` });
    const typoFile = await saveIssued(page, first, 'evidence-letter-typo.pdf');
    if (POPPLER) expect(pdfText(typoFile)).toContain(TYPO);

    await page.getByRole('button', { name: 'Correct the request…' }).click();
    const correction = page.getByTestId('correction-form');
    await correction.getByLabel('Field to correct').selectOption('subject.fullName');
    await correction.locator('input[name="correctValue"]').fill(NAME);
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    // No reason: a message naming the field, nothing saved.
    await expect.poll(() => correction.getByRole('alert').textContent()).toBe('Full name: Give the reason (at least 5 characters).');
    await correction.locator('input[name="correctReason"]').fill('опечатка при регистрации, по паспорту');
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await correction.waitFor({ state: 'detached' });
    const history = page.getByTestId('case-history');
    await expect
      .poll(() => history.locator('li[data-type="case.corrected"]').textContent())
      .toContain(`Full name: was “${TYPO}”, now “${NAME}” — corrected on 23.11.2026 12:00 because: опечатка при регистрации, по паспорту`);
    expect(await history.locator('li[data-type="case.corrected"]').textContent()).toContain(`issued on the earlier data: № ${numbers[0]}`);
    await expect.poll(() => first.getByTestId('earlier-data').count()).toBe(1);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-history-en');
  });

  it('the letter with the typo is voided (kept, marked), and the next letter carries the corrected name under the next number', async () => {
    const { page } = app;
    const item = offer(page, 'confirmation-blocked');
    const first = item.getByTestId('issued-document').filter({ hasText: `№ ${numbers[0]}` });
    await first.getByRole('button', { name: 'Void…' }).click();
    await first.getByRole('button', { name: `Void № ${numbers[0]}` }).click();
    await expect.poll(() => first.getByRole('alert').textContent()).toBe('Give the reason (at least 5 characters).');
    await first.locator('input[name="voidReason"]').fill('имя субъекта с опечаткой');
    await first.getByRole('button', { name: `Void № ${numbers[0]}` }).click();
    await expect.poll(() => first.getByTestId('voided').textContent()).toBe('VOIDED on 23.11.2026: имя субъекта с опечаткой');
    numbers.push(await issueFromCase(page, item, 'evidence-letter-corrected'));
    expect(numbers[1]).not.toBe(numbers[0]);
    const second = item.getByTestId('issued-document').filter({ hasText: `№ ${numbers[1]}` });
    const file = await saveIssued(page, second, 'evidence-letter-corrected.pdf');
    if (POPPLER) {
      pngPages(file);
      const text = pdfText(file);
      expect(text).toContain(NAME);
      expect(text).not.toContain(TYPO);
    }
    // The documents list keeps the voided letter with its number, marked.
    await page.locator('nav a[data-area="documents"]').click();
    const row = page.getByTestId('documents-table').locator(`tr[data-number="${numbers[0]}"]`);
    await expect.poll(() => row.getByTestId('voided').count()).toBe(1);
    await page.goBack();
  });

  it('closing with an open obligation needs a waiver with a reason and a confirmation naming it; the case reopens with a reason', async () => {
    const { page } = app;
    const close = page.getByTestId('close-case');
    await close.getByRole('button', { name: 'Close the case…' }).click();
    await expect.poll(() => close.getByRole('alert').textContent()).toBe('Give the reason (at least 5 characters) for each obligation left open.');
    expect(await close.getByTestId('close-confirm').count()).toBe(0);
    await close.locator('input[name="waiver-kz.access.provide"]').fill('субъект отозвал запрос о доступе письмом от 22.11.2026');
    await close.getByRole('button', { name: 'Close the case…' }).click();
    const dialog = close.getByTestId('close-confirm');
    await expect.poll(() => dialog.textContent()).toContain('1 statutory obligation stays open by your decision:');
    await dialog.scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-close-dialog-en');
    for (const locale of ['ru', 'kk'] as const) {
      await page.getByRole('button', { name: LANG_BUTTON[locale], exact: true }).click();
      await dialog.scrollIntoViewIfNeeded();
      await screenshot(page, `evidence-close-dialog-${locale}`);
      await page.getByTestId('case-history').scrollIntoViewIfNeeded();
      await screenshot(page, `evidence-history-${locale}`);
    }
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await dialog.getByRole('button', { name: 'Close the case', exact: true }).click();
    await expect.poll(() => obligation(page, 'kz.access.provide').getByTestId('outcome').textContent()).toBe(' · left open by decision');
    const history = page.getByTestId('case-history');
    await expect.poll(() => history.locator('li[data-type="action.close"]').textContent()).toContain('left open by decision —');

    const reopen = page.getByTestId('reopen-case');
    await reopen.locator('input[name="reopenReason"]').fill('субъект возобновил запрос 24.11.2026');
    await reopen.getByRole('button', { name: 'Reopen' }).click();
    await expect.poll(() => page.getByTestId('close-case').count()).toBe(1);
    await expect.poll(() => obligation(page, 'kz.access.provide').getByTestId('countdown').count()).toBe(1);
    await expect.poll(() => history.locator('li[data-type="case.reopened"]').textContent()).toContain('reason: субъект возобновил запрос 24.11.2026');
    expect(app.problems).toEqual([]);
  });
});
