/**
 * The destruction queue: what is overdue, falls due this month and next month, by activity and information
 * system. Each group shows its number of rows (counted, not read); an opened group lists its rows a page at a
 * time with each subject held back (open request, contract still in force) and the reason. Rows not held back
 * are chosen one by one, a page at a time, or a whole group at once — the act step then reads the group and
 * leaves out (and reports) the subjects held back. An act issued here stays shown under the queue (its rows left
 * it) with its number, Save/Print/Open and the next step: mark destroyed and attach the signed scan in the list of
 * issued acts, which the DPO is taken to.
 */
import { useEffect, useRef, useState } from 'react';
import {
  groupKeyOf,
  initiallyExpanded,
  QUEUE_BUCKETS,
  QUEUE_PAGE_SIZE,
  type HoldReason,
  type QueueCursor,
  type QueueGroupCount,
  type QueueGroupKey,
} from '../../../shared/processing/destruction-queue';
import type { ProcessingActivity } from '../../../shared/processing/model';
import { formatDotDate, parseDateKey } from '../../../shared/time/civil-date';
import { maskIin } from '../../../shared/validation';
import { useApp } from '../../app/app-context';
import type { IssuedDocument } from '../../db/document-repository';
import { useQueueGroups, useQueuePage } from '../../db/processing-hooks';
import { useRetentionActs } from '../../db/retention-act-hooks';
import { DocumentActions } from '../documents/DocumentActions';
import { actRowId } from './act-row-id';
import { RetentionActPanel } from './RetentionActPanel';

const dot = (key: string): string => {
  const days = parseDateKey(key);
  return days === undefined ? key : formatDotDate(days);
};

/** Rows chosen one by one (with their group), and whole groups. */
interface Choice {
  readonly rows: ReadonlyMap<string, string>;
  readonly groups: ReadonlyMap<string, QueueGroupKey>;
}

const NO_CHOICE: Choice = { rows: new Map(), groups: new Map() };

export function DestructionQueue({ today, activities }: { today: string; activities: readonly ProcessingActivity[] }) {
  const { t, settings } = useApp();
  const groups = useQueueGroups(today);
  const [choice, setChoice] = useState<Choice>(NO_CHOICE);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [issued, setIssued] = useState<IssuedDocument>();
  const lang = settings.locale === 'kk' ? 'kk' : 'ru';
  const purpose = (id: string) => activities.find((a) => a.id === id)?.purpose[lang] ?? id;
  const label = (g: QueueGroupKey) => `${purpose(g.activityId)} · ${g.system}`;

  const opened = new Set(initiallyExpanded(groups ?? []).map(groupKeyOf));
  const isOpen = (g: QueueGroupKey) => toggled.get(groupKeyOf(g)) ?? opened.has(groupKeyOf(g));
  // A whole group that left the queue is no longer chosen.
  const present = new Map((groups ?? []).map((g) => [groupKeyOf(g), g]));
  const wholeGroups = [...choice.groups.keys()].flatMap((k) => {
    const g = present.get(k);
    return g === undefined ? [] : [g];
  });
  const loose = [...choice.rows].filter(([, group]) => !choice.groups.has(group)).map(([id]) => id);
  const estimate = loose.length + wholeGroups.reduce((n, g) => n + g.count, 0);
  const total = (groups ?? []).reduce((n, g) => n + g.count, 0);

  const chooseRows = (group: string, ids: readonly string[], on: boolean) =>
    setChoice((c) => {
      const rows = new Map(c.rows);
      for (const id of ids)
        if (on) rows.set(id, group);
        else rows.delete(id);
      return { ...c, rows };
    });
  const chooseGroup = (g: QueueGroupKey, on: boolean) =>
    setChoice((c) => {
      const key = groupKeyOf(g);
      const chosen = new Map(c.groups);
      if (on) chosen.set(key, { bucket: g.bucket, activityId: g.activityId, system: g.system });
      else chosen.delete(key);
      // Rows of a whole group are covered by it.
      const rows = new Map([...c.rows].filter(([, group]) => group !== key));
      return { rows, groups: chosen };
    });

  return (
    <section className="card card--wide" aria-labelledby="queue-title" data-testid="destruction-queue">
      <h2 id="queue-title" tabIndex={-1}>
        {t('queue.title')}
      </h2>
      <p className="card__hint">{t('queue.hint', { date: dot(today) })}</p>
      <p role="status" data-testid="queue-summary">
        {groups === undefined || groups.length === 0 ? '' : t('queue.summary', { count: total, groups: groups.length })}
      </p>
      {groups === undefined ? null : groups.length === 0 ? (
        <p>{t('queue.empty')}</p>
      ) : (
        QUEUE_BUCKETS.map((bucket) => {
          const inBucket: QueueGroupCount[] = groups.filter((g) => g.bucket === bucket);
          if (inBucket.length === 0) return null;
          return (
            <div key={bucket} data-bucket={bucket}>
              <h3>
                {t(`queue.bucket.${bucket}`)} — {t('queue.rows', { count: inBucket.reduce((n, g) => n + g.count, 0) })}
              </h3>
              {inBucket.map((g) => (
                <QueueGroupPanel
                  key={groupKeyOf(g)}
                  group={g}
                  today={today}
                  label={label(g)}
                  open={isOpen(g)}
                  onToggle={() => setToggled((m) => new Map(m).set(groupKeyOf(g), !isOpen(g)))}
                  whole={choice.groups.has(groupKeyOf(g))}
                  onWhole={(on) => chooseGroup(g, on)}
                  rows={choice.rows}
                  onRows={(ids, on) => chooseRows(groupKeyOf(g), ids, on)}
                />
              ))}
            </div>
          );
        })
      )}
      <p role="status" data-testid="queue-chosen">
        {estimate > 0 ? t('queue.chosen', { count: estimate }) : ''}
      </p>
      {estimate > 0 &&
        (settings.orgProfile === null ? (
          <p className="muted">{t('queue.act.noProfile')}</p>
        ) : (
          <RetentionActPanel
            profile={settings.orgProfile}
            today={today}
            selection={{ ids: loose, groups: wholeGroups.map(({ bucket, activityId, system }) => ({ bucket, activityId, system })) }}
            estimate={estimate}
            activities={activities}
            onIssued={(doc) => {
              setIssued(doc);
              setChoice(NO_CHOICE);
            }}
          />
        ))}
      {issued !== undefined && (
        <IssuedActCard
          issued={issued}
          onClose={() => {
            setIssued(undefined);
            // The card's buttons are gone: the focus goes back to the queue.
            document.getElementById('queue-title')?.focus();
          }}
        />
      )}
    </section>
  );
}

/**
 * The act just issued from the queue: its number, Save/Print/Open (live: signed or voided elsewhere shows so), and
 * the next step. The focus moves to its heading (the Issue button is gone); "Go to the act" takes the DPO to its
 * row in the list of issued acts.
 */
function IssuedActCard({ issued, onClose }: { issued: IssuedDocument; onClose: () => void }) {
  const { t } = useApp();
  const acts = useRetentionActs();
  const row = acts?.find((r) => r.doc.id === issued.id);
  const doc = row?.doc ?? issued;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [issued.id]);
  const goToRow = () => {
    const target = document.getElementById(actRowId(issued.id));
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };
  return (
    <section className="card retention-issued" aria-labelledby="retention-issued-title" data-testid="retention-act-issued">
      <h3 id="retention-issued-title" tabIndex={-1} ref={heading}>
        {t('queue.issued.title', { number: doc.number })}
      </h3>
      <p data-testid="retention-act-next">
        {row === undefined || row.pending
          ? t('queue.issued.next', { count: doc.relationshipIds?.length ?? 0 })
          : t('queue.issued.settled', { status: row.states.map((s) => t(`ract.state.${s}`)).join(' · ') })}
      </p>
      <DocumentActions doc={doc} />
      <div className="button-row">
        <button type="button" className="btn btn--primary" onClick={goToRow}>
          {t('queue.issued.goTo', { number: doc.number })}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('queue.issued.close')}
        </button>
      </div>
    </section>
  );
}

function QueueGroupPanel({
  group,
  today,
  label,
  open,
  onToggle,
  whole,
  onWhole,
  rows,
  onRows,
}: {
  group: QueueGroupCount;
  today: string;
  label: string;
  open: boolean;
  onToggle: () => void;
  whole: boolean;
  onWhole: (on: boolean) => void;
  rows: ReadonlyMap<string, string>;
  onRows: (ids: readonly string[], on: boolean) => void;
}) {
  const { t } = useApp();
  const key = groupKeyOf(group);
  const panelId = `queue-group-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <div className="queue-group" data-group={key}>
      <h4 className="queue-group__head">
        <button type="button" className="btn queue-group__toggle" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
          <span aria-hidden="true" className="queue-group__mark">
            {open ? '▾' : '▸'}
          </span>
          <span>
            {label} — {t('queue.rows', { count: group.count })}
          </span>
        </button>
      </h4>
      <label className="queue-group__whole">
        <input type="checkbox" checked={whole} onChange={(e) => onWhole(e.target.checked)} /> {t('queue.chooseGroup', { count: group.count })}
        <span className="visually-hidden"> — {label}</span>
      </label>
      {open && <QueueGroupRows id={panelId} group={group} today={today} label={label} whole={whole} rows={rows} onRows={onRows} />}
    </div>
  );
}

function QueueGroupRows({
  id,
  group,
  today,
  label,
  whole,
  rows,
  onRows,
}: {
  id: string;
  group: QueueGroupCount;
  today: string;
  label: string;
  whole: boolean;
  rows: ReadonlyMap<string, string>;
  onRows: (ids: readonly string[], on: boolean) => void;
}) {
  const { t } = useApp();
  // The cursors the pages shown so far started after: the last one is the current page's.
  const [trail, setTrail] = useState<readonly QueueCursor[]>([]);
  const cursor = trail.at(-1);
  const page = useQueuePage(group, today, cursor);
  // A pager button used last may be disabled on the page it led to (the last, the first): focus stays in the pager.
  const pager = useRef<HTMLDivElement>(null);
  const paged = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    if (!paged.current || page === undefined) return;
    paged.current = false;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) {
      pager.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    }
  }, [page]);
  const turn = (next: (trail: readonly QueueCursor[]) => readonly QueueCursor[]) => {
    paged.current = true;
    setTrail(next);
  };
  // Rows destroyed meanwhile may empty a later page: back to the first (adjusted while rendering).
  if (page !== undefined && page.entries.length === 0 && trail.length > 0) setTrail([]);
  const holdText = (h: HoldReason) =>
    h.kind === 'open-request' ? t('queue.hold.open-request', { number: h.caseNumber }) : t('queue.hold.open-contract', { contract: h.contractNo });

  const entries = page?.entries ?? [];
  const free = entries.filter((e) => e.holds.length === 0).map((e) => e.relationship.id);
  const allOn = whole || (free.length > 0 && free.every((rid) => rows.has(rid)));
  const from = trail.length * QUEUE_PAGE_SIZE + 1;
  const to = trail.length * QUEUE_PAGE_SIZE + entries.length;
  const held = entries.filter((e) => e.holds.length > 0).length;

  return (
    <div id={id}>
      <p role="status" className="queue-group__status" data-testid="queue-page-status">
        {page === undefined || entries.length === 0 ? '' : t('queue.page.status', { from, to, count: group.count, held })}
      </p>
      <div className="processing-scroll" tabIndex={0} role="region" aria-label={label}>
        <table className="table processing-table" data-group={groupKeyOf(group)}>
          <caption>
            <code>{group.activityId}</code> · {group.system} — {t('queue.rows', { count: group.count })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('queue.choosePage', { group: label })}
                  disabled={whole || free.length === 0}
                  checked={allOn}
                  onChange={(e) => onRows(free, e.target.checked)}
                />
              </th>
              <th scope="col">{t('queue.col.subject')}</th>
              <th scope="col">{t('rel.field.contractNo')}</th>
              <th scope="col">{t('queue.col.destroyOn')}</th>
              <th scope="col">{t('queue.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.relationship.id} data-held={e.holds.length > 0}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('queue.choose', { name: e.relationship.subjectName, contract: e.relationship.contractNo })}
                    disabled={e.holds.length > 0 || whole}
                    checked={e.holds.length === 0 && (whole || rows.has(e.relationship.id))}
                    onChange={(ev) => onRows([e.relationship.id], ev.target.checked)}
                  />
                </td>
                <td>
                  {e.relationship.subjectName}
                  <br />
                  <small>{maskIin(e.relationship.subjectIin)}</small>
                </td>
                <td>{e.relationship.contractNo}</td>
                <td>{dot(e.relationship.destroyOn)}</td>
                <td>{e.holds.length === 0 ? t('queue.ready') : e.holds.map(holdText).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(trail.length > 0 || page?.next !== undefined) && (
        <div className="toolbar queue-group__pages" ref={pager}>
          <button type="button" className="btn" disabled={trail.length === 0} onClick={() => turn(() => [])}>
            {t('queue.page.first')}
          </button>
          <button type="button" className="btn" disabled={trail.length === 0} onClick={() => turn((tr) => tr.slice(0, -1))}>
            {t('queue.page.prev')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={page?.next === undefined}
            onClick={() => {
              const next = page?.next;
              if (next !== undefined) turn((tr) => [...tr, next]);
            }}
          >
            {t('queue.page.next')}
          </button>
        </div>
      )}
    </div>
  );
}
