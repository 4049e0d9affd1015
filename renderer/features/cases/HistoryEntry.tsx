/**
 * One event of the case history. Corrections read "was … — corrected on … because …", with the deadlines
 * they moved and the documents issued on the earlier data; withdrawals, reopenings, waivers at closing and
 * voided documents show their reasons.
 */
import type { AuditEvent } from '../../../shared/audit/chain';
import { noteOf } from '../../../shared/audit/events';
import { ruleById } from '../../../shared/rules';
import type { RuleId } from '../../../shared/rules/rule-id';
import { actorLabel } from '../../app/actor-label';
import { useApp } from '../../app/app-context';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { FIELD_LABEL, valueText } from './correction-labels';

const eventKey = (type: string): MessageKey => (type.startsWith('action.') ? (`case.action.${type.slice(7)}` as MessageKey) : (`event.${type}` as MessageKey));

export function HistoryEntry({ event }: { event: AuditEvent }) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const when = (iso: string) => formatDateTime(new Date(iso), zone);
  const rule = (id: RuleId) => ruleById(id)?.title[settings.locale] ?? id;
  const details: string[] = [];
  if (event.type === 'case.corrected') {
    const d = event.data;
    const text = (v: typeof d.from) => valueText(t, d.field, v, zone, settings.locale);
    details.push(t('history.corrected', { field: t(FIELD_LABEL[d.field]), from: text(d.from), to: text(d.to), at: when(event.at), reason: d.reason }));
    for (const r of d.redated) details.push(t('history.redated', { rule: rule(r.ruleId), from: when(r.from), to: when(r.to) }));
    for (const a of d.added) details.push(t('history.added', { rule: rule(a.ruleId), due: when(a.dueAt) }));
    if (d.documentsOnEarlierData.length > 0) details.push(t('history.earlierData', { numbers: d.documentsOnEarlierData.join(', ') }));
  } else if (event.type === 'case.action-corrected') {
    const d = event.data;
    const text = (v: string) => (d.field === 'at' ? when(v) : v);
    details.push(
      t('history.corrected', {
        field: `${t(`case.action.${d.kind}`)} · ${t(`actions.field.${d.field}`)}`,
        from: text(d.from),
        to: text(d.to),
        at: when(event.at),
        reason: d.reason,
      }),
    );
    for (const r of d.redated) details.push(t('history.redated', { rule: rule(r.ruleId), from: when(r.from), to: when(r.to) }));
  } else if (event.type === 'case.withdrawn' || event.type === 'case.reopened') {
    details.push(t('history.reason', { reason: event.data.reason }));
  } else if (event.type === 'document.voided') {
    details.push(t('history.voided', { number: event.data.number, reason: event.data.reason }));
  } else if (event.type === 'action.close' && 'waived' in event.data.data) {
    for (const w of event.data.data.waived ?? []) details.push(t('history.waived', { rule: rule(w.ruleId), reason: w.reason }));
  }
  const note = noteOf(event);
  return (
    <li data-type={event.type}>
      <span className="mono">#{event.seq}</span> {when(event.at)} — {t(eventKey(event.type))}
      {note ? `: ${note}` : ''}
      <span className="history__actor"> · {actorLabel(t, event.actor)}</span>
      {details.map((line, i) => (
        <div key={i} className="history__detail">
          {line}
        </div>
      ))}
    </li>
  );
}
