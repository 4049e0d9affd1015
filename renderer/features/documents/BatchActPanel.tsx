/**
 * One numbered destruction act for several cases: the DPO picks the cases whose destruction is recorded
 * and not yet in an act (filter, select all), fills in the act's data once, previews and issues. The
 * subjects table and the event-log annex hold one row per subject; 1 000 subjects make one act.
 */
import { useMemo, useState } from 'react';
import { actSubjectKeys, actWindow, destructionActInputOf, type ActCase } from '../../../shared/documents/case-documents';
import type { SystemLogRow } from '../../../shared/documents/model';
import { checkSystemLog, type SystemLogMapping } from '../../../shared/documents/system-log';
import { SystemLogSection } from './SystemLogSection';
import type { LanguageChoice } from '../../../shared/documents/model';
import { destructionActPdf } from '../../../shared/documents/pdf-definitions';
import { toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { zonedDate } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { fetchActCases, fetchDestructionCandidates, type ActCandidate } from '../../db/document-queries';
import type { IssuedDocument } from '../../db/document-repository';
import { formatDateTime } from '../../i18n/format';
import { effectiveActDefaults } from './case-data';
import { actChoicesOf, ActFields, initialActForm, itemsOf, LanguagePicker, type ActFormState } from './draft-fields';
import { DraftWorkspace, type PlanResult } from './DraftWorkspace';
import { actorInDocument, describeEvent } from './event-words';
import { useGroundsLibrary } from './use-grounds';
import { useAsyncData } from '../../app/use-async-data';
import { LoadFailed } from '../../components/LoadFailed';
import { UserText } from '../../components/UserText';
import { TEXT_LIMIT, hasTextOver } from '../../../shared/text-limits';

export function BatchActPanel({ profile, onIssued }: { profile: OrgProfileSetting; onIssued: (doc: IssuedDocument) => void }) {
  const { t, settings, updateSetting } = useApp();
  const zone = settings.displayTimeZone;
  const library = useGroundsLibrary();
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const loaded = useAsyncData(fetchDestructionCandidates, [], { keepPrevious: true });
  const candidates: ActCandidate[] | undefined = loaded.status === 'ready' ? loaded.value : undefined;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [language, setLanguage] = useState<LanguageChoice>(settings.locale === 'ru' ? 'ru' : 'kk');
  const [act, setAct] = useState<ActFormState>(() => initialActForm(defaults, 'unlawful-processing'));
  const [systemLog, setSystemLog] = useState<SystemLogRow[]>([]);
  const chosenCases = useMemo(() => (candidates ?? []).filter((c) => selected.has(c.record.id)), [candidates, selected]);
  const mismatches = useMemo(
    () =>
      chosenCases.length === 0 || systemLog.length === 0
        ? []
        : checkSystemLog(systemLog, actSubjectKeys(chosenCases), actWindow(chosenCases, zonedDate(new Date(), zone), zone)),
    [chosenCases, systemLog, zone],
  );
  const saveMapping = async (system: string, mapping: SystemLogMapping) => {
    if (settings.actDefaults === null) return;
    await updateSetting('actDefaults', { ...settings.actDefaults, logMappings: { ...settings.actDefaults.logMappings, [system]: mapping } });
  };

  const needle = filter.trim().toLowerCase();
  const shown = (candidates ?? []).filter(
    (c) => needle === '' || c.record.number.toLowerCase().includes(needle) || c.record.subject.fullName.toLowerCase().includes(needle),
  );
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const makePlan = async (): Promise<PlanResult> => {
    if (hasTextOver(act, TEXT_LIMIT.note)) return { problem: 'doc.draft.problem.long' };
    if (selected.size === 0) return { problem: 'doc.batch.problem.none' };
    const chosen = actChoicesOf(act, library, language);
    if ('problem' in chosen) return { problem: chosen.problem };
    if (chosen.informationSystems.length > 0 && systemLog.length === 0) return { problem: 'doc.draft.problem.logMissing' };
    if (mismatches.length > 0) return { problem: 'doc.draft.problem.logMismatch' };
    const choices = { ...chosen, systemLog };
    const ids = (candidates ?? []).filter((c) => selected.has(c.record.id)).map((c) => c.record.id);
    const actCases: ActCase[] = await fetchActCases(ids);
    const sorted = [...actCases].sort((a, b) => a.record.number.localeCompare(b.record.number));
    const latest =
      sorted
        .map((c) => c.destroy.at)
        .sort()
        .at(-1) ?? new Date().toISOString();
    return {
      kind: 'destruction-act',
      language,
      caseIds: sorted.map((c) => c.record.id),
      caseNumbers: sorted.map((c) => c.record.number),
      actionIds: sorted.map((c) => c.destroy.id),
      destroyedOn: zonedDate(latest, zone),
      build: (outgoing) =>
        destructionActPdf(
          destructionActInputOf({
            org,
            defaults,
            act: outgoing,
            cases: sorted,
            choices,
            describe: describeEvent,
            actorName: (a) => actorInDocument(a, language),
          }),
          language,
        ),
    };
  };

  return (
    <section className="card batch-act" aria-labelledby="batch-act-title" data-testid="batch-act">
      <h2 id="batch-act-title">{t('doc.batch.title')}</h2>
      <p className="card__hint">{t('doc.batch.hint')}</p>
      {loaded.status === 'error' ? (
        <LoadFailed error={loaded.error} onRetry={loaded.reload} />
      ) : candidates === undefined ? (
        <p className="muted">…</p>
      ) : candidates.length === 0 ? (
        <p className="muted">{t('doc.batch.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <input
              className="search"
              type="search"
              placeholder={t('doc.batch.filter')}
              aria-label={t('doc.batch.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            <button type="button" className="btn btn--small" onClick={() => setSelected(new Set([...selected, ...shown.map((c) => c.record.id)]))}>
              {t('doc.batch.selectAll', { count: shown.length })}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setSelected(new Set())}>
              {t('doc.batch.clear')}
            </button>
            <span className="muted" data-testid="batch-count">
              {t('doc.batch.selected', { count: selected.size })}
            </span>
          </div>
          <ul className="batch-list">
            {shown.map((c) => (
              <li key={c.record.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={selected.has(c.record.id)}
                    onChange={(e) => toggle(c.record.id, e.target.checked)}
                    aria-label={c.record.number}
                  />
                  <span className="mono">{c.record.number}</span>
                  <UserText>{c.record.subject.fullName}</UserText>
                  <span className="muted">{t('doc.batch.destroyedAt', { at: formatDateTime(new Date(c.destroyedAt), zone) })}</span>
                </label>
              </li>
            ))}
          </ul>
          <div className="field">
            <span>{t('doc.draft.language')}</span>
            <LanguagePicker value={language} onChange={setLanguage} />
          </div>
          <ActFields value={act} onChange={setAct} language={language} grounds={library} defaults={defaults} />
          <SystemLogSection
            systems={itemsOf(act.systems)}
            rows={systemLog}
            onRows={setSystemLog}
            mismatches={mismatches}
            savedMappings={settings.actDefaults?.logMappings ?? {}}
            onMappingUsed={saveMapping}
          />
          <DraftWorkspace
            makePlan={makePlan}
            profile={profile}
            inputsKey={JSON.stringify([language, act, [...selected].sort(), systemLog])}
            onIssued={(doc) => {
              setSelected(new Set());
              loaded.reload();
              onIssued(doc);
            }}
          />
        </>
      )}
    </section>
  );
}
