import type { ReactNode } from 'react';
import { useApp } from '../../app/app-context';

/** Why the file cannot be restored (nothing was changed), and the way out. */
export function RestoreProblem({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useApp();
  return (
    <div role="alert">
      <p className="status status--bad" data-testid="restore-problem">
        {children}
      </p>
      <button type="button" className="btn" onClick={onClose}>
        {t('backup.cancel')}
      </button>
    </div>
  );
}
