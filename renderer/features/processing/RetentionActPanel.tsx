/**
 * The act of a scheduled destruction for the rows chosen in the destruction queue: reason "storage term
 * expired", the activities' retention basis, the information systems. "Preview" first reads what was chosen (whole
 * groups in chunks, with progress and a cancel) and leaves out the subjects held back, saying how many and why,
 * before anything can be issued; preview and issue go through the act machinery (numbering, SHA-256, audit).
 * Issuing takes the relationships out of the queue (scheduled) and hands the act to the queue, which shows it with
 * the next step (carried out, with its signed scan, from the list of issued acts — RetentionActList).
 */
import { useMemo, useRef, useState } from 'react';
import type { LanguageChoice } from '../../../shared/documents/model';
import { destructionActPdf } from '../../../shared/documents/pdf-definitions';
import { toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { zonedDate } from '../../../shared/format';
import type { ProcessingActivity } from '../../../shared/processing/model';
import { retentionActInputOf } from '../../../shared/processing/retention-act';
import { useApp } from '../../app/app-context';
import type { IssuedDocument } from '../../db/document-repository';
import type { QueueSelection, ResolvedSelection } from '../../db/destruction-queue-queries';
import { resolveChosenRelationships } from '../../db/processing-steps';
import { maskIin } from '../../../shared/validation';
import type { HoldReason } from '../../../shared/processing/destruction-queue';
import { effectiveActDefaults } from '../documents/case-data';
import { LanguagePicker } from '../documents/draft-fields';
import { DraftWorkspace, type PlanResult } from '../documents/DraftWorkspace';

/** Held-back rows listed by name; the rest are counted. */
const HELD_LISTED = 50;

export function RetentionActPanel({
  profile,
  today,
  selection,
  estimate,
  activities,
  onIssued,
}: {
  profile: OrgProfileSetting;
  /** The queue's day (YYYY-MM-DD). */
  today: string;
  /** What was chosen: rows one by one and whole groups (held-back subjects are left out when read). */
  selection: QueueSelection;
  /** How many rows that is before the hold-backs. */
  estimate: number;
  activities: readonly ProcessingActivity[];
  /** The act was issued: its relationships left the queue. */
  onIssued: (doc: IssuedDocument) => void;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const [language, setLanguage] = useState<LanguageChoice>(settings.locale === 'kk' ? 'kk' : 'ru');
  const selectionKey = [...selection.ids].sort().join(',') + '|' + selection.groups.map((g) => `${g.bucket}:${g.activityId}:${g.system}`).join(',');
  const inputsKey = `${language}|${today}|${selectionKey}`;
  // The hold-back report of the last read, for the inputs it was made from.
  const [report, setReport] = useState<{ readonly key: string; readonly resolved: ResolvedSelection }>();
  const [reading, setReading] = useState<number>();
  const abort = useRef<AbortController>(undefined);
  const shownReport = report?.key === inputsKey ? report.resolved : undefined;

  const makePlan = async (): Promise<PlanResult> => {
    if (selection.ids.length === 0 && selection.groups.length === 0) return { problem: 'queue.act.problem.none' };
    const controller = new AbortController();
    abort.current = controller;
    setReading(0);
    let resolved: ResolvedSelection;
    try {
      resolved = await resolveChosenRelationships(today, selection, setReading, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return { problem: 'queue.act.problem.cancelled' };
      throw error;
    } finally {
      abort.current = undefined;
      setReading(undefined);
    }
    setReport({ key: inputsKey, resolved });
    const relationships = resolved.chosen;
    if (relationships.length === 0) return { problem: 'queue.act.problem.allHeld' };
    if (relationships.some((r) => !activities.some((a) => a.id === r.activityId))) return { problem: 'queue.act.problem.activity' };
    const destroyedAt = new Date().toISOString();
    return {
      kind: 'destruction-act',
      language,
      caseIds: [],
      caseNumbers: [],
      actionIds: [],
      relationshipIds: relationships.map((r) => r.id),
      destroyedOn: zonedDate(destroyedAt, zone),
      build: (outgoing) => destructionActPdf(retentionActInputOf({ org, defaults, act: outgoing, relationships, activities, destroyedAt }), language),
    };
  };

  return (
    <section className="card" aria-labelledby="retention-act-title" data-testid="retention-act">
      <h3 id="retention-act-title">{t('queue.act.title')}</h3>
      <p className="card__hint">{t('queue.act.hint', { count: estimate })}</p>
      <div role="status" data-testid="retention-holdbacks">
        {reading !== undefined ? (
          <p>
            {t('queue.act.checking', { read: reading, count: estimate })}{' '}
            <button type="button" className="btn" onClick={() => abort.current?.abort()}>
              {t('queue.act.cancel')}
            </button>
          </p>
        ) : shownReport !== undefined ? (
          <HoldBackReport resolved={shownReport} />
        ) : null}
      </div>
      <LanguagePicker value={language} onChange={setLanguage} />
      <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={inputsKey} onIssued={onIssued} />
    </section>
  );
}

function HoldBackReport({ resolved }: { resolved: ResolvedSelection }) {
  const { t } = useApp();
  const has = (kind: HoldReason['kind']) => resolved.held.filter((e) => e.holds.some((h) => h.kind === kind)).length;
  const holdText = (h: HoldReason) =>
    h.kind === 'open-request' ? t('queue.hold.open-request', { number: h.caseNumber }) : t('queue.hold.open-contract', { contract: h.contractNo });
  return (
    <>
      <p data-testid="retention-included">{t('queue.act.report', { count: resolved.chosen.length })}</p>
      {resolved.held.length > 0 && (
        <>
          <p data-testid="retention-held">
            {t('queue.act.heldBack', { count: resolved.held.length, requests: has('open-request'), contracts: has('open-contract') })}
          </p>
          <details>
            <summary>{t('queue.act.heldList')}</summary>
            <ul data-testid="retention-held-list">
              {resolved.held.slice(0, HELD_LISTED).map((e) => (
                <li key={e.relationship.id}>
                  {e.relationship.subjectName} ({maskIin(e.relationship.subjectIin)}), {e.relationship.contractNo}: {e.holds.map(holdText).join('; ')}
                </li>
              ))}
              {resolved.held.length > HELD_LISTED && <li>{t('queue.act.heldMore', { count: resolved.held.length - HELD_LISTED })}</li>}
            </ul>
          </details>
        </>
      )}
      {resolved.gone > 0 && <p>{t('queue.act.gone', { count: resolved.gone })}</p>}
    </>
  );
}
