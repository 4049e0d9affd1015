/**
 * The case screen and its action form against a real (fake-indexeddb) database: what the DPO sees of a
 * registered blocking request, recording the block, refusals of bad input, a second window that recorded
 * the same action first, and a write that fails (the form does not stay busy; nothing is recorded).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/model';
import { AppProvider } from '../../../renderer/app/app-context';
import { recordObligationAction, registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { CaseScreen } from '../../../renderer/features/cases/CaseScreen';
import { BLOCKING_ENTERED, BLOCKING_RECEIVED, blockingIntake } from '../../fixtures/cases/intake';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`screen-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  useDatabaseForTests(undefined);
  db.close();
});

const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' };

/** Friday 7 March 2025 16:40 Almaty; one working day to block → Tuesday 11 March 18:00. */
async function blockingCase(): Promise<CaseRecord> {
  return registerRequest(blockingIntake(), BLOCKING_RECEIVED, [], settings, BLOCKING_ENTERED);
}

function show(caseId: string, locale: Settings['locale'] = 'en') {
  return render(
    <AppProvider initialSettings={{ ...settings, locale }} platform={fakePlatform()}>
      <CaseScreen caseId={caseId} />
    </AppProvider>,
  );
}

const obligationRow = async () => (await screen.findAllByTestId('obligation'))[0]!;

describe('case screen', () => {
  it('shows the subject, the obligation with its due instant, and the history', async () => {
    const record = await blockingCase();
    show(record.id);
    expect(await screen.findByTestId('case-number')).toHaveProperty('textContent', record.number);
    expect(screen.getByText('Ерлан Сапаров')).toBeTruthy();
    const row = await obligationRow();
    expect(within(row).getByTestId('due').textContent).toBe('due 11.03.2025 18:00 (Asia/Almaty)');
    expect(within(row).getByRole('button', { name: 'Blocked' })).toBeTruthy();
    expect(within(screen.getByTestId('case-history')).getByText(/Request registered/)).toBeTruthy();
  });

  it('records the block through the action form; the obligation is done in time and the history grows', async () => {
    const record = await blockingCase();
    show(record.id);
    const row = await obligationRow();
    fireEvent.click(within(row).getByRole('button', { name: 'Blocked' }));
    const form = screen.getByTestId('action-form');
    fireEvent.change(within(form).getByLabelText(/Done at/), { target: { value: '2025-03-10T10:00' } });
    fireEvent.change(within(form).getByLabelText(/What was done/), { target: { value: 'blocked in the CRM' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByTestId('action-form')).toBeNull());
    await waitFor(() => expect(within(screen.getByTestId('obligation')).getByText(/done 10\.03\.2025 10:00 · in time/)).toBeTruthy());
    await waitFor(() => expect(within(screen.getByTestId('case-history')).getAllByRole('listitem')).toHaveLength(2));
    expect(await db.actions.count()).toBe(1);
  });

  it('refuses a time before the receipt of the request, naming the receipt, and records nothing', async () => {
    const record = await blockingCase();
    show(record.id, 'ru');
    fireEvent.click(within(await obligationRow()).getByRole('button', { name: 'Заблокировано' }));
    const form = screen.getByTestId('action-form');
    fireEvent.change(within(form).getByLabelText(/Когда выполнено/), { target: { value: '2025-03-01T10:00' } });
    fireEvent.change(within(form).getByLabelText(/Что сделано/), { target: { value: 'заблокировано в CRM' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Записать' }));
    expect(await within(form).findByRole('alert')).toHaveProperty(
      'textContent',
      'Время раньше получения обращения (07.03.2025 16:40): действие по нему не может ему предшествовать.',
    );
    expect(await db.actions.count()).toBe(0);
  });

  it('refuses a time in the future with a localized message and records nothing', async () => {
    const record = await blockingCase();
    show(record.id, 'ru');
    fireEvent.click(within(await obligationRow()).getByRole('button', { name: 'Заблокировано' }));
    const form = screen.getByTestId('action-form');
    fireEvent.change(within(form).getByLabelText(/Когда выполнено/), { target: { value: '2099-01-01T10:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Записать' }));
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', 'Время не указано или в будущем.');
    expect(await db.actions.count()).toBe(0);
  });

  it('when another window recorded it first, says so and changes nothing', async () => {
    const record = await blockingCase();
    show(record.id);
    const row = await obligationRow();
    fireEvent.click(within(row).getByRole('button', { name: 'Blocked' }));
    const [obligation] = await db.obligations.toArray();
    // The second window records the block while this form is open.
    await act(() =>
      recordObligationAction(
        { caseId: record.id, obligationId: obligation!.id, kind: 'block', at: new Date('2025-03-10T05:00:00Z'), note: 'other window', grounds: [], files: [] },
        settings,
        new Date('2025-03-10T05:01:00Z'),
      ),
    );
    const form = screen.getByTestId('action-form');
    fireEvent.change(within(form).getByLabelText(/Done at/), { target: { value: '2025-03-10T11:00' } });
    fireEvent.change(within(form).getByLabelText(/What was done/), { target: { value: 'blocked in the CRM' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/already recorded/));
    expect((await db.actions.toArray()).map((a) => a.note)).toEqual(['other window']);
  });

  it('a failed write leaves the form usable (not stuck busy) and nothing recorded', async () => {
    const record = await blockingCase();
    show(record.id);
    fireEvent.click(within(await obligationRow()).getByRole('button', { name: 'Blocked' }));
    const failing = vi.spyOn(db.audit, 'bulkAdd').mockRejectedValueOnce(new Error('injected: disk full'));
    const form = screen.getByTestId('action-form');
    fireEvent.change(within(form).getByLabelText(/Done at/), { target: { value: '2025-03-10T10:00' } });
    fireEvent.change(within(form).getByLabelText(/What was done/), { target: { value: 'blocked in the CRM' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/could not be saved; nothing was changed/));
    expect(failing).toHaveBeenCalled();
    expect(within(form).getByRole('button', { name: 'Record' })).toHaveProperty('disabled', false);
    expect(await db.actions.count()).toBe(0);
    expect((await db.obligations.toArray())[0]?.status).toBe('open');
  });
  it('closing with an open obligation asks for a waiver; the confirmation names what stays open; Cancel changes nothing', async () => {
    const record = await blockingCase();
    show(record.id);
    const close = await screen.findByTestId('close-case');
    fireEvent.click(within(close).getByRole('button', { name: 'Close the case…' }));
    expect(await within(close).findByRole('alert')).toHaveProperty('textContent', 'Give the reason (at least 5 characters) for each obligation left open.');
    expect(within(close).queryByTestId('close-confirm')).toBeNull();
    fireEvent.change(within(close).getByLabelText(/Reason for leaving/), { target: { value: 'the subject withdrew the request' } });
    fireEvent.click(within(close).getByRole('button', { name: 'Close the case…' }));
    const dialog = within(close).getByTestId('close-confirm');
    expect(dialog.textContent).toContain('1 statutory obligation stays open by your decision:');
    expect(dialog.textContent).toContain('the subject withdrew the request');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await db.cases.get(record.id))?.status).toBe('open');
    fireEvent.click(within(close).getByRole('button', { name: 'Close the case…' }));
    fireEvent.click(within(within(close).getByTestId('close-confirm')).getByRole('button', { name: 'Close the case' }));
    await waitFor(async () => expect((await db.cases.get(record.id))?.status).toBe('closed'));
    expect(await screen.findByTestId('reopen-case')).toBeTruthy();
  });

  it('a case registered by mistake is withdrawn after a reason and a confirmation, and is marked withdrawn', async () => {
    const record = await blockingCase();
    show(record.id);
    const withdraw = await screen.findByTestId('withdraw-case');
    fireEvent.click(within(withdraw).getByRole('button', { name: 'Withdraw…' }));
    expect(await within(withdraw).findByRole('alert')).toHaveProperty('textContent', 'Give the reason (at least 5 characters).');
    fireEvent.change(within(withdraw).getByLabelText(/Reason for withdrawing/), { target: { value: 'a test entry' } });
    fireEvent.click(within(withdraw).getByRole('button', { name: 'Withdraw…' }));
    fireEvent.click(within(withdraw).getByRole('button', { name: `Withdraw case ${record.number} for good` }));
    expect((await screen.findByTestId('withdrawn')).textContent).toMatch(/as registered by mistake: a test entry$/);
    expect((await db.cases.get(record.id))?.number).toBe(record.number);
    expect(screen.queryByTestId('reopen-case')).toBeNull();
  });
});
