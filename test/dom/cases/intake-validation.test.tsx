/**
 * Issue 18: one validation pattern. Nothing is said while tabbing through the empty form; a submit shows
 * one alert listing the problems; each field refers to its own message; the list follows the corrections.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { IntakeForm } from '../../../renderer/features/cases/IntakeForm';
import { fakePlatform } from '../fake-platform';

function renderForm() {
  const onSubmit = vi.fn(async () => undefined);
  render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' }} platform={fakePlatform()}>
      <IntakeForm requestTypes={[{ id: 'access', label: 'Access' }]} onSubmit={onSubmit} onCancel={vi.fn()} now={() => new Date('2026-11-21T10:00:00Z')} />
    </AppProvider>,
  );
  return { onSubmit };
}

describe('intake form validation', () => {
  it('says nothing on blur, one summary alert on submit, then follows each change', async () => {
    renderForm();
    const name = screen.getByLabelText<HTMLInputElement>(/Full name/);
    expect(name.getAttribute('aria-required')).toBe('true');
    expect(screen.getByLabelText(/Received at/).getAttribute('aria-required')).toBe('true');
    fireEvent.focus(name);
    fireEvent.blur(name);
    fireEvent.blur(screen.getByLabelText(/E-mail/));
    // Give a blur-mode validation the chance to run: there must still be no alert.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryAllByRole('alert')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(1);
    const summary = alerts[0]!;
    const listed = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed[0]).toMatch(/^Full name: /);
    expect(listed).toContain('What is requested: Choose at least one.');
    // The field refers to its own message.
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(listed[0]).toContain(described?.textContent);

    // The summary's button takes focus to the field.
    fireEvent.click(summary.querySelector('button')!);
    expect(document.activeElement).toBe(name);

    // Corrected: revalidated on change, the field leaves the list.
    fireEvent.change(name, { target: { value: 'Әлия Нұрланова' } });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBeNull());
    expect([...screen.getByRole('alert').querySelectorAll('li')].map((li) => li.textContent).some((text) => text?.startsWith('Full name'))).toBe(false);
  });

  it('a name over its limit says the limit and how many characters were typed, in the field and the summary', async () => {
    renderForm();
    const name = screen.getByLabelText<HTMLInputElement>(/Full name/);
    fireEvent.change(name, { target: { value: 'Ә'.repeat(205) } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    const summary = await screen.findByRole('alert');
    const listed = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed[0]).toBe('Full name: Too long (200 characters at most). 205 characters typed.');
    const described = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(described?.textContent).toContain('205 characters typed.');
  });
});
