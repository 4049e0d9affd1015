/**
 * Settings → working-day calendars: a year view per jurisdiction with the reason, source and status
 * of every day, and the DPO's corrections (which apply at once to every open deadline).
 */
import { useState } from 'react';
import type { CalendarId, DayInfo } from '../../../shared/calendar/types';
import { useApp } from '../../app/app-context';
import { formatDate, monthTitle } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { DayDetail } from './DayDetail';
import { MonthGrid } from './MonthGrid';
import { useCalendar } from './use-calendar';
import { YearList } from './YearList';

export const CALENDAR_YEARS = [2024, 2025, 2026, 2027, 2028] as const;

export function CalendarSection() {
  const { t, settings } = useApp();
  const [calendarId, setCalendarId] = useState<CalendarId>('kz');
  const [year, setYear] = useState<number>(2026);
  const [selected, setSelected] = useState<string>();
  const calendar = useCalendar(calendarId);
  const months = Array.from({ length: 12 }, (_, index) => monthTitle(index + 1, settings.locale));
  const weekdays = t('calendar.weekdays').split(',');

  return (
    <section className="card card--wide" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <p className="card__hint">{t('calendar.hint')}</p>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('calendar.title')}>
          {(['kz', 'ru'] as const).map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={calendarId === id}
              className={calendarId === id ? 'segmented__btn segmented__btn--on' : 'segmented__btn'}
              onClick={() => setCalendarId(id)}
            >
              {t(`calendar.${id}`)}
            </button>
          ))}
        </div>
        <label className="inline-field">
          <span>{t('calendar.year')}</span>
          <select name="calendarYear" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {CALENDAR_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <Legend />
      </div>
      {calendar && (
        <div className="calendar-layout">
          <div className="year-grid" data-testid="year-grid" data-calendar={calendarId} data-year={year}>
            {months.map((title, index) => (
              <MonthGrid
                key={title}
                year={year}
                month={index + 1}
                title={title}
                weekdays={weekdays}
                dayInfo={calendar.dayInfo}
                selected={selected}
                onSelect={setSelected}
              />
            ))}
          </div>
          <aside className="calendar-side">
            {selected && (
              <DayDetail
                key={`${calendarId}-${selected}`}
                calendarId={calendarId}
                info={calendar.dayInfo(selected)}
                override={calendar.overrides.find((o) => o.date === selected)}
              />
            )}
            <h3>{t('calendar.overrides')}</h3>
            {calendar.overrides.length === 0 ? (
              <p className="muted">{t('calendar.overrides.none')}</p>
            ) : (
              <ul className="override-list" data-testid="override-list">
                {calendar.overrides.map((o) => (
                  <li key={o.id}>
                    <button type="button" className="link-button" onClick={() => setSelected(o.date)}>
                      {formatDate(o.date)}
                    </button>{' '}
                    — {t(o.working ? 'calendar.day.working' : 'calendar.day.nonWorking')}: {o.note}
                  </li>
                ))}
              </ul>
            )}
          </aside>
        </div>
      )}
      {calendar && <YearList year={year} dayInfo={calendar.dayInfo} weekdays={weekdays} onSelect={setSelected} />}
    </section>
  );
}

function Legend() {
  const { t } = useApp();
  const items: [string, MessageKey][] = [
    ['day', 'calendar.legend.working'],
    ['day day--weekend', 'calendar.legend.weekend'],
    ['day day--holiday', 'calendar.legend.holiday'],
    ['day day--holiday day--uncertain', 'calendar.legend.uncertain'],
    ['day day--transfer-working', 'calendar.legend.transfer'],
    ['day day--override-off', 'calendar.legend.override'],
  ];
  return (
    <ul className="legend">
      {items.map(([className, key]) => (
        <li key={key}>
          <span className={className} aria-hidden="true" />
          {t(key)}
        </li>
      ))}
    </ul>
  );
}

export const kindKey = (info: Pick<DayInfo, 'kind'>): MessageKey => `calendar.kind.${info.kind}` as MessageKey;
export const statusKey = (status: string): MessageKey => `calendar.status.${status}` as MessageKey;
