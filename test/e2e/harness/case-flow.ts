/** Steps of a case in the UI shared by the decision e2e tests: profile, intake, actions, issuing and saving a PDF. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { kzControlDigit } from '../../../shared/validation';
import { RESULTS_DIR, pdfPreviewDrawn, screenshot } from './browser';

export const DOCS_DIR = path.join(RESULTS_DIR, 'documents');
const has = (tool: string) => ['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(path.join(dir, tool)));
export const POPPLER = has('pdftotext') && has('pdftoppm');

/** A valid 12-digit number with the two-pass mod-11 control digit (IIN and BIN share it). */
export function withControl(prefix: string): string {
  for (let s = 1; ; s++) {
    const eleven = `${prefix}${String(s).padStart(11 - prefix.length, '0')}`;
    const control = kzControlDigit([...eleven].map(Number));
    if (control !== null) return `${eleven}${control}`;
  }
}

export const obligation = (page: Page, ruleId: string) => page.locator(`[data-testid="obligation"][data-rule="${ruleId}"]`);

/** Records an action on an obligation (English interface). */
export async function record(page: Page, ruleId: string, button: string, at: string, extra?: (form: Locator) => Promise<void>) {
  await obligation(page, ruleId).getByRole('button', { name: button, exact: true }).click();
  const form = page.getByTestId('action-form');
  await form.locator('input[name="actionAt"]').fill(at);
  await form.locator('textarea[name="actionNote"]').fill(`${button}: CRM, ticket 4471`);
  if (extra) await extra(form);
  await form.getByRole('button', { name: 'Record' }).click();
  await form.waitFor({ state: 'detached' });
}

/** The organisation profile of a payment organisation (an e-wallet), English interface. */
export async function fillProfile(page: Page, kind = 'payment-organisation') {
  await page.locator('nav a[data-area="settings"]').click();
  const profile = page.getByTestId('org-profile');
  const group = (name: string) => profile.getByRole('group', { name, exact: true });
  const operator = group('Operator');
  await operator.getByLabel('Legal name (kk)').fill('«Қорғау Төлем» жауапкершілігі шектеулі серіктестігі');
  await operator.getByLabel('Legal name (ru)').fill('Товарищество с ограниченной ответственностью «Коргау Толем»');
  await operator.getByLabel('Kind of operator').selectOption(kind);
  await operator.getByLabel('Address (kk)').fill('050040, Алматы қ., Әл-Фараби даңғылы, 77/8');
  await operator.getByLabel('Address (ru)').fill('050040, г. Алматы, пр. Аль-Фараби, 77/8');
  await operator.getByLabel('Place on documents (city) (kk)').fill('Алматы қ.');
  await operator.getByLabel('Place on documents (city) (ru)').fill('г. Алматы');
  await operator.getByLabel('BIN').fill(withControl('090540'));
  const dpo = group('Person responsible for organising the processing of personal data');
  await dpo.getByLabel('Full name').fill('Омарова Сәуле Түркістанқызы');
  await dpo.getByLabel('Position (kk)').fill('Дербес деректерді қорғау қызметінің басшысы');
  await dpo.getByLabel('Position (ru)').fill('Руководитель службы защиты персональных данных');
  await dpo.getByLabel('E-mail').fill('dpo@qorgau-tolem.kz');
  await dpo.getByLabel('Phone').fill('+7 727 355 00 00');
  const body = group('Authorised body for personal data protection');
  await body.getByLabel('Name (kk)').fill('ҚР ЦДИАӨМ Ақпараттық қауіпсіздік комитеті');
  await body.getByLabel('Name (ru)').fill('Комитет по информационной безопасности МЦРИАП РК');
  await body.getByLabel('Address (kk)').fill('010000, Астана қ., Мәңгілік Ел даңғылы, 55/14');
  await body.getByLabel('Address (ru)').fill('010000, г. Астана, пр. Мангилик Ел, 55/14');
  await profile.getByRole('button', { name: 'Save the profile' }).click();
  await expect.poll(() => profile.getByRole('status').textContent()).toBe('The organisation profile is saved.');
}

export interface RequestSpec {
  readonly name: string;
  readonly iinPrefix?: string;
  readonly language: 'kk' | 'ru';
  readonly received: string;
  readonly types: readonly string[];
  readonly rfSubject?: boolean;
}

/** Registers a request through the intake form; returns its number. */
export async function registerRequest(page: Page, spec: RequestSpec): Promise<string> {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(spec.name);
  if (spec.iinPrefix) await page.getByLabel('IIN', { exact: true }).fill(withControl(spec.iinPrefix));
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(spec.received);
  await page.getByLabel('Language of the request *').selectOption(spec.language);
  if (spec.rfSubject) await page.getByLabel('Citizen of the Russian Federation (152-FZ applies as well)').check();
  for (const type of spec.types) await page.getByLabel(type, { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  return (await page.getByTestId('case-number').textContent()) ?? '';
}

export const offer = (page: Page, kind: string) => page.getByTestId('case-documents').locator(`li[data-kind="${kind}"]`);

/** Prepare → (fill) → Preview → Issue on the case screen, for one offer; returns the number issued. */
export async function issueFromCase(page: Page, item: Locator, shot: string, fill?: (draft: Locator) => Promise<void>): Promise<string> {
  await item.getByRole('button', { name: 'Prepare' }).click();
  const draft = item.getByTestId('doc-draft');
  if (fill) await fill(draft);
  await draft.getByRole('button', { name: 'Preview' }).click();
  await draft.getByTestId('doc-preview').waitFor();
  const issue = draft.getByRole('button', { name: /^Issue № / });
  const number = ((await issue.textContent()) ?? '').replace('Issue № ', '');
  await draft.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await pdfPreviewDrawn(draft.getByTestId('doc-preview'));
  await screenshot(page, shot);
  await issue.click();
  await draft.waitFor({ state: 'detached' });
  await item
    .getByTestId('issued-document')
    .filter({ hasText: `№ ${number}` })
    .waitFor();
  return number;
}

/** Clicks Save on the issued document and keeps the download under test-results/documents/. */
export async function saveIssued(page: Page, scope: Locator, fileName: string): Promise<string> {
  mkdirSync(DOCS_DIR, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Save', exact: true }).click()]);
  const file = path.join(DOCS_DIR, fileName);
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Every issued PDF carries the audit trail's anchor at issue.
  if (POPPLER) pdfAnchor(file);
  return file;
}

/** The PDF's text on one line (pdftotext -raw). */
export const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** The PDF's pages as PNG (60 dpi) beside it, under png/. */
export function pngPages(file: string) {
  const prefix = path.join(DOCS_DIR, 'png', path.basename(file, '.pdf'));
  mkdirSync(path.dirname(prefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
}

/**
 * The audit trail's anchor every issued PDF prints (shared/audit/anchor.ts anchorLine): the entry number and the
 * first 16 hex digits of the head hash at issue. Fails when the PDF does not carry it.
 */
export function pdfAnchor(file: string): { readonly seq: number; readonly hash: string } {
  const match = /Журнал аудита #(\d+) · ([0-9a-f]{16})/.exec(pdfText(file));
  expect(match, `${path.basename(file)} carries the audit anchor`).not.toBeNull();
  return { seq: Number(match![1]), hash: match![2]! };
}
