/**
 * The record as evidence, end to end in Chromium against the built renderer: a deputy named in the profile acts
 * (the history names her), a letter and an act are issued and carry the audit anchor, the case file is printed in
 * Russian (test-results/documents/case-file-ru.pdf, read back with pdftotext and drawn as PNG pages), and then the
 * database is edited behind the app's back with the raw IndexedDB API: Verify integrity names the record, and
 * then the entries removed after the anchor.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type AppPage } from './harness/browser';
import { DOCS_DIR, POPPLER, fillProfile, issueFromCase, offer, pdfAnchor, pdfText, pngPages, record, registerRequest, saveIssued } from './harness/case-flow';
import { appSuite } from './harness/suite';

const suite = appSuite();

/** Changes rows or removes audit entries with the raw IndexedDB API, as someone with the database files could. */
async function tamper(page: Page, change: { store: string; key: string | number; set?: Record<string, unknown>; remove?: boolean }[]) {
  await page.evaluate(
    (changes) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('qorgau');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...new Set(changes.map((c) => c.store))], 'readwrite');
          for (const c of changes) {
            const store = tx.objectStore(c.store);
            if (c.remove) {
              store.delete(c.key);
              continue;
            }
            const get = store.get(c.key);
            get.onsuccess = () => store.put({ ...get.result, ...c.set });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    change,
  );
}

/** Reads rows with the raw IndexedDB API. */
const rows = (page: Page, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('qorgau');
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    store,
  );

describe('the case record as evidence: who acted, the anchor on every PDF, the case file, tampering found', () => {
  let app: AppPage;
  let caseNumber = '';
  beforeAll(async () => {
    app = await suite.open({ fixedTime: new Date('2026-11-23T07:00:00Z') });
  });
  afterAll(async () => {
    await app?.context.close();
  });

  it('a deputy named in the profile is chosen in Settings and the history names her', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await fillProfile(page);
    const profile = page.getByTestId('org-profile');
    await profile.getByRole('button', { name: 'Add a deputy' }).click();
    await profile.getByLabel('Deputy 1: full name').fill('Серікова Дана Маратқызы');
    await profile.getByLabel('Deputy 1: position (kk)').fill('Дербес деректерді қорғау жөніндегі маман');
    await profile.getByLabel('Deputy 1: position (ru)').fill('Специалист по защите персональных данных');
    await profile.getByRole('button', { name: 'Save the profile' }).click();
    await expect.poll(() => profile.getByRole('status').textContent()).toBe('The organisation profile is saved.');
    const acts = page.getByTestId('act-defaults');
    await acts.getByRole('button', { name: 'Add a category' }).click();
    await acts.getByLabel('Category (kk)').fill('тегі, аты, ЖСН, байланыс деректері');
    await acts.getByLabel('Category (ru)').fill('фамилия, имя, ИИН, контактные данные');
    await acts.getByLabel('Information systems').fill('CRM «Bitrix24»');
    await acts.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => acts.getByRole('status').textContent()).toBe('Act settings are saved.');

    await page.locator('nav a[data-area="settings"]').click();
    await page.getByRole('combobox', { name: 'Who is acting' }).selectOption('Серікова Дана Маратқызы');
    await expect.poll(() => page.getByText('Now acting: Серікова Дана Маратқызы.').count()).toBe(1);

    caseNumber = await registerRequest(page, { name: 'Ковалёв Дмитрий Сергеевич', language: 'ru', received: '2026-11-16T10:00', types: ['Blocking'] });
    await record(page, 'kz.block', 'Blocked', '2026-11-17T11:00');
    const history = page.getByTestId('case-history').locator('li');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.allTextContents()).toEqual([
      expect.stringContaining('Request registered · Серікова Дана Маратқызы'),
      expect.stringContaining('Blocked: Blocked: CRM, ticket 4471 · Серікова Дана Маратқызы'),
    ]);
  });

  it.skipIf(!POPPLER)('a letter and an act issued from the case each print the audit anchor at issue', async () => {
    const { page } = app;
    const letterItem = offer(page, 'confirmation-blocked');
    await issueFromCase(page, letterItem, 'integrity-letter-preview-en');
    const letter = pdfAnchor(await saveIssued(page, letterItem, 'integrity-confirmation-blocked.pdf'));

    await record(page, 'kz.block', 'Violation confirmed', '2026-11-17T14:30');
    await record(page, 'kz.destroy', 'Destroyed', '2026-11-18T16:00');
    const actItem = offer(page, 'destruction-act');
    // Annex 1 is the information system's log of the destruction (RKN Order 179 p.5): one row for the subject.
    await issueFromCase(page, actItem, 'integrity-act-preview-en', async (draft) => {
      const log = draft.getByTestId('system-log');
      await log.locator('input[name="logSubject"]').fill('Ковалёв Дмитрий Сергеевич');
      await log.locator('input[name="logCategories"]').fill('contacts');
      await log.locator('input[name="logReason"]').fill('UNLAWFUL_PROCESSING');
      await log.locator('input[name="logAt"]').fill('2026-11-18T16:00');
      await log.getByRole('button', { name: 'Add the row' }).click();
    });
    const act = pdfAnchor(await saveIssued(page, actItem.getByTestId('issued-document'), 'integrity-act.pdf'));
    // The act was issued later on the same trail: a further entry.
    expect(act.seq).toBeGreaterThan(letter.seq);
    const audit = await rows(page, 'audit');
    expect(String(audit.find((e) => e['seq'] === letter.seq)?.['hash'])).toMatch(new RegExp(`^${letter.hash}`));
    expect(String(audit.find((e) => e['seq'] === act.seq)?.['hash'])).toMatch(new RegExp(`^${act.hash}`));
    // The act's annex names who acted.
    expect(pdfText(path.join(DOCS_DIR, 'integrity-act.pdf'))).toContain('Серікова Дана Маратқызы');
  });

  it('prints the case file in Russian with its obligations, documents, audit extract and anchor', async () => {
    const { page } = app;
    const panel = page.getByRole('region', { name: 'Print case file' });
    await panel.getByLabel('Language of the case file').selectOption('ru');
    mkdirSync(DOCS_DIR, { recursive: true });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Print case file' }).click()]);
    const file = path.join(DOCS_DIR, 'case-file-ru.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'integrity-case-file-en');
    if (!POPPLER) return;
    pngPages(file);
    const text = pdfText(file);
    expect(text).toContain(`Дело по обращению ${caseNumber}`);
    expect(text).toContain('Ковалёв Дмитрий Сергеевич');
    expect(text).toContain('Выписка из журнала действий');
    expect(text.replace(/\s/g, '')).toContain('DPO/2026/0001');
    expect(text.replace(/\s/g, '')).toContain('DPO-ACT/2026/0001');
    expect(text).toContain('Документ выпущен: № DPO/2026/0001');
    const head = (await rows(page, 'audit')).map((e) => ({ seq: Number(e['seq']), hash: String(e['hash']) })).sort((a, b) => b.seq - a.seq)[0]!;
    expect(pdfAnchor(file)).toEqual({ seq: head.seq, hash: head.hash.slice(0, 16) });
    const documents = await rows(page, 'documents');
    for (const doc of documents) expect(text.replace(/\s/g, '')).toContain(String(doc['sha256']));
  });

  it('an obligation edited in IndexedDB is named by Verify integrity; so are audit entries removed after the anchor', async () => {
    const { page } = app;
    await page.locator('nav a[data-area="register"]').click();
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect.poll(() => page.getByTestId('integrity-report').getAttribute('class')).toBe('status status--ok');

    const destroy = (await rows(page, 'obligations')).find((o) => o['ruleId'] === 'kz.destroy')!;
    await tamper(page, [{ store: 'obligations', key: String(destroy['id']), set: { dueAt: '2030-11-20T13:00:00.000Z' } }]);
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    const findings = page.getByTestId('integrity-findings').locator('li');
    await expect
      .poll(() => findings.allTextContents())
      .toEqual([expect.stringMatching(new RegExp(`^Obligation kz\\.destroy of case ${caseNumber}: changed outside the app`))]);
    expect(await page.getByTestId('integrity-result').textContent()).toMatch(/^Intact: \d+ entries verified\.$/);
    await screenshot(page, 'integrity-record-changed-en');

    const audit = (await rows(page, 'audit')).map((e) => Number(e['seq'])).sort((a, b) => a - b);
    const last = audit[audit.length - 1]!;
    await tamper(page, [
      { store: 'audit', key: last, remove: true },
      { store: 'audit', key: last - 1, remove: true },
    ]);
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect
      .poll(() => findings.allTextContents())
      .toContainEqual(expect.stringMatching(new RegExp(`^The trail ends at entry №${last - 2}, but entry #${last} · [0-9a-f]{16} was seen`)));
    await screenshot(page, 'integrity-truncated-en');
  });
});
