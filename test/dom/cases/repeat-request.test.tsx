/**
 * R2 on the case screen: an RF citizen's second access request within 30 days of the first (same IIN) shows the
 * previous request and the day a repeat is allowed; the refusal form offers the repeat-request ground.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { CaseScreen } from '../../../renderer/features/cases/CaseScreen';
import { blockingIntake } from '../../fixtures/cases/intake';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`repeat-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' };
const subject = {
  fullName: 'Ковалёв Дмитрий Сергеевич',
  iin: '850101300017',
  birthDate: '',
  email: 'rf@example.ru',
  phone: '',
  address: '',
  formOfAddress: 'male' as const,
};
const access = (at: Date) => registerRequest(blockingIntake({ rfSubject: true, requestTypes: ['access'], subject }), at, [], settings, at);

describe('repeat access request (R2/R2a)', () => {
  it('the second request within 30 days names the first and offers the repeat-request ground', async () => {
    const first = await access(new Date('2026-11-02T05:00:00.000Z'));
    const second = await access(new Date('2026-11-20T05:00:00.000Z'));
    render(
      <AppProvider initialSettings={settings} platform={fakePlatform()}>
        <CaseScreen caseId={second.id} />
      </AppProvider>,
    );
    const note = await screen.findByTestId('repeat-request');
    expect(note.textContent).toContain(first.number);
    expect(note.textContent).toContain('02.11.2026');
    expect(note.textContent).toContain('allowed from 02.12.2026');
    const kz = (await screen.findAllByTestId('obligation')).find((o) => o.getAttribute('data-rule') === 'kz.access.provide')!;
    fireEvent.click(within(kz).getByRole('button', { name: 'Reasoned refusal' }));
    const form = await screen.findByTestId('action-form');
    expect(form.querySelector('.grounds input[value="ru-repeat-request"]')).not.toBeNull();
  });

  it('the first request is not a repeat', async () => {
    const first = await access(new Date('2026-11-02T05:00:00.000Z'));
    render(
      <AppProvider initialSettings={settings} platform={fakePlatform()}>
        <CaseScreen caseId={first.id} />
      </AppProvider>,
    );
    await screen.findAllByTestId('obligation');
    expect(screen.queryByTestId('repeat-request')).toBeNull();
  });
});
