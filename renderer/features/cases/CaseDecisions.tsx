/**
 * Closing is a decision: every statutory obligation still open is left open only with the reason the DPO
 * types, and a confirmation names what stays open. A closed case is reopened with a reason; a case
 * registered by mistake is withdrawn with a reason (its number stays in the register), never deleted.
 */
import { messageWithTyped } from '../../i18n/too-long';
import { useState } from 'react';
import { hasReason } from '../../../shared/cases/corrections';
import { CASE_OUTCOMES, type CaseOutcome, type CaseRecord, type ObligationRecord } from '../../../shared/cases/model';
import { ruleById } from '../../../shared/rules';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useEscape } from '../../app/use-escape';
import { announce } from '../../app/announce';
import { closeCase, reopenCase } from '../../db/case-steps';
import { withdrawCase } from '../../db/correction-steps';
import { formatDateTime } from '../../i18n/format';
import { TEXT_LIMIT, textTooLong } from '../../../shared/text-limits';

export function CloseCase({ record, obligations }: { record: CaseRecord; obligations: readonly ObligationRecord[] }) {
  const { t, settings } = useApp();
  const [outcome, setOutcome] = useState<CaseOutcome>('fulfilled');
  const [note, setNote] = useState('');
  const [waivers, setWaivers] = useState<Readonly<Record<string, string>>>({});
  const [confirming, setConfirming] = useState(false);
  useEscape(() => setConfirming(false), confirming);
  const [problem, setProblem] = useState(false);
  const open = obligations.filter((o) => o.status === 'open');
  const title = (o: ObligationRecord) => ruleById(o.ruleId)?.title[settings.locale] ?? o.ruleId;
  const [tooLong, setTooLong] = useState(false);
  const review = () => {
    const missing = open.some((o) => !hasReason(waivers[o.id] ?? ''));
    const long = note.length > TEXT_LIMIT.note || Object.values(waivers).some((w) => w.length > TEXT_LIMIT.note);
    setProblem(missing);
    setTooLong(long);
    if (!missing && !long) setConfirming(true);
  };
  const close = async () => {
    const result = await closeCase(record.id, outcome, note, waivers);
    setConfirming(false);
    if (result === 'waiver') setProblem(true);
    else announce(t('case.status.closed'));
  };
  return (
    <section className="card" aria-labelledby="close-title" data-testid="close-case">
      <h2 id="close-title">{t('case.close')}</h2>
      <div className="field-row">
        <label className="field">
          <span>{t('case.outcome')}</span>
          <select name="outcome" value={outcome} onChange={(e) => setOutcome(CASE_OUTCOMES.find((o) => o === e.target.value) ?? 'fulfilled')}>
            {CASE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('case.note')}</span>
          <input name="closeNote" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {open.length > 0 && (
        <fieldset className="waivers">
          <legend>{t('close.stillOpen')}</legend>
          {open.map((o) => (
            <label key={o.id} className="field">
              <span>{t('close.waiver', { rule: title(o) })} *</span>
              <input
                name={`waiver-${o.ruleId}`}
                value={waivers[o.id] ?? ''}
                aria-invalid={problem && !hasReason(waivers[o.id] ?? '')}
                onChange={(e) => setWaivers({ ...waivers, [o.id]: e.target.value })}
              />
            </label>
          ))}
        </fieldset>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {t('close.problem.waiver')}
        </p>
      )}
      {tooLong && (
        <p className="field-error" role="alert">
          {t('case.note')}: {messageWithTyped(t, textTooLong(TEXT_LIMIT.note), Math.max(note.length, ...Object.values(waivers).map((w) => w.length)))}
        </p>
      )}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="close-confirm-title" className="confirm-box" data-testid="close-confirm">
          <p id="close-confirm-title">
            <strong>{t('close.confirmTitle', { number: record.number })}</strong>
          </p>
          {open.length === 0 ? (
            <p>{t('close.confirmNone')}</p>
          ) : (
            <>
              <p>{t('close.confirmOpen', { count: open.length })}</p>
              <ul>
                {open.map((o) => (
                  <li key={o.id}>
                    {title(o)} — {waivers[o.id]?.trim()}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="button-row">
            <button type="button" className="btn btn--primary" onClick={() => runTask(close())}>
              {t('close.confirm')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)} autoFocus>
              {t('intake.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn" onClick={review}>
          {t('close.review')}
        </button>
      )}
    </section>
  );
}

/** A reason field and one button: reopening a closed case. */
export function ReopenCase({ record }: { record: CaseRecord }) {
  const { t } = useApp();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const reopen = async () => {
    const result = await reopenCase(record.id, reason);
    setProblem(result === 'reason');
    if (result === undefined) {
      setReason('');
      announce(t('event.case.reopened'));
    }
  };
  return (
    <section className="card" aria-labelledby="reopen-title" data-testid="reopen-case">
      <h2 id="reopen-title">{t('reopen.title')}</h2>
      <label className="field">
        <span>{t('reopen.reason')} *</span>
        <input name="reopenReason" value={reason} aria-invalid={problem} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {t('reason.short')}
        </p>
      )}
      <button type="button" className="btn" onClick={() => runTask(reopen())}>
        {t('reopen.save')}
      </button>
    </section>
  );
}

/** Withdrawing a case registered by mistake: a reason, then a confirmation. */
export function WithdrawCase({ record }: { record: CaseRecord }) {
  const { t } = useApp();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useEscape(() => setConfirming(false), confirming);
  const withdraw = async () => {
    const result = await withdrawCase(record.id, reason);
    setConfirming(false);
    setProblem(result === 'reason');
  };
  return (
    <section className="card" aria-labelledby="withdraw-title" data-testid="withdraw-case">
      <h2 id="withdraw-title">{t('withdraw.title')}</h2>
      <p className="muted">{t('withdraw.body')}</p>
      <label className="field">
        <span>{t('withdraw.reason')} *</span>
        <input name="withdrawReason" value={reason} aria-invalid={problem} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {t('reason.short')}
        </p>
      )}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="withdraw-confirm-title" className="button-row">
          <p id="withdraw-confirm-title">{t('withdraw.body')}</p>
          <button type="button" className="btn btn--danger" onClick={() => runTask(withdraw())}>
            {t('withdraw.confirm', { number: record.number })}
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)} autoFocus>
            {t('intake.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => {
            const ok = hasReason(reason);
            setProblem(!ok);
            setConfirming(ok);
          }}
        >
          {t('withdraw.review')}
        </button>
      )}
    </section>
  );
}

/** The withdrawn mark under the case title. */
export function WithdrawnLine({ record }: { record: CaseRecord }) {
  const { t, settings } = useApp();
  if (!record.withdrawal) return null;
  return (
    <p className="status status--warn" data-testid="withdrawn">
      {t('case.withdrawnLine', { at: formatDateTime(new Date(record.withdrawal.at), settings.displayTimeZone), reason: record.withdrawal.reason })}
    </p>
  );
}
