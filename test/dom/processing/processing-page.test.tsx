/**
 * The processing register area: a starter is offered while the register is empty; editing an activity saves a
 * new version (audited) and the old one stays readable; a bad register file is refused field by field with
 * nothing written.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerJson } from '../../../shared/processing/register-json';
import { STARTERS } from '../../../shared/processing/starters';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { ProcessingPage } from '../../../renderer/features/processing/ProcessingPage';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`processing-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' };

const page = () =>
  render(
    <AppProvider initialSettings={settings} platform={fakePlatform()}>
      <ProcessingPage />
    </AppProvider>,
  );

describe('the processing register area', () => {
  it('takes the microfinance starter, then an edit makes version 2 and version 1 stays readable', async () => {
    page();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Microfinance organisation' }));
    await screen.findByText(/Saved as version 1/);
    const table = await screen.findByTestId('register-table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + STARTERS['microfinance-organisation'].length);

    await user.click(screen.getByRole('button', { name: 'Edit activity microloan-contract' }));
    const form = await screen.findByTestId('activity-form');
    const amount = within(form).getByLabelText('Term');
    await user.clear(amount);
    await user.type(amount, '6');
    // Without a reason nothing is saved.
    await user.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    await within(form).findByText('Required.');
    expect(await db.processingRegister.count()).toBe(1);
    await user.type(within(form).getByLabelText(/^Reason for the change/), 'Internal order 12 of 01.06');
    await user.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    await screen.findByText(/Saved as version 2/);

    const versions = await db.processingRegister.orderBy('version').toArray();
    expect(versions.map((v) => v.activities.find((a) => a.id === 'microloan-contract')?.retention.amount)).toEqual([5, 6]);
    const events = (await db.audit.toArray()).filter((e) => e.type === 'register.version-saved');
    expect(events.map((e) => (e.type === 'register.version-saved' ? e.data.changed : []))).toEqual([[], ['microloan-contract']]);

    // Version 1 is still readable, read-only.
    fireEvent.change(screen.getByTestId('register-version-pick'), { target: { value: versions[0]!.id } });
    await screen.findByRole('heading', { name: /^Version 1,/ });
    expect(screen.getByText(/past version \(read only\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit activity microloan-contract' })).toBeNull();
  });

  it('refuses a register file with bad fields, naming each, and writes nothing', async () => {
    page();
    const bad = JSON.parse(registerJson({ effectiveFrom: '2026-06-01', note: 'x', activities: STARTERS['payment-organisation'] })) as {
      activities: Record<string, unknown>[];
    };
    bad.activities[0] = { ...bad.activities[0], id: 'Bad Id' };
    bad.activities[1] = { ...bad.activities[1], retention: { amount: 0, unit: 'years', runsFrom: 'someday', basis: { kk: 'a', ru: 'b' } } };
    const file = new File([JSON.stringify(bad)], 'register.json', { type: 'application/json' });
    await userEvent.setup().upload(await screen.findByTestId('register-import'), file);
    const problems = await screen.findByTestId('register-problems');
    expect(problems.textContent).toContain('activities.0.id');
    expect(problems.textContent).toContain('activities.1.retention.amount');
    expect(problems.textContent).toContain('activities.1.retention.runsFrom');
    expect(await db.processingRegister.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('imports a good file as a version', async () => {
    page();
    const file = new File([registerJson({ effectiveFrom: '2026-06-01', note: 'from HQ', activities: STARTERS['payment-organisation'] })], 'ok.json', {
      type: 'application/json',
    });
    await userEvent.setup().upload(await screen.findByTestId('register-import'), file);
    await waitFor(async () => expect(await db.processingRegister.count()).toBe(1));
    expect((await db.processingRegister.toArray())[0]).toMatchObject({ source: 'import', note: 'from HQ', effectiveFrom: '2026-06-01' });
  });
});
