/**
 * The confirmation before leaving a form with unsaved input (issue 13 item 4): a modal alert dialog whose
 * safe choice ("Stay") has the focus; Esc stays too. Focus goes back to where it was when the user stays.
 */
import { useEffect, useRef, useState } from 'react';
import { useApp } from './app-context';
import { setLeaveAsker } from './leave-guard';
import { useEscape } from './use-escape';

export function LeaveConfirm() {
  const { t } = useApp();
  const [pending, setPending] = useState<{ go: () => void; back: HTMLElement | null }>();
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      setLeaveAsker((go) => {
        const active = document.activeElement;
        setPending({ go, back: active instanceof HTMLElement ? active : null });
      }),
    [],
  );
  useEffect(() => {
    if (pending) stayButton.current?.focus();
  }, [pending]);

  const stay = () => {
    const back = pending?.back;
    setPending(undefined);
    if (back?.isConnected) back.focus();
  };
  useEscape(stay, pending !== undefined);
  if (!pending) return null;

  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-body" data-testid="leave-confirm">
        <h2 id="leave-title">{t('leave.title')}</h2>
        <p id="leave-body">{t('leave.body')}</p>
        <div className="button-row">
          <button ref={stayButton} type="button" className="btn btn--primary" onClick={stay}>
            {t('leave.stay')}
          </button>
          <button
            type="button"
            className="btn btn--danger"
            onClick={() => {
              setPending(undefined);
              pending.go();
            }}
          >
            {t('leave.go')}
          </button>
        </div>
      </div>
    </div>
  );
}
