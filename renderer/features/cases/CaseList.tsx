/**
 * The case list: virtualized rows (only what is on screen is rendered), pages fetched with keyset
 * cursors as the DPO scrolls, search by number / IIN / name prefix and filters. Typing stays
 * responsive: the query runs after a short pause and a newer query supersedes an older one.
 */
import type { CalendarId } from '../../../shared/calendar/types';
import type { DeadlineContext } from '../../../shared/cases/deadlines';
import { DueYearEstimateWarning } from '../calendar/EstimateWarning';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseRecord } from '../../../shared/cases/model';
import { useApp } from '../../app/app-context';
import { navigate } from '../../app/routes';
import { dueMark } from '../../../shared/cases/due-mark';
import { fetchCaseCount, fetchCasePage, type CaseCursor, type CaseFilter, type CaseSort, type SortField } from '../../db/case-queries';
import { formatDateTime } from '../../i18n/format';
import { runTask } from '../../app/run-task';
import { UserText } from '../../components/UserText';

const ROW_HEIGHT = 44;
/** A narrow pane (a small window, or 200 % zoom) stacks each row's cells on two lines. */
const STACKED_ROW_HEIGHT = 72;
const STACK_BELOW_PX = 720;
const PAGE = 100;
const OVERSCAN = 10;

/** The columns the list sorts by, in the order they are shown. */
const SORTABLE: Readonly<Record<'number' | 'received' | 'subject' | 'due', SortField>> = {
  number: 'number',
  received: 'received',
  subject: 'name',
  due: 'due',
};

export function CaseList({
  filter,
  search,
  sort,
  onSort,
  typeLabel,
  context,
}: {
  filter: CaseFilter;
  search: string;
  sort: CaseSort;
  onSort: (sort: CaseSort) => void;
  typeLabel: (id: string) => string;
  /** The calendars, for the estimated-calendar mark beside a due date (none while loading). */
  context?: DeadlineContext | undefined;
}) {
  const { t, settings } = useApp();
  const [rows, setRows] = useState<CaseRecord[]>([]);
  const [cursor, setCursor] = useState<CaseCursor | undefined>();
  const [done, setDone] = useState(false);
  const [total, setTotal] = useState<number>();
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [width, setWidth] = useState(1000);
  const viewport = useRef<HTMLDivElement>(null);
  // "Now" for the overdue and due-today marks, moved on every minute.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const generation = useRef(0);
  const loading = useRef(false);

  useEffect(() => {
    const gen = ++generation.current;
    const load = () => {
      loading.current = true;
      runTask(
        fetchCasePage({ filter, search, sort, limit: PAGE }).then((page) => {
          if (gen !== generation.current) return;
          loading.current = false;
          setRows(page.rows);
          setCursor(page.next);
          setDone(!page.next);
          if (viewport.current) viewport.current.scrollTop = 0;
        }),
      );
    };
    // Without a search, the page is asked for at once: IndexedDB serves requests in order, and the
    // first page must not queue behind the count and the other reads of a starting app.
    if (!search) {
      load();
      return;
    }
    const timer = setTimeout(load, 120);
    return () => clearTimeout(timer);
  }, [filter, search, sort]);

  // Declared after the page's effect, so the count is asked for after the page. The total depends on
  // the status alone: counting 100 000 index entries on every keystroke would hold the search back.
  const status = filter.status;
  // Whether any case exists at all: the empty list then says how to register the first one.
  const [anyCases, setAnyCases] = useState<boolean>();
  const empty = rows.length === 0 && done;
  useEffect(() => {
    if (!empty) return;
    let current = true;
    runTask(fetchCaseCount().then((n) => current && setAnyCases(n > 0)));
    return () => {
      current = false;
    };
  }, [empty]);
  useEffect(() => {
    let current = true;
    runTask(fetchCaseCount(status).then((n) => current && setTotal(n)));
    return () => {
      current = false;
    };
  }, [status]);

  const loadMore = useCallback(() => {
    if (loading.current || done || !cursor) return;
    loading.current = true;
    const gen = generation.current;
    runTask(
      fetchCasePage({ filter, search, sort, cursor, limit: PAGE }).then((page) => {
        loading.current = false;
        if (gen !== generation.current) return;
        setRows((previous) => [...previous, ...page.rows]);
        setCursor(page.next);
        setDone(!page.next);
      }),
    );
  }, [cursor, done, filter, search, sort]);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setHeight(element.clientHeight);
      setWidth(element.clientWidth);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const stacked = width < STACK_BELOW_PX;
  const rowHeight = stacked ? STACKED_ROW_HEIGHT : ROW_HEIGHT;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  useEffect(() => {
    if (last >= rows.length - OVERSCAN) loadMore();
  }, [last, rows.length, loadMore]);

  // A table for assistive technology: the header row and the rendered rows each carry their place in the
  // whole list (aria-rowindex, the header being row 1), so a virtualized row is announced as "row 57 of 1001".
  return (
    <div className={stacked ? 'case-list case-list--stacked' : 'case-list'}>
      <div className="case-list__table" role="table" aria-label={t('cases.title')} aria-rowcount={total === undefined ? -1 : total + 1}>
        <div role="rowgroup">
          <div className="case-list__head" role="row" aria-rowindex={1}>
            {(['number', 'received', 'subject'] as const).map((column) => (
              <SortHeader key={column} label={t(`cases.col.${column}`)} field={SORTABLE[column]} sort={sort} onSort={onSort} />
            ))}
            <span role="columnheader">{t('cases.col.types')}</span>
            <SortHeader label={t('cases.col.due')} field="due" sort={sort} onSort={onSort} />
            <span role="columnheader">{t('cases.col.status')}</span>
          </div>
        </div>
        <div className="case-list__viewport" ref={viewport} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="case-list" role="rowgroup">
          <div style={{ height: rows.length * rowHeight, position: 'relative' }}>
            {rows.slice(first, last).map((row, index) => (
              // The row answers a click anywhere for the mouse; the keyboard and screen readers use the link.
              <div
                key={row.id}
                role="row"
                aria-rowindex={first + index + 2}
                className={`case-row case-row--${row.status === 'open' ? dueMark(row.nextDueAt, now, settings.displayTimeZone) : 'none'}`}
                style={{ top: (first + index) * rowHeight, height: rowHeight }}
                onClick={(event) => {
                  if (!(event.target as Element).closest('a')) navigate('cases', row.id);
                }}
                data-number={row.number}
              >
                <span role="cell" className="mono">
                  <a href={`#/cases/${row.id}`} className="case-row__link">
                    {row.number}
                  </a>
                </span>
                <span role="cell">{formatDateTime(new Date(row.receivedAt), settings.displayTimeZone)}</span>
                <span role="cell" className="ellipsis">
                  <UserText>{row.subject.fullName}</UserText>
                </span>
                <span role="cell" className="ellipsis">
                  {row.requestTypes.map(typeLabel).join(', ')}
                </span>
                <DueCell nextDueAt={row.nextDueAt} open={row.status === 'open'} now={now} calendars={row.rfSubject ? ['kz', 'ru'] : ['kz']} context={context} />
                <span role="cell">
                  {row.withdrawal ? (
                    <span className="badge badge--withdrawn">{t('case.withdrawn')}</span>
                  ) : (
                    <span className={`badge badge--${row.status}`}>{t(`case.status.${row.status}`)}</span>
                  )}
                </span>
              </div>
            ))}
          </div>
        </div>
      </div>
      {rows.length === 0 && done && (
        <p className="muted case-list__empty" data-testid="case-list-empty">
          {search.trim() !== '' ? t('cases.noMatch.search', { text: search.trim() }) : anyCases === false ? t('cases.noCases') : t('cases.noMatch.filter')}
        </p>
      )}
      <div className="case-list__foot" data-testid="case-count" role="status">
        {t('cases.shown', { shown: rows.length, total: total ?? '…' })}
      </div>
    </div>
  );
}

function SortHeader({ label, field, sort, onSort }: { label: string; field: SortField; sort: CaseSort; onSort: (sort: CaseSort) => void }) {
  const { t } = useApp();
  const active = sort.field === field;
  // A first click sorts the natural way: due dates soonest first, numbers and names A→Z, receipts newest first.
  const first: CaseSort['direction'] = field === 'received' ? 'desc' : 'asc';
  const next: CaseSort = { field, direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : first };
  return (
    <span role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)} title={t('cases.sort.by', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </span>
  );
}

function DueCell({
  nextDueAt,
  open,
  now,
  calendars,
  context,
}: {
  nextDueAt: string;
  open: boolean;
  now: Date;
  calendars: readonly CalendarId[];
  context: DeadlineContext | undefined;
}) {
  const { t, settings } = useApp();
  if (!nextDueAt) return <span role="cell">—</span>;
  const mark = open ? dueMark(nextDueAt, now, settings.displayTimeZone) : 'none';
  return (
    <span role="cell" className="due-cell">
      {formatDateTime(new Date(nextDueAt), settings.displayTimeZone)}
      {mark !== 'none' && <span className={`due-mark due-mark--${mark}`}>{t(`cases.mark.${mark}`)}</span>}
      {open && <DueYearEstimateWarning dueAt={nextDueAt} calendars={calendars} context={context} compact />}
    </span>
  );
}
