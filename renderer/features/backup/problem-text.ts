import type { BackupProblem } from '../../../shared/backup/problems';
import { useApp } from '../../app/app-context';
import type { MessageKey } from '../../i18n/messages';

/** A backup file's problem in the interface language. */
export function useProblemText(): (p: BackupProblem) => string {
  const { t } = useApp();
  return (p) => t(`backup.problem.${p.code}` as MessageKey, p.values);
}
