import type { KeyboardEvent } from 'react';
import type { DayInfo } from '../../../shared/calendar/types';

export const dayClass = (info: DayInfo): string => {
  if (info.status === 'override') return info.working ? 'day day--override-working' : 'day day--override-off';
  if (info.kind === 'transfer-working-day') return 'day day--transfer-working';
  if (info.working) return 'day';
  if (info.kind === 'weekend') return 'day day--weekend';
  return info.status === 'estimate' || info.status === 'reported' ? 'day day--holiday day--uncertain' : 'day day--holiday';
};

const DAY_MS = 86_400_000;
const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
const timeOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** The day an arrow key (or Home/End, PageUp/PageDown) moves to from `date`; undefined for other keys. */
export function moveDate(date: string, key: string): string | undefined {
  const time = timeOf(date);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  switch (key) {
    case 'ArrowLeft':
      return isoDate(time - DAY_MS);
    case 'ArrowRight':
      return isoDate(time + DAY_MS);
    case 'ArrowUp':
      return isoDate(time - 7 * DAY_MS);
    case 'ArrowDown':
      return isoDate(time + 7 * DAY_MS);
    case 'Home':
      return isoDate(time - weekday * DAY_MS);
    case 'End':
      return isoDate(time + (6 - weekday) * DAY_MS);
    case 'PageUp':
    case 'PageDown': {
      const d = new Date(time);
      const month = d.getUTCMonth() + (key === 'PageUp' ? -1 : 1);
      const last = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
      return isoDate(Date.UTC(d.getUTCFullYear(), month, Math.min(d.getUTCDate(), last)));
    }
    default:
      return undefined;
  }
}

/**
 * One month, Monday first, as an ARIA grid (a real table): one Tab stop per month (roving tabindex: the
 * day in `focusable`), arrow keys move between days and across months, Enter or Space selects. Each day is
 * named with its date and kind; its kind is shown by a pattern as well as by colour.
 */
export function MonthGrid(props: {
  year: number;
  month: number;
  title: string;
  weekdays: readonly string[];
  weekdayNames: readonly string[];
  dayInfo: (date: string) => DayInfo;
  dayLabel: (info: DayInfo) => string;
  selected: string | undefined;
  /** The day of this month that takes the Tab stop. */
  focusable: string;
  onSelect: (date: string) => void;
  onMove: (date: string) => void;
}) {
  const { year, month } = props;
  const first = new Date(Date.UTC(year, month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | undefined)[] = [
    ...Array<undefined>(lead),
    ...Array.from({ length: days }, (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`),
  ];
  while (cells.length % 7) cells.push(undefined);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const titleId = `month-${year}-${month}`;

  const onKeyDown = (event: KeyboardEvent, date: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect(date);
      return;
    }
    const next = moveDate(date, event.key);
    if (!next) return;
    event.preventDefault();
    props.onMove(next);
  };

  return (
    <div className="month">
      <div className="month__title" id={titleId}>
        {props.title}
      </div>
      <table className="month__grid" role="grid" aria-labelledby={titleId}>
        <thead>
          <tr>
            {props.weekdays.map((w, index) => (
              <th key={w} className="month__weekday" scope="col" abbr={props.weekdayNames[index]}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((date, index) => {
                if (!date) return <td key={`pad-${index}`} />;
                const info = props.dayInfo(date);
                const selected = props.selected === date;
                return (
                  <td
                    key={date}
                    role="gridcell"
                    data-date={date}
                    data-working={info.working}
                    className={`${dayClass(info)}${selected ? ' day--selected' : ''}`}
                    aria-selected={selected}
                    aria-label={props.dayLabel(info)}
                    tabIndex={props.focusable === date ? 0 : -1}
                    onClick={() => props.onSelect(date)}
                    onKeyDown={(event) => onKeyDown(event, date)}
                  >
                    {Number(date.slice(8))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
