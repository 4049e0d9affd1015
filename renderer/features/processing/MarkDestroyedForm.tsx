/**
 * Records an issued act of scheduled destruction carried out: when the data were destroyed in the systems (not
 * before the act's issue, not in the future) and who destroyed them; one audited transaction. Bad input names
 * the field and changes nothing.
 */
import { useId, useState } from 'react';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { checkRetentionDestruction } from '../../../shared/processing/retention-bounds';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useEscape } from '../../app/use-escape';
import type { IssuedDocument } from '../../db/document-repository';
import { markRetentionActDestroyed, RetentionDestructionError } from '../../db/retention-act-steps';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';

export function MarkDestroyedForm({
  doc,
  defaultBy,
  onDone,
  onCancel,
}: {
  doc: IssuedDocument;
  /** Who usually destroys (the act defaults), prefilled. */
  defaultBy: string;
  onDone: (marked: { readonly number: string; readonly count: number }) => void;
  onCancel: () => void;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const [at, setAt] = useState(() => instantToLocalInput(new Date(), zone));
  const [by, setBy] = useState(defaultBy);
  const [problem, setProblem] = useState<string>();
  const atId = useId();
  const byId = useId();
  const errorId = useId();
  useEscape(onCancel, true);
  const count = doc.relationshipIds?.length ?? 0;
  const issued = formatDateTime(doc.createdAt, zone);
  const say = (code: string, message = '') => {
    const key = `ract.problem.${code}`;
    const known = ['format', 'before-issue', 'future', 'by', 'voided', 'already-destroyed'].includes(code);
    setProblem(known ? t(key as MessageKey, { issued, number: doc.number }) : t('ract.problem.other', { message: message || code }));
  };

  const submit = () =>
    runTask(async () => {
      setProblem(undefined);
      const instant = localInputToInstant(at, zone);
      const local = checkRetentionDestruction({ at: instant, by }, doc.createdAt, new Date());
      if (local !== undefined || instant === undefined) return say(local ?? 'format');
      try {
        const marked = await markRetentionActDestroyed(doc.id, { at: instant.toISOString(), by }, zone);
        onDone({ number: doc.number, count: marked });
      } catch (error) {
        if (error instanceof RetentionDestructionError) say(error.problem);
        else say('other', error instanceof Error ? error.message : String(error));
      }
    });

  return (
    <form
      className="retention-mark"
      aria-labelledby={`${errorId}-legend`}
      data-testid="mark-destroyed-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p id={`${errorId}-legend`} className="retention-mark__legend">
        {t('ract.mark.legend', { number: doc.number })}
      </p>
      <label className="field" htmlFor={atId}>
        <span>{t('ract.mark.at')} *</span>
        <input
          id={atId}
          name="destroyedAt"
          type="datetime-local"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          aria-describedby={`${atId}-hint`}
          aria-invalid={problem !== undefined}
          autoFocus
        />
        <small id={`${atId}-hint`}>{t('ract.mark.atHint', { issued })}</small>
      </label>
      <label className="field" htmlFor={byId}>
        <span>{t('ract.mark.by')} *</span>
        <input id={byId} name="destroyedBy" value={by} maxLength={300} onChange={(e) => setBy(e.target.value)} />
      </label>
      {problem !== undefined && (
        <p role="alert" className="field-error" id={errorId}>
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn--small btn--primary">
          {t('ract.mark.confirm', { count })}
        </button>
        <button type="button" className="btn btn--small" onClick={onCancel}>
          {t('ract.mark.cancel')}
        </button>
      </div>
    </form>
  );
}
