/** The localized text of a field's validation problem (the shared schema's messages are message keys). */
import type { FieldError } from 'react-hook-form';
import { useApp } from '../../../app/app-context';
import type { MessageKey } from '../../../i18n/messages';
import { messageWithTyped, typedLength } from '../../../i18n/too-long';

export function useFieldMessage(): (error: FieldError | undefined) => string | undefined {
  const { t } = useApp();
  return (error) => (error?.message ? messageWithTyped(t, error.message as MessageKey, typedLength(error.ref)) : undefined);
}
