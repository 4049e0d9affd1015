/** Register and Cancel; Cancel asks before it drops anything typed or attached. */
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { useEscape } from '../../../app/use-escape';

export function FormButtons({ saving, typedSomething, onCancel }: { saving: boolean; typedSomething: boolean; onCancel: () => void }) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState(false);
  useEscape(() => setConfirming(false), confirming);
  if (confirming) {
    return (
      <div className="button-row" role="alertdialog" aria-labelledby="intake-discard-question">
        <p id="intake-discard-question">{t('intake.discard.question')}</p>
        <button type="button" className="btn btn--danger" onClick={onCancel}>
          {t('intake.discard.confirm')}
        </button>
        <button type="button" className="btn" onClick={() => setConfirming(false)} autoFocus>
          {t('intake.discard.keep')}
        </button>
      </div>
    );
  }
  return (
    <div className="button-row">
      <button type="submit" className="btn btn--primary" aria-disabled={saving}>
        {t('intake.save')}
      </button>
      <button type="button" className="btn" onClick={() => (typedSomething ? setConfirming(true) : onCancel())}>
        {t('intake.cancel')}
      </button>
    </div>
  );
}
