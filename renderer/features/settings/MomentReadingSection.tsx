/**
 * Settings → how a working-day term "from the moment" of an event ends (K8 breach notice,
 * legal-reference §11.1): the same time on the next working day (default) or the Civil Code Art. 173
 * reading. Each choice shows its source; a change re-dates every open deadline in one transaction.
 */
import { useState } from 'react';
import { MOMENT_READINGS, MOMENT_READING_SOURCES, type MomentReading } from '../../../shared/calendar/term';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { saveMomentReading } from '../../db/deadline-steps';

export function MomentReadingSection() {
  const { t, settings, settingSaved } = useApp();
  const [status, setStatus] = useState('');
  // The choice shows at once; it goes back if saving fails.
  const [chosen, setChosen] = useState(settings.momentReading);

  const choose = async (reading: MomentReading) => {
    if (reading === settings.momentReading) return;
    setChosen(reading);
    try {
      const { moved } = await saveMomentReading(reading, settings);
      settingSaved('momentReading', reading);
      setStatus(t('moment.saved', { moved }));
    } catch (e) {
      setChosen(settings.momentReading);
      throw e;
    }
  };

  return (
    <section className="card card--wide" aria-labelledby="moment-title" data-testid="moment-reading">
      <h2 id="moment-title">{t('moment.title')}</h2>
      <p className="card__hint">{t('moment.hint')}</p>
      <fieldset aria-labelledby="moment-title">
        {MOMENT_READINGS.map((reading) => (
          <label key={reading} className="inline-field">
            <input type="radio" name="momentReading" value={reading} checked={chosen === reading} onChange={() => runTask(choose(reading))} />{' '}
            <span>
              {t(`moment.${reading}`)}
              <br />
              <small className="muted">
                {t('moment.source')}: {MOMENT_READING_SOURCES[reading]}
              </small>
            </span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
