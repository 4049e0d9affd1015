/** The localized text of a field's validation problem (the shared schema's messages are message keys). */
import type { FieldError } from 'react-hook-form';
import { useApp } from '../../../app/app-context';
import type { MessageKey } from '../../../i18n/messages';

export function useFieldMessage(): (error: FieldError | undefined) => string | undefined {
  const { t } = useApp();
  return (error) => (error?.message ? t(error.message as MessageKey) : undefined);
}
