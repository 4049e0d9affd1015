/**
 * Settings → working-day calendars: a year view per jurisdiction with the reason, source and status
 * of every day, and the DPO's corrections (which apply at once to every open deadline).
 */
import { useEffect, useRef, useState } from 'react';
import type { CalendarId, DayInfo } from '../../../shared/calendar/types';
import { useApp } from '../../app/app-context';
import { formatDate, formatLongDate, monthTitle } from '../../i18n/format';
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
  // The day that holds the keyboard: moved by the arrow keys, focused once it is drawn.
  const [active, setActive] = useState<string>();
  const moved = useRef(false);
  const yearGrid = useRef<HTMLDivElement>(null);
  const calendar = useCalendar(calendarId);
  const months = Array.from({ length: 12 }, (_, index) => monthTitle(index + 1, settings.locale));
  const weekdays = t('calendar.weekdays').split(',');
  const weekdayNames = t('a11y.weekdays').split(',');

  useEffect(() => {
    if (!moved.current || !active) return;
    moved.current = false;
    yearGrid.current?.querySelector<HTMLElement>(`[data-date="${active}"]`)?.focus();
  }, [active]);

  const move = (date: string) => {
    if (Number(date.slice(0, 4)) !== year) return;
    moved.current = true;
    setActive(date);
  };
  const select = (date: string) => {
    setActive(date);
    setSelected(date);
  };
  const focusable = (month: number): string => {
    const prefix = `${year}-${String(month).padStart(2, '0')}-`;
    if (active?.startsWith(prefix)) return active;
    if (selected?.startsWith(prefix)) return selected;
    return `${prefix}01`;
  };
  const dayLabel = (info: DayInfo): string => {
    const parts = [formatLongDate(info.date, settings.locale), info.name ? info.name[settings.locale] : t(kindKey(info))];
    if (info.name && !info.working) parts.push(t('calendar.day.nonWorking'));
    if (info.status === 'estimate' || info.status === 'reported') parts.push(t('a11y.calendar.unverified'));
    if (info.status === 'override') parts.push(t('a11y.calendar.corrected'));
    return parts.join(', ');
  };

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
          <div className="year-grid" ref={yearGrid} data-testid="year-grid" data-calendar={calendarId} data-year={year} aria-describedby="calendar-keys">
            <p id="calendar-keys" className="visually-hidden">
              {t('a11y.calendar.keys')}
            </p>
            {months.map((title, index) => (
              <MonthGrid
                key={title}
                year={year}
                month={index + 1}
                title={title}
                weekdays={weekdays}
                weekdayNames={weekdayNames}
                dayInfo={calendar.dayInfo}
                dayLabel={dayLabel}
                selected={selected}
                focusable={focusable(index + 1)}
                onSelect={select}
                onMove={move}
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
                    <button type="button" className="link-button" onClick={() => select(o.date)}>
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
      {calendar && <YearList calendarId={calendarId} year={year} dayInfo={calendar.dayInfo} weekdays={weekdays} onSelect={select} />}
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
