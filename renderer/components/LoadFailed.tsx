import { useApp } from '../app/app-context';
import { errorMessage } from '../app/failure';

/** A load that failed (useAsyncData's 'error'): what went wrong, and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useApp();
  return (
    <p className="status status--bad" role="alert" data-testid="load-failed">
      {t('errors.load', { message: errorMessage(error) })}{' '}
      <button type="button" className="btn btn--small" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </p>
  );
}
