import { daySourceText } from '../../../shared/calendar/source-texts';
import type { CalendarId, DayInfo } from '../../../shared/calendar/types';
import { useApp } from '../../app/app-context';
import { formatDate } from '../../i18n/format';
import { kindKey, statusKey } from './CalendarSection';

/** The year's non-working weekdays and working weekend days, each with its reason, source and status. */
export function YearList({
  calendarId,
  year,
  dayInfo,
  weekdays,
  onSelect,
}: {
  calendarId: CalendarId;
  year: number;
  dayInfo: (date: string) => DayInfo;
  weekdays: readonly string[];
  onSelect: (date: string) => void;
}) {
  const { t, settings } = useApp();
  const rows: DayInfo[] = [];
  for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += 86_400_000) {
    const info = dayInfo(new Date(time).toISOString().slice(0, 10));
    const weekend = info.weekday >= 6;
    if ((weekend && info.working) || (!weekend && !info.working) || info.status === 'override' || info.kind === 'former-day-off') rows.push(info);
  }
  return (
    <>
      <h3>{t('calendar.list.title', { year })}</h3>
      <table className="table" data-testid="year-list">
        <thead>
          <tr>
            <th>{t('calendar.list.date')}</th>
            <th>{t('calendar.list.day')}</th>
            <th>{t('calendar.list.reason')}</th>
            <th>{t('calendar.source')}</th>
            <th>{t('calendar.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((info) => (
            <tr key={info.date} onClick={() => onSelect(info.date)} className={info.working ? 'row--working' : undefined}>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect(info.date)}>
                  {formatDate(info.date)}
                </button>
              </td>
              <td>{weekdays[info.weekday - 1]}</td>
              <td>{info.name ? info.name[settings.locale] : t(kindKey(info))}</td>
              <td>{daySourceText(calendarId, info)[settings.locale]}</td>
              <td>{t(statusKey(info.status))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
