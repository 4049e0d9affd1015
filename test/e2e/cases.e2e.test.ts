import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kzControlDigit } from '../../shared/validation';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

function validIin(prefix: string): string {
  for (let s = 1000; ; s++) {
    const eleven = `${prefix}${s}`;
    const control = kzControlDigit([...eleven].map(Number));
    if (control !== null) return `${eleven}${control}`;
  }
}

const obligation = (page: Page, ruleId: string) => page.locator(`[data-testid="obligation"][data-rule="${ruleId}"]`);

async function act(page: Page, ruleId: string, button: string, at: string, extra?: (page: Page) => Promise<void>) {
  await obligation(page, ruleId).getByRole('button', { name: button, exact: true }).click();
  const form = page.getByTestId('action-form');
  await form.locator('input[name="actionAt"]').fill(at);
  await form.locator('textarea[name="actionNote"]').fill(`${button} — CRM, ticket 4471`);
  if (extra) await extra(page);
  await form.getByRole('button', { name: 'Record' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('a blocking request, end to end', () => {
  it('intake rejects a bad IIN, then block → confirmed → destroy on its own clock, all audited', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.getByRole('button', { name: 'New request' }).click();
    const iin = validIin('9003154');
    const badIin = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    await page.getByLabel('Full name *').fill('Ерлан Сапаров');
    await page.getByLabel('IIN', { exact: true }).fill(badIin);
    await page.getByLabel('E-mail', { exact: true }).fill('erlan@example.kz');
    await page.getByLabel(/Received at/).fill('2025-03-07T16:40');
    await page.getByLabel('Blocking', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    // The field's own message, and the one summary alert that lists it.
    await expect.poll(() => page.getByText('This IIN is not valid: its control digit does not match.', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Nothing was saved: correct the fields marked above.').count()).toBe(1);
    expect(await page.getByRole('alert').allTextContents()).toEqual([
      'Nothing was saved: correct the fields marked above.IIN: This IIN is not valid: its control digit does not match.',
    ]);
    await screenshot(page, 'intake-bad-iin-en');
    const iinInput = page.getByLabel('IIN', { exact: true });
    expect(await iinInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await iinInput.getAttribute('aria-describedby'))!.replace(/:/g, '\\:')}`).textContent()).toBe(
      'This IIN is not valid: its control digit does not match.',
    );
    await iinInput.fill(iin);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await page.getByTestId('case-number').textContent()).toMatch(/^DSR-\d{4}-000001$/);

    const block = obligation(page, 'kz.block');
    expect(await block.getByTestId('due').textContent()).toBe('due 11.03.2025 18:00 (Asia/Almaty)');
    await block.locator('summary').click();
    const trace = await block.locator('.trace li').allTextContents();
    expect(trace.join('\n')).toMatch(/07\.03\.2025 16:40/);
    expect(trace.join('\n')).toMatch(/11\.03\.2025/);
    await screenshot(page, 'case-blocking-en');

    await act(page, 'kz.block', 'Blocked', '2025-03-10T11:00');
    await act(page, 'kz.block', 'Violation confirmed', '2025-03-11T09:30');
    const destroy = obligation(page, 'kz.destroy');
    await destroy.waitFor();
    expect(await destroy.getByTestId('due').textContent()).toBe('due 12.03.2025 18:00 (Asia/Almaty)');
    await act(page, 'kz.destroy', 'Destroyed', '2025-03-12T15:00');
    await expect.poll(() => destroy.locator('.countdown').textContent()).toMatch(/done 12\.03\.2025 15:00 · in time/);
    expect(await block.locator('.countdown').textContent()).toMatch(/in time/);
    await screenshot(page, 'case-destroyed-en');

    const history = await page.getByTestId('case-history').locator('li').allTextContents();
    // Each entry names who acted (no person is named in the profile here: the DPO).
    expect(history.every((h) => h.endsWith(' · DPO'))).toBe(true);
    expect(
      history.map(
        (h) =>
          h
            .replace(/^#\d+ \S+ \S+ — /, '')
            .replace(/ · DPO$/, '')
            .split(':')[0],
      ),
    ).toEqual(['Request registered', 'Blocked', 'Violation confirmed', 'Destroyed']);

    await page.locator('nav a[data-area="register"]').click();
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect.poll(() => page.getByTestId('integrity-result').textContent()).toBe('Intact: 4 entries verified.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, row] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe('Number;Received;Received via;Subject;Request;Deadlines met;Deadlines missed;Deadlines open;Status;Outcome;Reply date;Registered by');
    expect(row).toMatch(/^DSR-\d{4}-000001;07\.03\.2025 16:40;E-mail;Ерлан Сапаров;Blocking;2;0;0;Open;;12\.03\.2025 15:00;DPO$/);
    // The closing line carries the audit trail's anchor at the export.
    expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(/^Audit trail anchor;#4;[0-9a-f]{64}$/);
    await screenshot(page, 'register-en');
    // Someone edits the trail behind the app's back: the check names the entry.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('qorgau');
          open.onsuccess = () => {
            const tx = open.result.transaction('audit', 'readwrite');
            const store = tx.objectStore('audit');
            const get = store.get(2);
            get.onsuccess = () => store.put({ ...get.result, actor: 'someone else' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
    );
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect
      .poll(() => page.getByTestId('integrity-result').textContent())
      .toBe('Broken at entry #2 (its content was changed). The 1 entry before it is intact.');
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('a refusal needs grounds and is an outcome of the one access duty (no twin clock)', async () => {
    const { page, context } = await suite.open();
    await page.getByRole('button', { name: 'РУС', exact: true }).click();
    await page.getByRole('button', { name: 'Новое обращение' }).click();
    await page.getByLabel('ФИО *').fill('Айгерім Сейітқызы');
    await page.getByLabel('Почтовый адрес').fill('Алматы, ул. Абая, 1');
    await page.getByLabel(/Получено/).fill('2026-11-20T10:00');
    await page.getByLabel('Доступ к персональным данным').check();
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    await page.getByTestId('case-number').waitFor();
    expect(await obligation(page, 'kz.access.provide').getByTestId('due').textContent()).toBe('срок 25.11.2026 18:00 (Asia/Almaty)');
    expect(await obligation(page, 'kz.access.refuse').count()).toBe(0);
    await obligation(page, 'kz.access.provide').getByRole('button', { name: 'Мотивированный отказ' }).click();
    const form = page.getByTestId('action-form');
    await form.locator('input[name="actionAt"]').fill('2026-11-21T10:00');
    await form.getByRole('button', { name: 'Записать' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Выберите хотя бы одно основание: отказ должен быть мотивированным.');
    await form.locator('.grounds input[type="checkbox"]').first().check();
    await form.getByRole('button', { name: 'Записать' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => obligation(page, 'kz.access.provide').locator('.countdown').textContent()).toMatch(/в срок · мотивированный отказ$/);
    // Closing is confirmed; with every duty answered, nothing stays open.
    await page.getByRole('button', { name: 'Закрыть дело…', exact: true }).click();
    const confirm = page.getByTestId('close-confirm');
    expect(await confirm.textContent()).toContain('Все обязанности исполнены или по ним дан ответ.');
    await confirm.getByRole('button', { name: 'Закрыть дело', exact: true }).click();
    await expect.poll(() => page.locator('.badge--closed').count()).toBe(1);
    expect(await obligation(page, 'kz.access.provide').getByRole('button', { name: 'Мотивированный отказ' }).count()).toBe(0);
    await screenshot(page, 'case-refused-closed-ru');
    await context.close();
  });
});
