/**
 * Every request can end lawfully (legal-reference §11), end to end in Chromium: cases made through the
 * intake form, outcomes recorded on their one duty — a KZ destruction demand refused on the AML retention
 * ground (in Kazakh and in Russian), restricted instead of deleted (Digital Code Art. 41 p.3), a consent
 * withdrawal stopped and destroyed — and the letters issued, saved under test-results/documents/, read back
 * with pdftotext and drawn as PNG pages. Each letter prints the basis of its outcome, never a fixed article.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { screenshot, type AppPage } from './harness/browser';
import { DOCS_DIR, POPPLER, fillProfile, issueFromCase, obligation, offer, pdfText, pngPages, record, registerRequest, saveIssued } from './harness/case-flow';
import { appSuite } from './harness/suite';

const suite = appSuite();
const AML = 'kz-aml-retention-payment-organisation';

describe('decisions: refusals, a restriction, destructions and an extension, each with the basis of its outcome', () => {
  let app: AppPage;
  const numbers: Record<string, string> = {};
  beforeAll(async () => {
    app = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('the organisation is a payment organisation (an e-wallet)', async () => {
    await app.page.getByRole('button', { name: 'ENG', exact: true }).click();
    await fillProfile(app.page);
  });

  for (const language of ['kk', 'ru'] as const) {
    it(`a destruction demand (${language}) on its own clock, refused on the AML retention ground; the refusal letter is saved`, async () => {
      const { page } = app;
      numbers[`refusal-${language}`] = await registerRequest(page, {
        name: language === 'kk' ? 'Сәрсенбаева Айгерім Жиһанқызы' : 'Ковалёв Дмитрий Сергеевич',
        iinPrefix: language === 'kk' ? '900215' : '850101',
        language,
        received: '2026-11-20T10:00',
        types: ['Destruction'],
      });
      // The demand's clock (3 WD [I]) — not K6 "destroy (violation confirmed)", which runs from a confirmation.
      expect(await obligation(page, 'kz.destroy').count()).toBe(0);
      expect(await obligation(page, 'kz.destruction.demand').getByTestId('due').textContent()).toBe('due 25.11.2026 18:00 (Asia/Almaty)');
      await obligation(page, 'kz.destruction.demand').getByRole('button', { name: 'Reasoned refusal', exact: true }).click();
      const form = page.getByTestId('action-form');
      // Grounds that can refuse a destruction, for a payment organisation: not the MFO's AML ground, not access-only ones.
      expect(await form.locator(`.grounds input[value="${AML}"]`).count()).toBe(1);
      expect(await form.locator('.grounds input[value="kz-aml-retention-microfinance"]').count()).toBe(0);
      // The microcredit-debt ground is for microfinance organisations, and it refuses a withdrawal, not a destruction.
      expect(await form.locator('.grounds input[value="kz-consent-unfulfilled-obligation"]').count()).toBe(0);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await record(page, 'kz.destruction.demand', 'Reasoned refusal', '2026-11-23T11:00', async (f) => {
        await f.locator(`.grounds input[value="${AML}"]`).check();
      });
      await expect.poll(() => obligation(page, 'kz.destruction.demand').getByTestId('outcome').textContent()).toBe(' · refused with reasons');
      const file = await saveAfterIssue(`refusal-destruction-${language}`, offer(page, 'refusal-letter'));
      expect(path.basename(file)).toBe(`refusal-destruction-${language}.pdf`);
    });
  }

  it('a destruction demand restricted instead of deleted: the answer states the restriction and the date of destruction', async () => {
    const { page } = app;
    numbers.restriction = await registerRequest(page, {
      name: 'Ким Ольга Николаевна',
      iinPrefix: '880303',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Destruction'],
    });
    await obligation(page, 'kz.destruction.demand').getByRole('button', { name: 'Restricted instead of deleted', exact: true }).click();
    const form = page.getByTestId('action-form');
    await form.locator('input[name="actionAt"]').fill('2026-11-23T12:00');
    await form.locator(`.grounds input[value="${AML}"]`).check();
    await form.locator(`.grounds input[value="kz-digital-restriction-instead-of-deletion"]`).check();
    await form.getByRole('button', { name: 'Record' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Give the date the storage term ends (after the day of the action).');
    await form.locator('input[name="actionUntil"]').fill('2031-11-24');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => obligation(page, 'kz.destruction.demand').getByTestId('outcome').textContent()).toBe(' · restricted instead of deleted');
    await saveAfterIssue('restriction-destruction-ru', offer(page, 'refusal-letter'));
  });

  it('an RF citizen withdraws consent: one destruction answers the KZ (K10) and the RF (R12) duty, on the ground of the withdrawal', async () => {
    const { page } = app;
    numbers.consent = await registerRequest(page, {
      name: 'Смирнова Мария Андреевна',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Withdrawal of consent'],
      rfSubject: true,
    });
    // The dashboard counts one row per duty: the KZ (K10, 15 WD) and the RF (R12, 30 days) clock of the one duty
    // are one row, led by the earlier, with both clocks listed in it.
    await page.locator('nav a[data-area="deadlines"]').click();
    const rows = page.locator(`[data-testid="deadline-row"][data-number="${numbers.consent}"]`);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.getAttribute('data-rule')).toBe('kz.consent-withdrawal.stop');
    expect(
      await rows
        .getByTestId('duty-clocks')
        .locator('li')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-rule'))),
    ).toEqual(['kz.consent-withdrawal.stop', 'ru.consent-withdrawal.stop']);
    expect(await rows.getByTestId('duty-clocks').textContent()).toContain(
      'RF: Stop processing and destroy the data (consent withdrawn) — due 21.12.2026 18:00',
    );
    await rows.scrollIntoViewIfNeeded();
    await screenshot(page, 'decisions-dashboard-one-row-per-duty-en');
    expect(await axeViolations(page, 'deadlines (one row per duty)')).toEqual([]);
    await rows.getByRole('link', { name: numbers.consent }).click();
    await page.getByTestId('case-number').waitFor();
    await record(page, 'kz.consent-withdrawal.stop', 'Destroyed', '2026-11-23T11:30', async (f) => {
      await f.locator('select[name="actionBasis"]').selectOption('consent-withdrawn');
    });
    await expect.poll(() => obligation(page, 'ru.consent-withdrawal.stop').getByTestId('outcome').textContent()).toBe(' · fulfilled');
    await saveAfterIssue('confirmation-consent-destroyed-ru', offer(page, 'confirmation-destroyed'));
    // One recorded destruction: one act offered, not one per obligation.
    expect(await offer(page, 'destruction-act').count()).toBe(1);
    // Both duties done: the dashboard no longer lists the case; the batch act offers it once.
    await page.locator('nav a[data-area="deadlines"]').click();
    await page.getByTestId('bucket-counts').waitFor();
    await expect.poll(() => page.locator(`[data-testid="deadline-row"][data-number="${numbers.consent}"]`).count()).toBe(0);
    await page.locator('nav a[data-area="documents"]').click();
    await page.getByRole('button', { name: 'Batch destruction act' }).click();
    const batch = page.getByTestId('batch-act');
    await expect.poll(() => batch.getByLabel(numbers.consent ?? '').count()).toBe(1);
    await page.locator('nav a[data-area="cases"]').click();
  });

  it('an RF citizen’s destruction demand: one dashboard row (K13 and R4a), recorded once, once in a batch act', async () => {
    const { page } = app;
    numbers.rfDestruction = await registerRequest(page, {
      name: 'Сидоров Павел Ильич',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Destruction'],
      rfSubject: true,
    });
    await page.locator('nav a[data-area="deadlines"]').click();
    const rows = page.locator(`[data-testid="deadline-row"][data-number="${numbers.rfDestruction}"]`);
    await expect.poll(() => rows.count()).toBe(1);
    // K13 [I] 3 WD → Wed 25.11 leads; R4a 7 WD → Tue 01.12 is listed in the row.
    expect(
      await rows
        .getByTestId('duty-clocks')
        .locator('li')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-rule'))),
    ).toEqual(['kz.destruction.demand', 'ru.destruction.destroy']);
    // The due cell: the date (an estimated-calendar mark would follow it; none here, 2026 is official).
    expect((await rows.locator('td').nth(3).textContent())?.trim()).toBe('25.11.2026 18:00');
    expect(await rows.getByTestId('duty-clocks').textContent()).toContain('— due 01.12.2026 18:00');
    await rows.getByRole('link', { name: numbers.rfDestruction ?? '' }).click();
    await page.getByTestId('case-number').waitFor();
    await record(page, 'ru.destruction.destroy', 'Destroyed', '2026-11-23T11:50', async (f) => {
      await f.locator('select[name="actionBasis"]').selectOption('no-consent');
    });
    await expect.poll(() => obligation(page, 'kz.destruction.demand').getByTestId('outcome').textContent()).toBe(' · fulfilled');
    expect(await offer(page, 'destruction-act').count()).toBe(1);
    await page.locator('nav a[data-area="deadlines"]').click();
    await page.getByTestId('bucket-counts').waitFor();
    await expect.poll(() => rows.count()).toBe(0);
    await page.locator('nav a[data-area="documents"]').click();
    await page.getByRole('button', { name: 'Batch destruction act' }).click();
    await expect
      .poll(() =>
        page
          .getByTestId('batch-act')
          .getByLabel(numbers.rfDestruction ?? '')
          .count(),
      )
      .toBe(1);
  });

  it('a KZ correction refused with reasons (in Kazakh): the answer cites K4, not the access article', async () => {
    const { page } = app;
    numbers.correction = await registerRequest(page, {
      name: 'Жұмабаев Ерлан Серікұлы',
      iinPrefix: '870707',
      language: 'kk',
      received: '2026-11-20T10:00',
      types: ['Change and supplement (correction)'],
    });
    await record(page, 'kz.correction.change', 'Reasoned refusal', '2026-11-23T10:30', async (f) => {
      await f.locator('.grounds input[value="kz-identity-not-confirmed"]').check();
    });
    await saveAfterIssue('refusal-correction-kk', offer(page, 'refusal-letter'));
  });

  it('RF unlawful processing: blocked at once, R8/R9 from detection; one destruction on Art. 21 p.3 is confirmed', async () => {
    const { page } = app;
    numbers.unlawful = await registerRequest(page, {
      name: 'Петров Игорь Васильевич',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Unlawful processing detected'],
      rfSubject: true,
    });
    for (const rule of ['ru.block', 'ru.unlawful.stop', 'ru.unlawful.destroy']) expect(await obligation(page, rule).count()).toBe(1);
    await record(page, 'ru.block', 'Blocked', '2026-11-20T10:05');
    await record(page, 'ru.unlawful.destroy', 'Destroyed', '2026-11-23T11:40');
    await expect.poll(() => obligation(page, 'ru.unlawful.destroy').getByTestId('outcome').textContent()).toBe(' · fulfilled');
    await saveAfterIssue('rf-unlawful-destroyed-ru', offer(page, 'confirmation-destroyed'));
  });

  it('R13: the stop of processing is extended before its deadline; the notice cites Art. 21 p.5.1', async () => {
    const { page } = app;
    numbers.stop = await registerRequest(page, {
      name: 'Соколова Анна Павловна',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Demand to stop processing'],
      rfSubject: true,
    });
    await record(page, 'ru.stop-processing.stop', 'Extend (reasoned notice)', '2026-11-23T09:00', async (f) => {
      await f
        .locator('textarea[name="actionNote"]')
        .fill('данные обрабатываются в трёх информационных системах, прекращение требует согласования с банком-партнёром');
    });
    await saveAfterIssue('extension-stop-ru', offer(page, 'extension-notice'));
  });

  it('R5: the answer to Roskomnadzor’s request is extended; the notice goes to Roskomnadzor and cites Art. 20 p.4', async () => {
    const { page } = app;
    numbers.rkn = await registerRequest(page, {
      name: 'Петров Игорь Васильевич',
      language: 'ru',
      received: '2026-11-20T10:00',
      types: ['Request of the authorized body'],
      rfSubject: true,
    });
    await record(page, 'ru.authority-request.answer', 'Extend (reasoned notice)', '2026-11-23T09:30');
    await saveAfterIssue('extension-rkn-ru', offer(page, 'extension-notice'));
  });

  it('K14: the KZ authorized body’s request runs on the term the body set, entered at intake', async () => {
    const { page } = app;
    await page.locator('nav a[data-area="cases"]').click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Комитет по информационной безопасности');
    await page.getByLabel('E-mail', { exact: true }).fill('kib@example.kz');
    await page.getByLabel(/Received at/).fill('2026-11-20T10:00');
    await page.getByLabel('Request of the KZ authorized body (while it handles a complaint)', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Give the term the authorised body set in its request.');
    await page.getByLabel(/Term set by the authorised body/).fill('5');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('case-number').waitFor();
    // 5 WD from Fri 20.11.2026 → Fri 27.11.2026 18:00 (the default [I] 10 WD would end 04.12).
    expect(await obligation(page, 'kz.authority-request.answer').getByTestId('due').textContent()).toBe('due 27.11.2026 18:00 (Asia/Almaty)');
    expect(await obligation(page, 'kz.authority-request.answer').getByTestId('body-term').textContent()).toBe(
      'Term set by the authorised body in its request: 5 working days',
    );
  });

  it('R2: an RF citizen’s second access request within 30 days is flagged with the first', async () => {
    const { page } = app;
    const spec = { name: 'Орлов Пётр Ильич', iinPrefix: '850505', language: 'ru' as const, types: ['Access to personal data'], rfSubject: true };
    const first = await registerRequest(page, { ...spec, received: '2026-11-02T10:00' });
    expect(await page.getByTestId('repeat-request').count()).toBe(0);
    await registerRequest(page, { ...spec, received: '2026-11-20T10:00' });
    await expect.poll(() => page.getByTestId('repeat-request').textContent()).toContain(first);
    expect(await page.getByTestId('repeat-request').textContent()).toContain('allowed from 02.12.2026');
    expect(await axeViolations(page, 'case (repeat request)')).toEqual([]);
    await obligation(page, 'ru.access.provide').getByRole('button', { name: 'Reasoned refusal', exact: true }).click();
    expect(await page.getByTestId('action-form').locator('.grounds input[value="ru-repeat-request"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  async function saveAfterIssue(name: string, item: ReturnType<typeof offer>): Promise<string> {
    await issueFromCase(app.page, item, `decisions-${name}`);
    return saveIssued(app.page, item, `${name}.pdf`);
  }

  it.skipIf(!POPPLER)('the letters read back with the basis of their outcome, the term and the date of destruction', () => {
    const read = (name: string) => {
      const file = path.join(DOCS_DIR, `${name}.pdf`);
      pngPages(file);
      return pdfText(file);
    };
    const kk = read('refusal-destruction-kk');
    expect(kk).toContain('Сәрсенбаева Айгерім Жиһанқызы');
    expect(kk).toContain('24-бабы 1-тармағының 4) тармақшасы');
    expect(kk).toContain('11-баптың 4-тармағы');
    expect(kk).toContain('3 жұмыс күні');
    expect(kk).toContain('белгіленген мерзімде');
    expect(kk).not.toContain('25-бабы 2-тармағының 7) тармақшасы');

    const ru = read('refusal-destruction-ru');
    expect(ru).toContain('Ковалёв Дмитрий Сергеевич');
    expect(ru).toContain('пп. 4) п. 1 ст. 24, п. 2 ст. 12 Закона РК № 94-V');
    expect(ru).toContain('ст. 11 п. 4');
    expect(ru).toContain('Установленный срок ответа: 3 рабочих дня — до 25.11.2026 18:00');
    expect(ru).toContain('в установленный срок');
    expect(ru).not.toContain('пп. 7) п. 2 ст. 25');

    const restriction = read('restriction-destruction-ru');
    expect(restriction).toContain('об ограничении доступа к персональным данным вместо их удаления');
    expect(restriction).toContain('п. 3 ст. 41 Цифрового кодекса Республики Казахстан');
    expect(restriction).toContain('24.11.2031');
    expect(restriction).toContain('Доступ к персональным данным ограничен');

    const correction = read('refusal-correction-kk');
    expect(correction).toContain('Жұмабаев Ерлан Серікұлы');
    expect(correction).toContain('25-бабы 2-тармағы 8) тармақшасының екінші абзацы');
    expect(correction).not.toContain('25-бабы 2-тармағының 7) тармақшасы;');

    const unlawful = read('rf-unlawful-destroyed-ru');
    expect(unlawful).toContain('ч. 3 ст. 21 Федерального закона № 152-ФЗ');
    expect(unlawful).toContain('ст. 25 п. 2 пп. 8) абз. четвёртый, ст. 24 п. 1 пп. 4) Закона РК № 94-V');
    expect(unlawful).not.toContain('ч. 3–5 ст. 21');

    const extension = read('extension-stop-ru');
    expect(extension).toContain('ч. 5.1 ст. 21 Федерального закона от 27.07.2006 № 152-ФЗ');
    expect(extension).not.toContain('ч. 3 ст. 14');
    expect(extension).toContain('данные обрабатываются в трёх информационных системах');

    const rkn = read('extension-rkn-ru');
    expect(rkn).toContain('Роскомнадзор');
    expect(rkn).toContain('ч. 4 ст. 20 Федерального закона от 27.07.2006 № 152-ФЗ');
    expect(rkn).not.toContain('ч. 3 ст. 14');
    expect(rkn).not.toContain('Уважаем');
    expect(rkn).not.toContain('Субъекту персональных данных');

    const consent = read('confirmation-consent-destroyed-ru');
    expect(consent).toContain('ст. 8 п. 7, ст. 24 п. 1 пп. 5) Закона РК № 94-V');
    expect(consent).not.toContain('ст. 25 п. 2 пп. 8) абз. четвёртый; ст. 18');
    expect(consent).toContain(numbers.consent);
  });
});
