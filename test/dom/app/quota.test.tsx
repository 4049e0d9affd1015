/** A full disk (IndexedDB's QuotaExceededError, raw or wrapped by Dexie) is said with what to do, not as a raw error. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorSurface } from '../../../renderer/app/ErrorSurface';
import { isQuotaExceeded } from '../../../renderer/app/failure';
import { fakePlatform } from '../fake-platform';

const quota = () => new DOMException('The operation failed because the quota has been exceeded.', 'QuotaExceededError');
/** Dexie rethrows IndexedDB's errors as its own, with the browser's error as `inner`. */
const wrapped = () => Object.assign(new Error('QuotaExceededError: Transaction aborted'), { name: 'AbortError', inner: quota() });

describe('a full disk', () => {
  it('is recognised raw, wrapped by Dexie or as a cause — and nothing else is', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
    expect(isQuotaExceeded(wrapped())).toBe(true);
    expect(isQuotaExceeded(new Error('write failed', { cause: quota() }))).toBe(true);
    expect(isQuotaExceeded(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });

  it.each([
    ['en', 'The disk is full: Qorgau could not save, and nothing of this step was saved. Free some disk space'],
    ['ru', 'Диск заполнен: Qorgau не смог сохранить'],
    ['kk', 'Диск толы: Qorgau сақтай алмады'],
  ] as const)('the failed step says what to do (%s): free disk space or export a backup', (locale, start) => {
    render(
      <ErrorSurface
        failure={{ error: wrapped(), source: 'task' }}
        area="cases"
        locale={locale}
        platform={fakePlatform()}
        variant="inline"
        onDismiss={() => undefined}
      />,
    );
    const text = screen.getByTestId('error-surface').textContent ?? '';
    expect(text).toContain(start);
  });
});
