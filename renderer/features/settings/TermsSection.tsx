/**
 * Statutory terms the DPO may change: every rule tagged [S], [K] or [I] in the rule packs (secondary
 * sources, unverified wording, inferences), with its default, citation and tag; plus the close of
 * business. A change re-dates every open deadline at once.
 */
import { TagBadge } from '../../components/TagBadge';
import { useState } from 'react';
import { settingDefinitions, type SettingDefinition } from '../../../shared/rules';
import { useApp } from '../../app/app-context';
import { saveCloseOfBusiness, saveDeadlineTerms } from '../../db/deadline-steps';
import { runTask } from '../../app/run-task';

const TERM_UNIT_KEY = {
  'working-days': 'terms.unit.working-days',
  'calendar-days': 'terms.unit.calendar-days',
  hours: 'terms.unit.hours',
  months: 'terms.unit.months',
  years: 'terms.unit.years',
} as const;

export function TermsSection() {
  const { t, settings, settingSaved } = useApp();
  const [close, setClose] = useState(settings.closeOfBusiness);
  const [status, setStatus] = useState('');
  const definitions = settingDefinitions();

  const saveTerm = async (definition: SettingDefinition, raw: string) => {
    const next = { ...settings.deadlineTerms };
    if (raw.trim() === '' || Number(raw) === definition.defaultTerm.count) delete next[definition.key];
    else {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 0 || value > 1000) {
        setStatus(t('terms.invalid'));
        return;
      }
      next[definition.key] = value;
    }
    const { moved } = await saveDeadlineTerms(next, settings, `term ${definition.key}`);
    settingSaved('deadlineTerms', next);
    setStatus(t('terms.saved', { moved }));
  };

  const saveClose = async () => {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(close)) {
      setStatus(t('terms.closeInvalid'));
      return;
    }
    const { moved } = await saveCloseOfBusiness(close, settings);
    settingSaved('closeOfBusiness', close);
    setStatus(t('terms.saved', { moved }));
  };

  return (
    <section className="card card--wide" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('terms.title')}</h2>
      <p className="card__hint">{t('terms.hint')}</p>
      <div className="inline-field">
        <label htmlFor="close-of-business">{t('terms.close')}</label>
        <input id="close-of-business" name="closeOfBusiness" type="time" value={close} onChange={(e) => setClose(e.target.value)} />
        <button type="button" className="btn" onClick={() => runTask(saveClose())}>
          {t('terms.save')}
        </button>
      </div>
      <table className="table" data-testid="terms-table">
        <thead>
          <tr>
            <th>{t('terms.rule')}</th>
            <th>{t('terms.citation')}</th>
            <th>{t('terms.default')}</th>
            <th>{t('terms.value')}</th>
          </tr>
        </thead>
        <tbody>
          {definitions.map((d) => (
            <TermRow key={d.key} definition={d} current={settings.deadlineTerms[d.key]} onSave={saveTerm} />
          ))}
        </tbody>
      </table>
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}

function TermRow({
  definition,
  current,
  onSave,
}: {
  definition: SettingDefinition;
  current: number | undefined;
  onSave: (d: SettingDefinition, raw: string) => Promise<void>;
}) {
  const { t, settings } = useApp();
  const [value, setValue] = useState(String(current ?? definition.defaultTerm.count));
  const unitKey = TERM_UNIT_KEY[definition.defaultTerm.unit];
  const unit = t(unitKey, { count: Number(value) });
  return (
    <tr data-key={definition.key} className={current !== undefined ? 'row--changed' : undefined}>
      <td>
        {definition.title[settings.locale]}
        {definition.part === 'extension' ? ` — ${t('terms.extension')}` : ''}
      </td>
      <td>
        <span data-testid="rule-citation">{definition.citation[settings.locale]}</span> <TagBadge tag={definition.tag} />
        {definition.note && (
          <div className="muted term-note" data-testid="rule-note">
            {definition.note[settings.locale]}
          </div>
        )}
      </td>
      <td>
        {definition.defaultTerm.count} {t(unitKey, { count: definition.defaultTerm.count })}
      </td>
      <td>
        <input
          name={definition.key}
          className="term-input"
          type="number"
          min={0}
          max={1000}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-label={`${definition.title[settings.locale]} (${unit})`}
        />{' '}
        {unit}{' '}
        <button type="button" className="btn btn--small" onClick={() => runTask(onSave(definition, value))}>
          {t('terms.save')}
        </button>
      </td>
    </tr>
  );
}
