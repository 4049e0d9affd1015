/**
 * Letters and acts as a DPO sends them (issue 17), from cases made in the UI: a refusal answered to the
 * representative who filed the request, an unblocking confirmation in Kazakh and Russian, destruction acts in each
 * language with annex 1 imported from the system's CSV export, and an RF extension notice. Each PDF is read back
 * with pdftotext — no «(-ая)», no gap after a hyphen, no text of the other language in either half — and drawn as PNG.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HYPHEN_GAP, KAZAKH_ONLY, RUSSIAN_ONLY } from '../fixtures/documents/language-markers';
import { execFileSync } from 'node:child_process';
import { axeViolations } from './harness/axe';
import { screenshot, type AppPage } from './harness/browser';
import {
  DOCS_DIR,
  fillProfile,
  issueFromCase,
  offer,
  obligation,
  pngPages,
  POPPLER,
  record,
  registerRequest,
  saveIssued,
  withControl,
} from './harness/case-flow';
import { appSuite } from './harness/suite';

const suite = appSuite();
const AML = 'kz-aml-retention-payment-organisation';

/** Each page's text, spaces folded; the half a page belongs to is read from its footer. */
const pages = (file: string): { lang: 'kk' | 'ru'; text: string }[] =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/[\s\u00a0]+/gu, ' '))
    .map((text) => ({ lang: /\d+-бет, барлығы \d+/u.test(text) ? 'kk' : 'ru', text }));

/** No «(-ая)», no «X- y», each page in its own language only, footer included. */
const expectClean = (file: string, halves: readonly ('kk' | 'ru')[]) => {
  const read = pages(file);
  expect(read.length, file).toBeGreaterThan(0);
  expect([...new Set(read.map((p) => p.lang))], file).toEqual(halves);
  for (const [i, page] of read.entries()) {
    const where = `${path.basename(file)} p.${i + 1} (${page.lang}): ${page.text}`;
    expect(page.text, where).toMatch(page.lang === 'kk' ? /\d+-бет, барлығы \d+/u : /Стр\. \d+ из \d+/u);
    expect(page.text.match(page.lang === 'kk' ? RUSSIAN_ONLY : KAZAKH_ONLY) ?? [], where).toEqual([]);
    expect(page.text.match(HYPHEN_GAP) ?? [], where).toEqual([]);
    expect(page.text, where).not.toContain('(-ая)');
  }
  pngPages(file);
  return read.map((p) => p.text).join(' ');
};

async function chooseLanguage(item: Locator, name: 'Kazakh' | 'Russian' | 'Kazakh and Russian') {
  await item.getByRole('group', { name: 'Language of the document' }).getByRole('button', { name, exact: true }).click();
}

/** A blocking request destroyed after the violation was confirmed: the act's case. */
async function destroyedCase(page: Page, name: string, iinPrefix: string, language: 'kk' | 'ru'): Promise<{ number: string; iin: string }> {
  const number = await registerRequest(page, { name, iinPrefix, language, received: '2026-11-20T10:00', types: ['Blocking'] });
  const iin = withControl(iinPrefix);
  await record(page, 'kz.block', 'Blocked', '2026-11-20T11:00');
  await record(page, 'kz.block', 'Violation confirmed', '2026-11-20T14:30');
  await obligation(page, 'kz.destroy').waitFor();
  await record(page, 'kz.destroy', 'Destroyed', '2026-11-21T16:00');
  return { number, iin };
}

const csv = (rows: readonly string[]) => ({
  name: 'colvir-export.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['event_id;client_iin;data_categories;delete_reason;deleted_at', ...rows].join('\n')),
});

describe('letters and acts as they are sent (issue 17)', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('the organisation profile and the act settings', async () => {
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
  });

  it('a request filed by an advocate: intake takes the authority document, the refusal answers the advocate', async () => {
    const { page } = app;
    await page.locator('nav a[data-area="cases"]').click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Смирнова Ольга Викторовна');
    await page.getByLabel('IIN', { exact: true }).fill(withControl('850101'));
    await page.getByLabel('E-mail', { exact: true }).fill('o.smirnova@example.kz');
    // The form of address follows the patronymic (the IIN's 7th digit here says nothing).
    await expect.poll(() => page.getByTestId('subject-form-of-address').inputValue()).toBe('female');
    await page.getByLabel('The request is made on the subject’s behalf').check();
    await page.getByLabel('Legal representative (full name) *').fill('Ким Олег Петрович');
    await expect.poll(() => page.getByTestId('representative-form-of-address').inputValue()).toBe('male');
    await page.getByLabel('Kind of authority document *').selectOption('notarised-power-of-attorney');
    await page.getByLabel('Number of the authority document *').fill('2-345');
    await page.getByLabel('Date of the authority document *').fill('2026-11-10');
    await page.getByLabel('Representative’s e-mail').fill('advocate.kim@example.kz');
    await page.getByLabel(/Received at/).fill('2026-11-20T10:00');
    await page.getByLabel('Language of the request *').selectOption('ru');
    await page.getByLabel('Destruction', { exact: true }).check();
    await screenshot(page, 'letters-intake-representative-en');
    expect(await axeViolations(page, 'intake with a representative')).toEqual([]);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await page.getByTestId('case-representative').textContent()).toContain('Notarised power of attorney · № 2-345');

    await record(page, 'kz.destruction.demand', 'Reasoned refusal', '2026-11-23T11:00', async (f) => {
      await f.locator(`.grounds input[value="${AML}"]`).check();
    });
    await issueFromCase(page, offer(page, 'refusal-letter'), 'letters-refusal-representative-ru');
    await saveIssued(page, offer(page, 'refusal-letter'), 'refusal-representative-ru.pdf');
  });

  it('an unblocking confirmation in Kazakh and Russian: the reason typed once is marked in the other language until translated', async () => {
    const { page } = app;
    await registerRequest(page, { name: 'Оспанова Гүлнар Болатқызы', iinPrefix: '920229', language: 'kk', received: '2026-11-20T10:00', types: ['Blocking'] });
    await record(page, 'kz.block', 'Blocked', '2026-11-20T11:00');
    await record(page, 'kz.block', 'Violation not confirmed', '2026-11-20T15:00');
    await obligation(page, 'kz.unblock').waitFor();
    await record(page, 'kz.unblock', 'Unblocked', '2026-11-20T16:00');
    const item = offer(page, 'confirmation-unblocked');
    await issueFromCase(page, item, 'letters-confirmation-unblocked-both', async (draft) => {
      await chooseLanguage(item, 'Kazakh and Russian');
      // The action's note (typed in Latin letters) is taken as the Russian text and copied, marked, into the Kazakh one.
      await draft.getByTestId('pending-details.kk').waitFor();
      await draft.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => draft.getByText(/copied from the other language and is not confirmed/).count()).toBe(1);
      await screenshot(page, 'letters-confirmation-pending-en');
      await draft.locator('textarea[name="details.kk"]').fill('тексеру нәтижесінде деректерді жинау шарттарының бұзылу фактісі расталмады');
      await draft.locator('textarea[name="details.ru"]').fill('по результатам проверки факт нарушения условий сбора данных не подтвердился');
      await draft.locator('textarea[name="systems.kk"]').fill('«Колвир» АБЖ');
    });
    await saveIssued(page, item, 'confirmation-unblocked-both.pdf');
  });

  for (const language of ['kk', 'ru'] as const) {
    it(`a destruction act (${language}) with annex 1 imported from the system's export; a log that disagrees issues no act`, async () => {
      const { page } = app;
      const { iin } = await destroyedCase(
        page,
        language === 'kk' ? 'Сәрсенбаева Айгерім Жиһанқызы' : 'Ковалёв Дмитрий Сергеевич',
        language === 'kk' ? '9506214' : '8501013',
        language,
      );
      const item = offer(page, 'destruction-act');
      await issueFromCase(page, item, `letters-act-${language}`, async (draft) => {
        await chooseLanguage(item, language === 'kk' ? 'Kazakh' : 'Russian');
        if (language === 'kk') await draft.locator('textarea[name="systems.kk"]').fill('«Колвир» АБЖ');
        // No log: no act.
        await draft.getByRole('button', { name: 'Preview' }).click();
        await expect.poll(() => draft.getByText(/import or enter the extract from their event log/).count()).toBe(1);
        // A log naming someone else, dated after the act: the mismatches are named and no act is issued.
        const log = draft.getByTestId('system-log');
        await log.locator('input[name="logFile"]').setInputFiles(csv(['1;770101300011;contacts;CONSENT_WITHDRAWN;2026-11-24 10:00']));
        await log.getByRole('button', { name: /Add the file’s rows: 1/ }).click();
        await expect.poll(() => log.getByTestId('log-mismatches').locator('li').count()).toBe(3);
        await screenshot(page, `letters-act-log-mismatch-${language}`);
        expect(await axeViolations(page, 'act draft with its system log')).toEqual([]);
        await draft.getByRole('button', { name: 'Preview' }).click();
        await expect.poll(() => draft.getByText(/does not agree with the act/).count()).toBe(1);
        await log.getByTestId('log-rows').getByRole('button', { name: 'Remove' }).click();
        // The system's real export: the mapping is guessed from the headers and saved for the system.
        await log.locator('input[name="logFile"]').setInputFiles(csv([`77;${iin};"contacts; profile";CONSENT_WITHDRAWN;2026-11-21 16:05:12`]));
        expect(await log.locator('select[name="logColumn.destroyedAt"]').inputValue()).toBe('deleted_at');
        await log.getByRole('button', { name: /Add the file’s rows: 1/ }).click();
        expect(await log.getByTestId('log-mismatches').count()).toBe(0);
      });
      await saveIssued(page, item.getByTestId('issued-document'), `act-${language}.pdf`);
    });
  }

  it('an RF extension notice in Russian', async () => {
    const { page } = app;
    await registerRequest(page, {
      name: 'Ковалёва Анна Сергеевна',
      iinPrefix: '900101',
      language: 'ru',
      received: '2026-11-19T10:00',
      types: ['Access to personal data'],
      rfSubject: true,
    });
    await record(page, 'ru.access.provide', 'Extend (reasoned notice)', '2026-11-20T10:00', async (form) => {
      await form
        .locator('textarea[name="actionNote"]')
        .fill('запрошенные сведения хранятся в архиве комплаенс-контроля, извлечение требует дополнительного времени');
    });
    await issueFromCase(page, offer(page, 'extension-notice'), 'letters-extension-ru');
    await saveIssued(page, offer(page, 'extension-notice'), 'extension-notice-ru.pdf');
  });

  it.skipIf(!POPPLER)('the PDFs read back: addressee, salutation, one language per half, no hyphen gaps, the true annex', () => {
    const file = (name: string) => path.join(DOCS_DIR, name);
    const refusal = expectClean(file('refusal-representative-ru.pdf'), ['ru']);
    expect(refusal).toContain('Представителю субъекта персональных данных Ким Олег Петрович advocate.kim@example.kz');
    expect(refusal).toContain('Уважаемый Олег Петрович!');
    expect(refusal).toContain('Субъект персональных данных, в интересах которого подано обращение: Смирнова Ольга Викторовна');
    expect(refusal).toContain('нотариально удостоверенная доверенность № 2-345 от 10.11.2026');
    expect(refusal).not.toContain('o.smirnova@example.kz');

    const both = expectClean(file('confirmation-unblocked-both.pdf'), ['kk', 'ru']);
    expect(both).toContain('Құрметті Гүлнар Болатқызы!');
    expect(both).toContain('Уважаемая Гүлнар Болатқызы!');
    expect(both).toContain('расталмады');
    expect(both).toContain('не подтвердился');

    for (const language of ['kk', 'ru'] as const) {
      const act = expectClean(file(`act-${language}.pdf`), [language]);
      expect(act).toContain(language === 'kk' ? 'актіге 1-қосымша' : 'Приложение № 1 к акту');
      expect(act).toContain('CONSENT_WITHDRAWN');
      // Field 13 agrees with the annex: the system logged the deletion at 16:05:12.
      expect(act).toContain(language === 'kk' ? '2026 жылғы 21 қараша, 16:05' : '21.11.2026 16:05');
      expect(act).toContain('21.11.2026 16:05:12');
      expect(act).toContain(language === 'kk' ? 'Қазақстан Республикасының аумағында' : 'на территории Республики Казахстан');
      expect(readFileSync(file(`act-${language}.pdf`)).length).toBeGreaterThan(20_000);
    }

    const extension = expectClean(file('extension-notice-ru.pdf'), ['ru']);
    expect(extension).toContain('Уважаемая Анна Сергеевна!');
    expect(extension).toContain('комплаенс-контроля');
  });
});
