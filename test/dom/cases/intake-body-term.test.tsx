/**
 * K14 (legal-reference §11.1): the KZ authorized body's request has no term in the Law — the body sets it. The
 * intake form asks for it only for that request type, refuses a missing or impossible one (naming the field),
 * and the registered obligation runs on it.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { IntakeForm } from '../../../renderer/features/cases/IntakeForm';
import type { IntakeValues } from '../../../shared/cases/intake-schema';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`body-term-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('intake: the term the authorized body set (K14)', () => {
  it('is asked only for the body’s request, required and bounded, and dates the obligation', async () => {
    const submitted: IntakeValues[] = [];
    const onSubmit = vi.fn(async (values: IntakeValues) => {
      submitted.push(values);
    });
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' }} platform={fakePlatform()}>
        <IntakeForm
          requestTypes={[
            { id: 'access', label: 'Access' },
            { id: 'kz-authority-request', label: 'Body request' },
          ]}
          onSubmit={onSubmit}
          onCancel={() => undefined}
          now={() => new Date('2026-11-23T07:00:00Z')}
        />
      </AppProvider>,
    );
    expect(screen.queryByLabelText(/Term set by the authorised body/)).toBeNull();
    type(/Full name/, 'Комитет по информационной безопасности');
    type(/E-mail/, 'kib@gov.kz');
    type(/Received at/, '2026-11-20T10:00');
    fireEvent.click(screen.getByLabelText('Body request'));
    const term = await screen.findByLabelText(/Term set by the authorised body/);
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect((await screen.findAllByText('Give the term the authorised body set in its request.')).length).toBeGreaterThan(0);
    fireEvent.change(term, { target: { value: '0' } });
    await waitFor(() => expect(screen.getAllByText('Give a whole number of working days from 1 to 90.').length).toBeGreaterThan(0));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(term, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted[0]).toMatchObject({ requestTypes: ['kz-authority-request'], bodyTerm: '5' });

    // Registered: 5 WD from Fri 20.11.2026 10:00 → Fri 27.11.2026 18:00 Almaty (the default [I] 10 WD would be 04.12).
    const record = await registerRequest(submitted[0]!, new Date('2026-11-20T05:00:00Z'), [], { closeOfBusiness: '18:00', deadlineTerms: {} });
    const [obligation] = await db.obligations.where('caseId').equals(record.id).toArray();
    expect(obligation).toMatchObject({ ruleId: 'kz.authority-request.answer', termCount: 5, dueAt: '2026-11-27T13:00:00.000Z' });
  });
});
