/** Recording one action: when it was done, what was done, grounds for a refusal, supporting files. */
import { DESTRUCTION_REASONS_EN, groundDisplay } from '../../../shared/documents/grounds-display';
import { DEFAULT_GROUNDS, findGround } from '../../../shared/documents/grounds';
import { TagBadge } from '../../components/TagBadge';
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionProblem } from '../../../shared/cases/action-check';
import type { CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { REQUIRES, type ObligationAction } from '../../../shared/cases/workflow';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { CaseWriteError, recordObligationAction, type TooEarly } from '../../db/case-steps';
import { timeBoundMessage } from './time-bound-message';
import { useGroundsLibrary } from '../documents/use-grounds';
import { destroysData } from '../../../shared/cases/destruction';
import { DUTY_OF } from '../../../shared/cases/duties';
import { groundsForDuty } from '../../../shared/documents/grounds';
import { defaultDestructionReason } from '../../../shared/documents/case-documents';
import { DESTRUCTION_REASON_BASIS } from '../../../shared/documents/citations';
import { LABELS } from '../../../shared/documents/labels';
import { DESTRUCTION_REASONS } from '../../../shared/documents/model';
import { AttachmentDrop } from './AttachmentDrop';
import { runTask } from '../../app/run-task';
import { announce } from '../../app/announce';
import { useLeaveGuard } from '../../app/leave-guard';

export function ActionForm({
  record,
  obligation,
  kind,
  onDone,
}: {
  record: CaseRecord;
  obligation: ObligationRecord;
  kind: ObligationAction;
  onDone: () => void;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const [at, setAt] = useState(() => instantToLocalInput(new Date(), zone));
  const [note, setNote] = useState('');
  const [grounds, setGrounds] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<ActionProblem | 'stale' | 'failed' | TooEarly>();
  const [busy, setBusy] = useState(false);
  const requirement = REQUIRES[kind];
  const jurisdiction = obligation.ruleId.startsWith('ru.') ? 'ru-subject' : 'kz';
  // The grounds library as kept in Settings (edited wording, added grounds, the operator's own AML ground).
  // Only grounds that can refuse this duty (legal-reference §11); the DPO's own grounds fit every duty.
  const duty = DUTY_OF[obligation.ruleId];
  // One act answers the KZ and the RF obligation of the duty: an RF citizen's refusal may give grounds of either law.
  const available = groundsForDuty(
    useGroundsLibrary().filter((g) => g.jurisdiction === jurisdiction || record.rfSubject),
    duty,
  );
  const [until, setUntil] = useState('');
  // A destruction, or a partial one (part destroyed, part kept with grounds), records the ground it was made on.
  const destroys = destroysData(kind, obligation.ruleId);
  const [basis, setBasis] = useState(() => (destroys ? defaultDestructionReason(record) : ''));
  const lang = settings.locale === 'kk' ? 'kk' : 'ru';
  const titleId = useId();
  const firstField = useRef<HTMLInputElement>(null);
  // The form takes focus when it opens; Escape closes it (the row gives focus back to its button).
  useEffect(() => firstField.current?.focus(), []);
  // Leaving the screen with something typed, chosen or attached asks first.
  useLeaveGuard(() => note.trim() !== '' || grounds.length > 0 || files.length > 0 || until !== '');

  const submit = async () => {
    // The button keeps focus while it works (aria-disabled, not disabled); a second press does nothing.
    if (busy) return;
    setBusy(true);
    let result: ActionProblem | 'stale' | 'failed' | TooEarly | undefined;
    try {
      // "Now" is the moment of submission: a form left open for an hour still accepts the current time.
      result = await recordObligationAction(
        {
          caseId: record.id,
          obligationId: obligation.id,
          kind,
          at: localInputToInstant(at, zone) ?? new Date(Number.NaN),
          note,
          grounds,
          files,
          until: kind === 'restrict' ? until : undefined,
          basis: destroys ? basis : undefined,
        },
        settings,
        new Date(),
      );
    } catch (error) {
      result = error instanceof CaseWriteError && error.problem === 'stale' ? 'stale' : 'failed';
    } finally {
      setBusy(false);
    }
    setProblem(result);
    if (!result) {
      announce(t('a11y.recorded', { action: t(`case.action.${kind}`) }));
      onDone();
    }
  };

  return (
    <div
      className="action-form"
      data-testid="action-form"
      role="group"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <h3 id={titleId}>{t(`case.action.${kind}`)}</h3>
      <div className="field-row">
        <label className="field">
          <span>
            {t('action.at')} ({zone})
          </span>
          <input ref={firstField} type="datetime-local" name="actionAt" value={at} onChange={(e) => setAt(e.target.value)} />
        </label>
        <label className="field">
          <span>
            {requirement === 'notice'
              ? t('action.notice')
              : requirement === 'supporting-document'
                ? t('action.document')
                : requirement === 'what-was-done'
                  ? `${t('action.whatWasDone')} *`
                  : t('action.note')}
          </span>
          <textarea name="actionNote" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {kind === 'restrict' && (
        <label className="field field--narrow">
          <span>{t('action.until')}</span>
          <input type="date" name="actionUntil" value={until} onChange={(e) => setUntil(e.target.value)} />
        </label>
      )}
      {destroys && (
        <label className="field">
          <span>{t('action.basis')}</span>
          <select name="actionBasis" value={basis} onChange={(e) => setBasis(e.target.value)}>
            {DESTRUCTION_REASONS.map((r) => (
              <option key={r} value={r}>
                {settings.locale === 'en'
                  ? `${DESTRUCTION_REASONS_EN[r].reason} (${DESTRUCTION_REASONS_EN[r].basis})`
                  : `${LABELS[lang].reason[r]} (${DESTRUCTION_REASON_BASIS[r][lang]})`}
              </option>
            ))}
          </select>
        </label>
      )}
      {(requirement === 'grounds' || requirement === 'grounds-and-until') && (
        <fieldset className="grounds">
          <legend>{t('action.grounds')}</legend>
          {available.map((g) => {
            const shown = groundDisplay(g, findGround(DEFAULT_GROUNDS, g.id), settings.locale);
            return (
              <label key={g.id} className="check check--top">
                <input
                  type="checkbox"
                  value={g.id}
                  checked={grounds.includes(g.id)}
                  onChange={(e) => setGrounds(e.target.checked ? [...grounds, g.id] : grounds.filter((x) => x !== g.id))}
                />
                <span lang={shown.lang}>
                  {shown.text} <em className="muted">({shown.citation})</em> <TagBadge tag={g.tag} link={false} />
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
      <AttachmentDrop files={files} onChange={setFiles} />
      {/* The problem's line is reserved: the buttons do not move under the pointer when it appears. */}
      <div className="form-problem">
        {problem && (
          <p className="field-error" role="alert">
            {typeof problem === 'object' ? timeBoundMessage(t, problem.bound, zone) : t(`action.problem.${problem}`)}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="btn btn--primary" aria-disabled={busy} onClick={() => runTask(submit())}>
          {t('action.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('intake.cancel')}
        </button>
      </div>
    </div>
  );
}
