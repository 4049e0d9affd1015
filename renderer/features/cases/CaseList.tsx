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

const ROW_HEIGHT = 44;
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
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => {
    if (last >= rows.length - OVERSCAN) loadMore();
  }, [last, rows.length, loadMore]);

  return (
    <div className="case-list">
      <div className="case-list__head" role="row">
        <span>{t('cases.col.number')}</span>
        <span>{t('cases.col.received')}</span>
        <span>{t('cases.col.subject')}</span>
        <span>{t('cases.col.types')}</span>
        <span>{t('cases.col.due')}</span>
        <span>{t('cases.col.status')}</span>
      </div>
      <div
        className="case-list__viewport"
        ref={viewport}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="case-list"
        role="table"
        aria-rowcount={total}
      >
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((row, index) => (
            <button
              type="button"
              key={row.id}
              role="row"
              className="case-row"
              style={{ top: (first + index) * ROW_HEIGHT, height: ROW_HEIGHT }}
              onClick={() => navigate('cases', row.id)}
              data-number={row.number}
            >
              <span className="mono">{row.number}</span>
              <span>{formatDateTime(new Date(row.receivedAt), settings.displayTimeZone)}</span>
              <span className="ellipsis">{row.subject.fullName}</span>
              <span className="ellipsis">{row.requestTypes.map(typeLabel).join(', ')}</span>
              <span>{row.nextDueAt ? formatDateTime(new Date(row.nextDueAt), settings.displayTimeZone) : '—'}</span>
              <span className={`badge badge--${row.status}`}>{t(`case.status.${row.status}`)}</span>
            </button>
          ))}
        </div>
        {rows.length === 0 && done && <p className="muted case-list__empty">{t('cases.noMatch')}</p>}
      </div>
      <div className="case-list__foot" data-testid="case-count">
        {t('cases.shown', { shown: rows.length, total: total ?? '…' })}
      </div>
    </div>
  );
}
