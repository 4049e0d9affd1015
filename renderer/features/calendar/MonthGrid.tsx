import type { DayInfo } from '../../../shared/calendar/types';

export const dayClass = (info: DayInfo): string => {
  if (info.status === 'override') return info.working ? 'day day--override-working' : 'day day--override-off';
  if (info.kind === 'transfer-working-day') return 'day day--transfer-working';
  if (info.working) return 'day';
  if (info.kind === 'weekend') return 'day day--weekend';
  return info.status === 'estimate' || info.status === 'reported' ? 'day day--holiday day--uncertain' : 'day day--holiday';
};

/** One month, Monday first, each day coloured by what it is and clickable for its reason. */
export function MonthGrid(props: {
  year: number;
  month: number;
  title: string;
  weekdays: readonly string[];
  dayInfo: (date: string) => DayInfo;
  selected: string | undefined;
  onSelect: (date: string) => void;
}) {
  const { year, month } = props;
  const first = new Date(Date.UTC(year, month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | undefined)[] = [
    ...Array<undefined>(lead),
    ...Array.from({ length: days }, (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`),
  ];
  return (
    <div className="month">
      <div className="month__title">{props.title}</div>
      <div className="month__grid" role="grid" aria-label={props.title}>
        {props.weekdays.map((w) => (
          <div key={w} className="month__weekday" role="columnheader">
            {w}
          </div>
        ))}
        {cells.map((date, index) => {
          if (!date) return <div key={`pad-${index}`} />;
          const info = props.dayInfo(date);
          return (
            <button
              key={date}
              type="button"
              role="gridcell"
              data-date={date}
              data-working={info.working}
              className={`${dayClass(info)}${props.selected === date ? ' day--selected' : ''}`}
              aria-pressed={props.selected === date}
              title={info.name ? `${date}` : undefined}
              onClick={() => props.onSelect(date)}
            >
              {Number(date.slice(8))}
            </button>
          );
        })}
      </div>
    </div>
  );
}
