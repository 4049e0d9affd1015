/**
 * The case list: virtualized rows (only what is on screen is rendered), pages fetched with keyset
 * cursors as the DPO scrolls, search by number / IIN / name prefix and filters. Typing stays
 * responsive: the query runs after a short pause and a newer query supersedes an older one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseRecord } from '../../../shared/cases/model';
import { useApp } from '../../app/app-context';
import { navigate } from '../../app/routes';
import { fetchCaseCount, fetchCasePage, type CaseCursor, type CaseFilter } from '../../db/case-queries';
import { formatDateTime } from '../../i18n/format';
import { runTask } from '../../app/run-task';
import { UserText } from '../../components/UserText';

const ROW_HEIGHT = 44;
/** A narrow pane (a small window, or 200 % zoom) stacks each row's cells on two lines. */
const STACKED_ROW_HEIGHT = 72;
const STACK_BELOW_PX = 720;
const PAGE = 100;
const OVERSCAN = 10;

export function CaseList({ filter, search, typeLabel }: { filter: CaseFilter; search: string; typeLabel: (id: string) => string }) {
  const { t, settings } = useApp();
  const [rows, setRows] = useState<CaseRecord[]>([]);
  const [cursor, setCursor] = useState<CaseCursor | undefined>();
  const [done, setDone] = useState(false);
  const [total, setTotal] = useState<number>();
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [width, setWidth] = useState(1000);
  const viewport = useRef<HTMLDivElement>(null);
  const generation = useRef(0);
  const loading = useRef(false);

  useEffect(() => {
    const gen = ++generation.current;
    const load = () => {
      loading.current = true;
      runTask(
        fetchCasePage({ filter, search, limit: PAGE }).then((page) => {
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
  }, [filter, search]);

  // Declared after the page's effect, so the count is asked for after the page. The total depends on
  // the status alone: counting 100 000 index entries on every keystroke would hold the search back.
  const status = filter.status;
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
      fetchCasePage({ filter, search, cursor, limit: PAGE }).then((page) => {
        loading.current = false;
        if (gen !== generation.current) return;
        setRows((previous) => [...previous, ...page.rows]);
        setCursor(page.next);
        setDone(!page.next);
      }),
    );
  }, [cursor, done, filter, search]);

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
            <span role="columnheader">{t('cases.col.number')}</span>
            <span role="columnheader">{t('cases.col.received')}</span>
            <span role="columnheader">{t('cases.col.subject')}</span>
            <span role="columnheader">{t('cases.col.types')}</span>
            <span role="columnheader">{t('cases.col.due')}</span>
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
                className="case-row"
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
                <span role="cell">{row.nextDueAt ? formatDateTime(new Date(row.nextDueAt), settings.displayTimeZone) : '—'}</span>
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
      {rows.length === 0 && done && <p className="muted case-list__empty">{t('cases.noMatch')}</p>}
      <div className="case-list__foot" data-testid="case-count" role="status">
        {t('cases.shown', { shown: rows.length, total: total ?? '…' })}
      </div>
    </div>
  );
}
