/**
 * The register of processing activities in Chromium: the microfinance starter, an edited activity (a new
 * version), a CSV of relationships (a bad line reported by number, the valid rows imported), the destruction
 * queue with a held-back subject, groups counted and opened on demand, a large group paged; screenshots of the
 * register and the queue in kk, ru and en; axe-clean. A whole group and a row are chosen for an act of scheduled
 * destruction: the held-back subject is left out and reported before issuing (act-retention-ru.pdf); from the list
 * of issued acts it is marked destroyed (a time before its issue refused), its signed scan attached and saved back,
 * and the systems' log extract imported as annex 1 (a bad row refused; act-retention-annex1-ru.pdf with the
 * discrepancies).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { RESULTS_DIR } from './harness/browser';
import { appSuite } from './harness/suite';
import { fillProfile, issueFromCase, obligation, offer, pdfText, pngPages, POPPLER, registerRequest, saveIssued, withControl } from './harness/case-flow';

const suite = appSuite();

/** The RF citizen of the export, who asks for access. */
const IVANOV = withControl('9001013');

async function sectionShot(section: Locator, name: string): Promise<void> {
  const dir = path.join(RESULTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** 120 ended debt-recovery relationships (a group larger than a page). */
const DEBTORS = Array.from({ length: 120 }, (_, k) => {
  const iin = withControl(`7501${String(1 + Math.floor(k / 100)).padStart(2, '0')}3${String(k % 100).padStart(2, '0')}`);
  const n = String(k + 1).padStart(3, '0');
  return `${iin};Должник ${n};DR-${n};debt-recovery;01.02.2015;01.02.2018;;0`;
});

/** Opens a group of the queue (its toggle says whether it is open). */
async function openGroup(queue: Locator, key: string): Promise<Locator> {
  const group = queue.locator(`[data-group="${key}"]`).first();
  const toggle = group.locator('button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  return group;
}

const CSV = [
  'ИИН;ФИО;Договор;Код;Открыт;Закрыт;Последняя операция;Гражданин РФ',
  '850315300108;Серікова Айгүл;MK-2019-001;microloan-contract;02.04.2019;15.03.2020;;0',
  `${IVANOV};Иванов Пётр Сергеевич;MK-2019-002;microloan-contract;10.01.2019;20.01.2020;;1`,
  `${IVANOV};Иванов Пётр Сергеевич;MK-2025-310;microloan-contract;01.09.2025;;;1`,
  '771212300400;Ахметов Ерлан;AML-18-77;aml-fraud;05.05.2018;;30.11.2019;0',
  '850315300109;Қате ЖСН;MK-2019-003;microloan-contract;02.04.2019;15.03.2020;;0',
  ...DEBTORS,
].join('\r\n');

describe('the register of processing activities', () => {
  it('starts from the microfinance starter, is edited, takes a CSV of relationships and shows the destruction queue', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a[data-area="processing"]').click();
    await page.getByRole('button', { name: 'Microfinance organisation' }).click();
    await expect.poll(() => page.getByTestId('register-status').textContent()).toMatch(/Saved as version 1/);

    await page.getByRole('button', { name: 'Edit activity microloan-contract' }).click();
    const form = page.getByTestId('activity-form');
    const dataList = form.getByLabel(/^List of data \(ru\)/);
    await dataList.fill(`${await dataList.inputValue()}, IBAN счёта для выдачи`);
    await form.getByLabel(/^Reason for the change/).fill('Приказ № 12 от 01.12.2026');
    await form.getByRole('button', { name: 'Save as a new version' }).click();
    await expect.poll(() => page.getByTestId('register-status').textContent()).toMatch(/Saved as version 2/);
    expect(await page.getByTestId('register-table').textContent()).toContain('microloan-contract');

    const importCard = page.getByTestId('relationship-import');
    await importCard.getByLabel('Information system').fill('1C-MFO');
    await page.getByTestId('relationship-file').setInputFiles({ name: 'mfo-export.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}`) });
    const mapping: Record<string, string> = {
      iin: 'ИИН',
      name: 'ФИО',
      contractNo: 'Договор',
      activity: 'Код',
      opened: 'Открыт',
      ended: 'Закрыт',
      lastOperation: 'Последняя операция',
      rfCitizen: 'Гражданин РФ',
    };
    for (const [field, column] of Object.entries(mapping)) await importCard.locator(`select[data-field="${field}"]`).selectOption(column);
    await importCard.getByRole('button', { name: 'Check the rows' }).click();
    const report = page.getByTestId('relationship-report');
    await expect.poll(() => report.textContent()).toContain('Not a valid IIN');
    expect(await report.locator('tbody tr').first().locator('td').first().textContent()).toBe('6');
    await importCard.getByRole('button', { name: /Import the valid rows only/ }).click();
    await expect.poll(() => page.getByTestId('relationship-status').textContent()).toBe('Imported 124 relationships.');

    const queue = page.getByTestId('destruction-queue');
    // Groups are counted; the first opens, the large one after it stays closed, the rest open on demand.
    await expect
      .poll(() => queue.getByTestId('queue-summary').textContent())
      .toBe('123 relationships due in 3 group(s). Open a group to see its rows, a page at a time.');
    expect(await queue.locator('[data-bucket="overdue"] h3').textContent()).toBe('Overdue — 123 relationships');
    const debts = queue.locator('[data-group="overdue:debt-recovery:1C-MFO"]').first();
    expect(await debts.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('false');
    expect(await debts.locator('button[aria-expanded]').textContent()).toMatch(/· 1C-MFO — 120 relationships$/);
    expect(await debts.locator('tbody tr').count()).toBe(0);
    await openGroup(queue, 'overdue:microloan-contract:1C-MFO');
    await expect.poll(() => queue.locator('[data-bucket="overdue"] tbody tr').count()).toBe(3);
    const held = queue.locator('tr[data-held="true"]');
    expect(await held.count()).toBe(1);
    expect(await held.textContent()).toContain('held back: contract MK-2025-310 still in force (Art. 8 p.2)');

    // The large group, a page at a time: counts announced, keyboard paging, choosing a page.
    await openGroup(queue, 'overdue:debt-recovery:1C-MFO');
    const status = debts.getByTestId('queue-page-status');
    await expect.poll(() => status.textContent()).toBe('Rows 1–50 of 120; 0 of them held back.');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await debts.locator('tbody tr').count()).toBe(50);
    expect(await debts.locator('tbody tr').first().textContent()).toContain('DR-');
    const next = debts.getByRole('button', { name: 'Next page' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Rows 51–100 of 120; 0 of them held back.');
    await next.click();
    await expect.poll(() => status.textContent()).toBe('Rows 101–120 of 120; 0 of them held back.');
    expect(await debts.locator('tbody tr').count()).toBe(20);
    expect(await next.isDisabled()).toBe(true);
    await debts.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => status.textContent()).toBe('Rows 51–100 of 120; 0 of them held back.');
    const seen = new Set(await debts.locator('tbody tr td:nth-child(3)').allTextContents());
    expect(seen.size).toBe(50);
    await debts.getByRole('checkbox', { name: /^Choose every row of this page not held back: / }).check();
    await expect.poll(() => queue.getByTestId('queue-chosen').textContent()).toBe('Chosen: 50 relationships (subjects held back are left out at the act).');
    expect(await axeViolations(page, 'processing-register')).toEqual([]);
    await debts.getByRole('checkbox', { name: /^Choose every row of this page not held back: / }).uncheck();
    await expect.poll(() => queue.getByTestId('queue-chosen').textContent()).toBe('');
    await debts.locator('button[aria-expanded]').click();
    expect(await debts.locator('tbody tr').count()).toBe(0);
    for (const [button, lang] of [
      ['ENG', 'en'],
      ['РУС', 'ru'],
      ['ҚАЗ', 'kk'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await sectionShot(page.getByTestId('register-table'), `processing-register-${lang}`);
      await sectionShot(queue, `destruction-queue-${lang}`);
    }

    // The RF citizen asks for access: the answer is issued from the register, prefilled from his relationships.
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await fillProfile(page, 'microfinance-organisation');
    await registerRequest(page, {
      name: 'Иванов Пётр Сергеевич',
      iinPrefix: '9001013',
      language: 'ru',
      received: '2026-11-25T10:00',
      types: ['Access to personal data'],
      rfSubject: true,
    });
    await obligation(page, 'kz.access.provide').locator('button[data-action="provide"]').click();
    const actionForm = page.getByTestId('action-form');
    await actionForm.locator('input[name="actionAt"]').fill('2026-11-30T12:00');
    await actionForm.locator('textarea[name="actionNote"]').fill('Сведения предоставлены письмом');
    await actionForm.getByRole('button', { name: 'Record' }).click();
    await actionForm.waitFor({ state: 'detached' });
    const answer = offer(page, 'information-answer');
    const files: string[] = [];
    for (const lang of ['kk', 'ru'] as const) {
      const number = await issueFromCase(page, answer, `information-answer-draft-${lang}`, async (draft) => {
        await draft.getByRole('button', { name: lang === 'kk' ? 'Kazakh' : 'Russian', exact: true }).click();
        const ticks = draft.getByTestId('answer-activities');
        expect(await ticks.locator('input[data-activity="microloan-contract"]').isChecked()).toBe(true);
        expect(await ticks.locator('input[data-activity="marketing"]').isChecked()).toBe(false);
        await ticks.locator('input[data-activity="identification"]').check();
      });
      files.push(await saveIssued(page, answer.getByTestId('issued-document').filter({ hasText: `№ ${number}` }), `information-answer-${lang}.pdf`));
    }
    if (POPPLER) {
      const [kk, ru] = files.map((f) => pdfText(f));
      expect(kk).toContain('Біз Сіздің дербес деректеріңізді өңдейтінімізді растаймыз');
      expect(ru).toContain('Подтверждение факта обработки');
      expect(ru).toContain('11. Иные сведения');
      expect(ru).toContain('версия 2');
      expect(ru).toContain('IBAN');
      expect(ru).toContain('5 лет с окончания отношений');
      for (const f of files) pngPages(f);
    }

    // The queue → an act of scheduled destruction: the whole microloan group (one subject in it held back: his
    // open request and his loan still in force) and the AML row; then "mark destroyed".
    await page.locator('nav a[data-area="processing"]').click();
    const loans = await openGroup(queue, 'overdue:microloan-contract:1C-MFO');
    await expect.poll(() => queue.locator('[data-bucket="overdue"] tbody tr').count()).toBe(3);
    const heldBox = queue.getByRole('checkbox', { name: /contract MK-2019-002$/ });
    expect(await heldBox.isDisabled()).toBe(true);
    await loans.getByRole('checkbox', { name: /^Choose the whole group \(2 relationships\)/ }).check();
    const sericova = queue.getByRole('checkbox', { name: 'Choose Серікова Айгүл, contract MK-2019-001' });
    expect(await sericova.isChecked()).toBe(true);
    expect(await sericova.isDisabled()).toBe(true);
    await queue.getByRole('checkbox', { name: 'Choose Ахметов Ерлан, contract AML-18-77' }).check();
    const actCard = page.getByTestId('retention-act');
    expect(await actCard.textContent()).toContain('3 relationships chosen');
    await actCard.getByRole('button', { name: 'Russian', exact: true }).click();
    await actCard.getByRole('button', { name: 'Preview' }).click();
    await actCard.getByTestId('doc-preview').waitFor();
    // Shown before issuing: who went in, who was held back and why.
    expect(await actCard.getByTestId('retention-included').textContent()).toBe('2 relationships go into the act.');
    expect(await actCard.getByTestId('retention-held').textContent()).toBe(
      '1 held back and left out: 1 with an open request, 1 with another contract in force (Art. 8 p.2).',
    );
    const heldList = (await actCard.getByTestId('retention-held-list').textContent()) ?? '';
    expect(heldList).toContain('MK-2019-002');
    expect(heldList).toMatch(/held back: open request DSR-\d{4}-\d{6}/);
    expect(heldList).toContain('held back: contract MK-2025-310 still in force (Art. 8 p.2)');
    const issueButton = actCard.getByRole('button', { name: /^Issue № / });
    const actNumber = ((await issueButton.textContent()) ?? '').replace('Issue № ', '');
    await issueButton.click();
    // Issued, the act's relationships leave the queue; the act stays shown under it (focus on its heading) with
    // Save/Print/Open and the next step, and is listed among the issued acts.
    const issuedCard = queue.getByTestId('retention-act-issued');
    await expect.poll(() => issuedCard.getByRole('heading').textContent()).toBe(`Act ${actNumber} issued`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('retention-issued-title');
    expect(await issuedCard.getByTestId('retention-act-next').textContent()).toBe(
      'Its 2 relationships left the queue. Next: once the data are destroyed in the systems, mark them destroyed and attach the scan of the signed act in the list of issued acts.',
    );
    for (const name of ['Save', 'Print', 'Open']) expect(await issuedCard.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    expect(await page.getByTestId('retention-act').count()).toBe(0);
    await sectionShot(issuedCard, 'queue-act-issued-en');
    const acts = page.getByTestId('retention-acts');
    await expect.poll(() => acts.getByTestId('retention-acts-status').textContent()).toContain(`Act ${actNumber} issued`);
    const actRow = acts.locator(`tr[data-act="${actNumber}"]`);
    expect(await actRow.getByTestId('act-status').textContent()).toBe('issued, to be destroyed');
    expect(await actRow.locator('td').nth(1).textContent()).toBe('2');
    // Only the held-back row is left in the queue.
    await expect.poll(() => loans.locator('tbody tr').count()).toBe(1);
    expect(await loans.locator('tbody tr').getAttribute('data-held')).toBe('true');
    await expect
      .poll(() => queue.getByTestId('queue-summary').textContent())
      .toBe('121 relationships due in 2 group(s). Open a group to see its rows, a page at a time.');
    expect(await queue.locator('[data-group="overdue:aml-fraud:1C-MFO"]').count()).toBe(0);
    const actFile = await saveIssued(page, issuedCard, 'act-retention-ru.pdf');
    await page.getByRole('button', { name: 'ҚАЗ', exact: true }).click();
    await expect.poll(() => issuedCard.getByRole('heading').textContent()).toBe(`${actNumber} актісі ресімделді`);
    await sectionShot(issuedCard, 'queue-after-issue-kk');
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await expect.poll(() => issuedCard.getByRole('heading').textContent()).toBe(`Act ${actNumber} issued`);
    await sectionShot(issuedCard, 'queue-after-issue-en');
    expect(await axeViolations(page, 'queue-act-issued')).toEqual([]);
    // The next step: to the act's row in the list of issued acts.
    await issuedCard.getByRole('button', { name: `Go to act ${actNumber} in the list of issued acts` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-act'))).toBe(actNumber);
    // Closed, the card gives the focus back to the queue.
    await issuedCard.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('queue-title');
    expect(await queue.getByTestId('retention-act-issued').count()).toBe(0);
    await sectionShot(acts, 'retention-acts-pending-en');

    // From the list: mark destroyed — a time before the act's issue is refused and nothing is recorded.
    await actRow.getByRole('button', { name: 'Mark destroyed…' }).click();
    const markForm = acts.getByTestId('mark-destroyed-form');
    const atInput = markForm.getByLabel(/^Date and time of destruction/);
    const prefilled = await atInput.inputValue();
    await atInput.fill('2026-01-01T10:00');
    await markForm.getByLabel(/^Who destroyed the data/).fill('Жумабеков Нурлан, администратор БД');
    await markForm.getByRole('button', { name: 'Mark 2 relationships destroyed' }).click();
    await expect.poll(() => markForm.getByRole('alert').textContent()).toContain('not before the act was issued');
    expect(await axeViolations(page, 'retention-mark-form')).toEqual([]);
    expect(await actRow.getByTestId('act-status').textContent()).toBe('issued, to be destroyed');
    await atInput.fill(prefilled);
    await markForm.getByRole('button', { name: 'Mark 2 relationships destroyed' }).click();
    await expect.poll(() => acts.getByTestId('retention-acts-status').textContent()).toBe(`2 relationships marked destroyed under act ${actNumber}.`);
    await expect.poll(() => actRow.getByTestId('act-status').textContent()).toContain('destroyed');
    expect(await actRow.getByTestId('act-status').textContent()).toContain('by Жумабеков Нурлан, администратор БД');

    // The signed scan: kept with the act (not a case attachment), saved back; the same file twice is refused.
    const scan = Buffer.from('%PDF-1.4\n% signed paper act scan\n%%EOF\n');
    await actRow
      .getByLabel(`Signed scan of act ${actNumber} (PDF, JPEG, PNG or TIFF)`)
      .setInputFiles({ name: 'act-signed.pdf', mimeType: 'application/pdf', buffer: scan });
    await expect.poll(() => actRow.getByTestId('act-status').textContent()).toMatch(/^signed · destroyed/);
    await expect.poll(() => actRow.getByTestId('act-scan').textContent()).toContain('act-signed.pdf');
    // Opened and saved like a case's files (by content, through the platform).
    const [scanTab] = await Promise.all([context.waitForEvent('page'), actRow.getByRole('button', { name: 'Open act-signed.pdf' }).click()]);
    await scanTab.waitForLoadState();
    expect(await scanTab.evaluate(() => document.contentType)).toBe('application/pdf');
    await scanTab.close();
    const [scanDownload] = await Promise.all([page.waitForEvent('download'), actRow.getByRole('button', { name: 'Save act-signed.pdf' }).click()]);
    const scanFile = path.join(RESULTS_DIR, 'documents', 'act-retention-signed-scan.pdf');
    await scanDownload.saveAs(scanFile);
    expect(readFileSync(scanFile).equals(scan)).toBe(true);

    // Annex 1 from the systems' own log: a bad row refuses the file; a good one is matched with the act.
    await actRow.getByRole('button', { name: 'Import the systems’ log (annex 1)…' }).click();
    const logPanel = acts.getByTestId('retention-log-import');
    const logInput = logPanel.getByLabel(`Log extract of act ${actNumber} (CSV)`);
    const badLog = ['deleted_at;system;contract_no;operator', '30.11.2026 25:10;1C-MFO;MK-2019-001;nurlan.zh'].join('\r\n');
    await logInput.setInputFiles({ name: 'mfo-log-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badLog) });
    await expect.poll(() => logPanel.getByTestId('retention-log-problems').textContent()).toContain('Line 2: date and time of deletion “30.11.2026 25:10”');
    // The last second of the minute the destruction was entered in: not before the act's issue, not beyond the clock tolerance.
    const stamp = prefilled.replace(/^(\d{4})-(\d{2})-(\d{2})T/, '$3.$2.$1 ');
    const log = ['deleted_at;system;contract_no;operator', `${stamp}:59;1C-MFO;MK-2019-001;nurlan.zh`, `${stamp}:59;1C-MFO;MK-2019-999;nurlan.zh`].join('\r\n');
    await logInput.setInputFiles({ name: 'mfo-log.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${log}`) });
    await expect
      .poll(() => logPanel.getByTestId('retention-log-discrepancies').textContent())
      .toContain('Line 3: contract MK-2019-999 (1C-MFO) is not in the act.');
    expect(await logPanel.getByTestId('retention-log-discrepancies').textContent()).toContain('Contract AML-18-77 (1C-MFO) of the act is not in the log.');
    expect(await axeViolations(page, 'retention-log-import')).toEqual([]);
    await logPanel.getByRole('button', { name: 'Russian', exact: true }).click();
    await logPanel.getByRole('button', { name: 'Preview' }).click();
    await logPanel.getByTestId('doc-preview').waitFor();
    const annexIssue = logPanel.getByRole('button', { name: /^Issue № / });
    const annexNumber = ((await annexIssue.textContent()) ?? '').replace('Issue № ', '');
    await annexIssue.click();
    const annexRow = actRow.getByTestId('act-annex');
    await expect.poll(() => annexRow.textContent()).toContain(`Annex 1: ${annexNumber}`);
    const annexFile = await saveIssued(page, annexRow, 'act-retention-annex1-ru.pdf');
    await logPanel.getByRole('button', { name: 'Close' }).click();
    for (const [button, lang] of [
      ['РУС', 'ru'],
      ['ҚАЗ', 'kk'],
      ['ENG', 'en'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await sectionShot(acts, `retention-acts-${lang}`);
    }
    expect(await axeViolations(page, 'retention-acts')).toEqual([]);
    // The Documents area lists the same acts among the documents.
    await page.locator('nav a[data-area="documents"]').click();
    await page.getByTestId('documents-table').waitFor();
    const docActs = page.getByTestId('retention-acts');
    await expect.poll(() => docActs.locator(`tr[data-act="${actNumber}"]`).getByTestId('act-status').textContent()).toMatch(/^signed · destroyed/);
    await sectionShot(docActs, 'documents-retention-acts-en');
    await page.locator('nav a[data-area="processing"]').click();
    if (POPPLER) {
      const annex = pdfText(annexFile);
      expect(annex).toContain(`Приложение № 1 к акту № ${actNumber}`);
      expect(annex).toContain(`Документ № ${annexNumber}`);
      expect(annex).toContain('Выгрузка из журнала регистрации событий информационных систем');
      expect(annex).toContain('MK-2019-001');
      expect(annex).toContain('Серікова Айгүл');
      expect(annex).toContain('nurlan.zh');
      expect(annex).toContain('mfo-log.csv');
      expect(annex).toContain('договор № MK-2019-999 (1C-MFO) не указан в акте');
      expect(annex).toContain('Договор № AML-18-77 (1C-MFO) указан в акте, но в журнале не отражён');
      expect(annex).not.toContain('удалён до выдачи акта');
      pngPages(annexFile);
      const act = pdfText(actFile);
      expect(act).toContain(actNumber);
      expect(act).toContain('истечение срока хранения персональных данных');
      expect(act).toContain('п. 4 ст. 11 Закона РК «О противодействии легализации');
      expect(act).toContain('1C-MFO');
      expect(act).toContain('Серікова Айгүл');
      expect(act).toContain('Ахметов Ерлан');
      expect(act).toContain('договор № AML-18-77');
      expect(act).not.toContain('Иванов');
      expect(act).toContain('срок хранения истёк');
      expect(act).toContain('в Qorgau не загружалась');
      expect(act).not.toContain('без средств автоматизации');
      pngPages(actFile);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
