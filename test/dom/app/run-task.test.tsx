/**
 * Work nobody waits for never leaves a promise unhandled: a failure goes to the caller's handler,
 * otherwise to the error surface of the area on screen (inline, the area stays as it was); a promise
 * rejected with nobody to handle it is shown the same way.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import type { ErrorReport } from '../../../renderer/app/error-report';
import { runTask } from '../../../renderer/app/run-task';
import { installRejectionNet } from '../../../renderer/app/unhandled-rejection';
import type { Platform } from '../../../renderer/platform/platform';
import { fakePlatform } from '../fake-platform';

function Form({ save }: { save: () => Promise<void> }) {
  const [name, setName] = useState('');
  return (
    <form>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="button" onClick={() => runTask(save)}>
        Save
      </button>
    </form>
  );
}

function renderInAreas(child: React.ReactNode, platform: Platform = fakePlatform()) {
  return render(
    <ErrorBoundary area="app" variant="screen" locale="en" platform={platform} resetKey="">
      <nav>sidebar</nav>
      <ErrorBoundary area="cases" locale="en" platform={platform} resetKey="">
        {child}
      </ErrorBoundary>
    </ErrorBoundary>,
  );
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('runTask', () => {
  it('hands a failure to onError when given, and shows nothing', async () => {
    const onError = vi.fn();
    renderInAreas(<p>area</p>);
    runTask(Promise.reject(new Error('disk full')), onError);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('disk full')));
    expect(screen.queryByTestId('error-surface')).toBeNull();
  });

  it('catches a task that throws before it returns a promise', async () => {
    const onError = vi.fn();
    runTask(() => {
      throw new RangeError('invalid zone');
    }, onError);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new RangeError('invalid zone')));
  });

  it('without onError: the area on screen shows what failed inline, keeps what was typed, and the alert can be dismissed', async () => {
    const user = userEvent.setup();
    renderInAreas(<Form save={() => Promise.reject(new Error('ConstraintError: key already exists'))} />);
    await user.type(screen.getByLabelText('Name'), 'Серік');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const surface = await screen.findByTestId('error-surface');
    expect(surface.dataset['area']).toBe('cases');
    expect(surface.dataset['source']).toBe('task');
    expect(screen.getByRole('heading').textContent).toBe('An action did not complete');
    expect(screen.getByRole('button', { name: 'Send a diagnostic report' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Серік');
    expect(screen.getByText('sidebar')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-surface')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Серік');
  });

  it('the report of a failed task says so, redacted', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    renderInAreas(<Form save={() => Promise.reject(new Error('no case for 900101300123'))} />, platform);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Send a diagnostic report' }));
    await vi.waitFor(() => expect(platform.saved).toHaveLength(1));
    const report = JSON.parse(platform.saved[0]!.text) as ErrorReport;
    expect(report).toMatchObject({ area: 'cases', source: 'task', error: { name: 'Error', message: 'no case for [number]' }, componentStack: '' });
    expect(platform.saved[0]!.text).not.toContain('900101300123');
  });
});

describe('the unhandled-rejection safety net', () => {
  it('shows a promise nobody handled on the area on screen', async () => {
    const uninstall = installRejectionNet(window);
    try {
      renderInAreas(<p>area</p>);
      act(() => {
        window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('QuotaExceededError') }));
      });
      const surface = await screen.findByTestId('error-surface');
      expect(surface.dataset['area']).toBe('cases');
      expect(surface.dataset['source']).toBe('unhandled-rejection');
      expect(surface.textContent).toContain('QuotaExceededError');
      expect(screen.getByText('area')).toBeTruthy();
    } finally {
      uninstall();
    }
  });

  it('with no area mounted, the shell-wide boundary shows it', async () => {
    const uninstall = installRejectionNet(window);
    try {
      render(
        <ErrorBoundary area="app" variant="screen" locale="ru" platform={fakePlatform()} resetKey="">
          <p>shell</p>
        </ErrorBoundary>,
      );
      act(() => {
        window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'plain string' }));
      });
      expect((await screen.findByTestId('error-surface')).dataset['area']).toBe('app');
      expect(screen.getByRole('heading').textContent).toBe('Действие не завершено');
    } finally {
      uninstall();
    }
  });

  it('after uninstalling, listens no more', () => {
    installRejectionNet(window)();
    renderInAreas(<p>area</p>);
    act(() => {
      window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('late') }));
    });
    expect(screen.queryByTestId('error-surface')).toBeNull();
  });
});
