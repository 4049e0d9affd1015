/** A new passphrase typed twice, with its strength and a mismatch said at once (export, app lock). */
import { useApp } from '../../app/app-context';
import type { MessageKey } from '../../i18n/messages';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './app-lock';

export const passphraseAcceptable = (value: string, repeat: string): boolean =>
  passphraseStrength(value) !== 'too-short' && passphraseStrength(value) !== 'too-long' && value === repeat;

export function PassphrasePair(props: { idPrefix: string; value: string; repeat: string; onChange: (value: string, repeat: string) => void }) {
  const { t } = useApp();
  const strength = passphraseStrength(props.value);
  const mismatch = props.repeat.length > 0 && props.repeat !== props.value;
  return (
    <>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-passphrase`}>{t('backup.export.passphrase')}</label>
        <input
          id={`${props.idPrefix}-passphrase`}
          type="password"
          name={`${props.idPrefix}Passphrase`}
          autoComplete="new-password"
          value={props.value}
          aria-describedby={`${props.idPrefix}-strength`}
          onChange={(e) => props.onChange(e.target.value, props.repeat)}
        />
        <small id={`${props.idPrefix}-strength`} data-testid={`${props.idPrefix}-strength`} data-strength={props.value ? strength : undefined}>
          {props.value
            ? `${t(`backup.strength.${strength}` as MessageKey, { count: MIN_PASSPHRASE_LENGTH })}${strength === 'too-long' ? ` ${t('text.long.typed', { count: props.value.length })}` : ''}`
            : ''}
        </small>
      </div>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-repeat`}>{t('backup.export.repeat')}</label>
        <input
          id={`${props.idPrefix}-repeat`}
          type="password"
          name={`${props.idPrefix}Repeat`}
          autoComplete="new-password"
          value={props.repeat}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${props.idPrefix}-mismatch` : undefined}
          onChange={(e) => props.onChange(props.value, e.target.value)}
        />
        {mismatch && (
          <small id={`${props.idPrefix}-mismatch`} className="field-error">
            {t('backup.passphrase.mismatch')}
          </small>
        )}
      </div>
    </>
  );
}
