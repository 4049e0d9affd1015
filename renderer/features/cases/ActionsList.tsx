/**
 * The actions recorded on a case, each with both times — when it was done and when it was entered — and
 * its corrections; an action's time or note is corrected with a stated reason (the previous value stays).
 */
import { useId, useState } from 'react';
import type { ActionCorrectableField } from '../../../shared/cases/corrections';
import type { ActionRecord, AttachmentRecord, CaseRecord } from '../../../shared/cases/model';
import { StoredFileItem } from '../attachments/StoredFileItem';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useCaseActions } from '../../db/case-hooks';
import { correctAction, type ActionCorrectionProblem } from '../../db/correction-steps';
import { formatDateTime } from '../../i18n/format';
import { timeBoundMessage } from './time-bound-message';

export function ActionsList({ record, files }: { record: CaseRecord; files?: ReadonlyMap<string, readonly AttachmentRecord[]> | undefined }) {
  const { t, settings } = useApp();
  const actions = useCaseActions(record.id);
  const [editing, setEditing] = useState<string>();
  const when = (iso: string) => formatDateTime(new Date(iso), settings.displayTimeZone);
  const sorted = [...(actions ?? [])].filter((a) => a.kind !== 'annotate').sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section className="card" aria-labelledby="actions-title" data-testid="case-actions">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {actions !== undefined && sorted.length === 0 && <p className="muted">{t('actions.none')}</p>}
      <ul className="history">
        {sorted.map((a) => (
          <li key={a.id} data-kind={a.kind}>
            <strong>{t(`case.action.${a.kind}`)}</strong> — {t('actions.times', { at: when(a.at), entered: when(a.recordedAt) })}
            {a.note && <div>{a.note}</div>}
            {(files?.get(a.id)?.length ?? 0) > 0 && (
              <>
                <h3 className="stored-files__title" id={`action-files-${a.id}`}>
                  {t('files.action.title')}
                </h3>
                <ul className="stored-files" aria-labelledby={`action-files-${a.id}`} data-testid="action-files">
                  {files?.get(a.id)?.map((f) => (
                    <StoredFileItem key={f.id} file={f} />
                  ))}
                </ul>
              </>
            )}
            {(a.corrections ?? []).map((c, i) => (
              <div key={i} className="muted correction-line">
                {t('history.corrected', {
                  field: t(`actions.field.${c.field}`),
                  from: c.field === 'at' ? when(c.from) : c.from,
                  to: c.field === 'at' ? when(c.to) : c.to,
                  at: when(c.at),
                  reason: c.reason,
                })}
              </div>
            ))}
            {!record.withdrawal &&
              (editing === a.id ? (
                <ActionCorrection record={record} action={a} onDone={() => setEditing(undefined)} />
              ) : (
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => setEditing(a.id)}
                  aria-label={`${t('actions.correct')} ${t(`case.action.${a.kind}`)}`}
                >
                  {t('actions.correct')}
                </button>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActionCorrection({ record, action, onDone }: { record: CaseRecord; action: ActionRecord; onDone: () => void }) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const [field, setField] = useState<ActionCorrectableField>('at');
  const [at, setAt] = useState(() => instantToLocalInput(new Date(action.at), zone));
  const [note, setNote] = useState(action.note);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ActionCorrectionProblem>();
  const titleId = useId();
  const save = async () => {
    const value = field === 'at' ? (localInputToInstant(at, zone)?.toISOString() ?? '') : note;
    const result = await correctAction({ caseId: record.id, actionId: action.id, field, value, reason }, settings);
    setProblem(result);
    if (result === undefined) onDone();
  };
  return (
    <div className="action-form" role="group" aria-labelledby={titleId} data-testid="action-correction">
      <h3 id={titleId}>{t('actions.correctTitle', { action: t(`case.action.${action.kind}`) })}</h3>
      <fieldset className="grounds">
        <legend>{t('correct.field')}</legend>
        {(['at', 'note'] as const).map((f) => (
          <label key={f} className="check">
            <input type="radio" name={`action-field-${action.id}`} checked={field === f} onChange={() => setField(f)} />
            <span>{t(`actions.field.${f}`)}</span>
          </label>
        ))}
      </fieldset>
      {field === 'at' ? (
        <label className="field">
          <span>
            {t('actions.field.at')} ({zone})
          </span>
          <input type="datetime-local" name="correctActionAt" value={at} onChange={(e) => setAt(e.target.value)} />
        </label>
      ) : (
        <label className="field">
          <span>{t('actions.field.note')}</span>
          <textarea name="correctActionNote" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}
      <label className="field">
        <span>{t('correct.reason')} *</span>
        <input name="correctActionReason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {typeof problem === 'object' ? timeBoundMessage(t, problem.bound, zone) : t(`correct.problem.${problem}`)}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn btn--primary" onClick={() => runTask(save())}>
          {t('correct.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('intake.cancel')}
        </button>
      </div>
    </div>
  );
}
