/**
 * Correcting a field typed at intake, with a stated reason: the field, its current value, the correct
 * value (an input of the field's kind) and the reason. Checked the way intake checks the field; a problem
 * names it and nothing changes. The previous value is kept in the case history.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { CORRECTABLE_FIELDS, fieldValue, isList, type CorrectableField, type CorrectionValue } from '../../../shared/cases/corrections';
import { CHANNELS, type CaseRecord } from '../../../shared/cases/model';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { REQUEST_LANGUAGES } from '../../../shared/locale';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useEscape } from '../../app/use-escape';
import { announce } from '../../app/announce';
import { correctCase, type CaseCorrectionProblem } from '../../db/correction-steps';
import { correctionProblemText, FIELD_LABEL, valueText } from './correction-labels';
import { useRequestTypes } from './request-types';

/** The form's text for a field's current value (datetime-local for the receipt). */
function initialInput(record: CaseRecord, field: CorrectableField, zone: string): CorrectionValue {
  const value = fieldValue(record, field);
  if (field === 'receivedAt' && typeof value === 'string') return instantToLocalInput(new Date(value), zone);
  return value;
}

export function CorrectionForm({ record, onDone }: { record: CaseRecord; onDone: () => void }) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const offered = useRequestTypes();
  const [field, setField] = useState<CorrectableField>('subject.fullName');
  const [value, setValue] = useState<CorrectionValue>(() => initialInput(record, 'subject.fullName', zone));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<CaseCorrectionProblem>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEscape(() => {
    if (!busy) onDone();
  });

  const choose = (next: CorrectableField) => {
    setField(next);
    setValue(initialInput(record, next, zone));
    setProblem(undefined);
  };
  const save = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const given = field === 'receivedAt' && typeof value === 'string' ? (localInputToInstant(value, zone)?.toISOString() ?? '') : value;
      const result = await correctCase(
        { caseId: record.id, field, value: given, reason },
        offered.map((o) => o.id),
        settings,
      );
      setProblem(result);
      if (result === undefined) {
        announce(t('correct.saved'));
        onDone();
      }
    } finally {
      setBusy(false);
    }
  };
  const text = typeof value === 'string' ? value : '';
  const list: readonly string[] = isList(value) ? value : [];
  const valueLabel = `${t('correct.value')}: ${t(FIELD_LABEL[field])}`;

  return (
    <div className="action-form" role="group" aria-labelledby={titleId} data-testid="correction-form">
      <h3 id={titleId}>{t('correct.title')}</h3>
      <p className="muted">{t('correct.intro')}</p>
      <div className="field-row">
        <label className="field">
          <span>{t('correct.field')}</span>
          <select ref={first} name="correctField" value={field} onChange={(e) => choose(CORRECTABLE_FIELDS.find((f) => f === e.target.value) ?? field)}>
            {CORRECTABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(FIELD_LABEL[f])}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" data-testid="correct-current">
          {t('correct.current', { value: valueText(t, field, fieldValue(record, field), zone, settings.locale) })}
        </p>
      </div>
      {field === 'requestTypes' ? (
        <fieldset className="grounds">
          <legend>{valueLabel}</legend>
          {offered.map((o) => (
            <label key={o.id} className="check">
              <input
                type="checkbox"
                checked={list.includes(o.id)}
                onChange={(e) => setValue(e.target.checked ? [...list, o.id] : list.filter((x) => x !== o.id))}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      ) : field === 'rfSubject' ? (
        <label className="check">
          <input type="checkbox" name="correctValue" checked={value === true} onChange={(e) => setValue(e.target.checked)} />
          <span>{t('intake.rfSubject')}</span>
        </label>
      ) : field === 'channel' || field === 'language' ? (
        <label className="field">
          <span>{valueLabel}</span>
          <select name="correctValue" value={text} onChange={(e) => setValue(e.target.value)}>
            {field === 'channel'
              ? CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`channel.${c}`)}
                  </option>
                ))
              : REQUEST_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
          </select>
        </label>
      ) : field === 'description' ? (
        <label className="field">
          <span>{valueLabel}</span>
          <textarea name="correctValue" rows={3} value={text} onChange={(e) => setValue(e.target.value)} />
        </label>
      ) : (
        <label className="field">
          <span>
            {valueLabel}
            {field === 'receivedAt' ? ` (${zone})` : ''}
          </span>
          <input
            name="correctValue"
            type={field === 'receivedAt' ? 'datetime-local' : field === 'subject.birthDate' ? 'date' : 'text'}
            value={text}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
      )}
      <label className="field">
        <span>{t('correct.reason')} *</span>
        <input name="correctReason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {t(FIELD_LABEL[field])}: {correctionProblemText(t, problem)}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn btn--primary" aria-disabled={busy} onClick={() => runTask(save())}>
          {t('correct.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('intake.cancel')}
        </button>
      </div>
    </div>
  );
}
