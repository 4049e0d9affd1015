/** One sentence for the outcome of saving a file through the platform. */
import type { Result } from '../../shared/result';
import type { PlatformError, SaveOutcome } from '../platform/platform';
import type { Translate } from './app-context';

export function describeSave(result: Result<SaveOutcome, PlatformError>, t: Translate): string {
  if (!result.ok) return t('error.generic', { message: result.message });
  const outcome = result.value;
  switch (outcome.status) {
    case 'saved':
      return t('save.saved', { path: outcome.path });
    case 'downloaded':
      return t('save.downloaded', { fileName: outcome.fileName });
    case 'canceled':
      return t('save.canceled');
  }
}
