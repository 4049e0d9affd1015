/** Recording one action: when it was done, what was done, grounds for a refusal, supporting files. */
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionProblem } from '../../../shared/cases/action-check';
import type { CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { REQUIRES, type ObligationAction } from '../../../shared/cases/workflow';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { CaseWriteError, recordObligationAction } from '../../db/case-steps';
import { useGroundsLibrary } from '../documents/use-grounds';
import { AttachmentDrop } from './AttachmentDrop';
import { runTask } from '../../app/run-task';
import { announce } from '../../app/announce';

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
  const [problem, setProblem] = useState<ActionProblem | 'stale' | 'failed'>();
  const [busy, setBusy] = useState(false);
  const requirement = REQUIRES[kind];
  const jurisdiction = obligation.ruleId.startsWith('ru.') ? 'ru-subject' : 'kz';
  // The grounds library as kept in Settings (edited wording, added grounds, the operator's own AML ground).
  const available = useGroundsLibrary().filter((g) => g.jurisdiction === jurisdiction);
  const lang = settings.locale === 'kk' ? 'kk' : 'ru';
  const titleId = useId();
  const firstField = useRef<HTMLInputElement>(null);
  // The form takes focus when it opens; Escape closes it (the row gives focus back to its button).
  useEffect(() => firstField.current?.focus(), []);

  const submit = async () => {
    // The button keeps focus while it works (aria-disabled, not disabled); a second press does nothing.
    if (busy) return;
    setBusy(true);
    let result: ActionProblem | 'stale' | 'failed' | undefined;
    try {
      // "Now" is the moment of submission: a form left open for an hour still accepts the current time.
      result = await recordObligationAction(
        { caseId: record.id, obligationId: obligation.id, kind, at: localInputToInstant(at, zone) ?? new Date(Number.NaN), note, grounds, files },
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
          <span>{requirement === 'notice' ? t('action.notice') : requirement === 'supporting-document' ? t('action.document') : t('action.note')}</span>
          <textarea name="actionNote" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {requirement === 'grounds' && (
        <fieldset className="grounds">
          <legend>{t('action.grounds')}</legend>
          {available.map((g) => (
            <label key={g.id} className="check check--top">
              <input
                type="checkbox"
                value={g.id}
                checked={grounds.includes(g.id)}
                onChange={(e) => setGrounds(e.target.checked ? [...grounds, g.id] : grounds.filter((x) => x !== g.id))}
              />
              <span lang={lang}>
                {g.text[lang]}{' '}
                <em className="muted">
                  ({g.citation[lang]}; [{g.tag}])
                </em>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <AttachmentDrop files={files} onChange={setFiles} />
      {problem && (
        <p className="field-error" role="alert">
          {t(`action.problem.${problem}`)}
        </p>
      )}
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
