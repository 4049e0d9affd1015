/** The destruction act of one case: who destroyed what, how, from which systems, with the commission and the event-log extract. */
import { useMemo, useState } from 'react';
import { actSubjectKeys, actWindow, defaultDestructionReason, destructionActInputOf } from '../../../../shared/documents/case-documents';
import type { SystemLogRow } from '../../../../shared/documents/model';
import { checkSystemLog, type SystemLogMapping } from '../../../../shared/documents/system-log';
import { destructionActPdf } from '../../../../shared/documents/pdf-definitions';
import { toOrgProfile } from '../../../../shared/documents/profile-schema';
import { zonedDate } from '../../../../shared/format';
import { useApp } from '../../../app/app-context';
import { LoadFailed } from '../../../components/LoadFailed';
import { effectiveActDefaults } from '../case-data';
import { actChoicesOf, ActFields, initialActForm, itemsOf, type ActFormState } from '../draft-fields';
import { SystemLogSection } from '../SystemLogSection';
import { DraftWorkspace, type PlanResult } from '../DraftWorkspace';
import { actorInDocument, describeEvent } from '../event-words';
import { useActCases } from '../use-act-cases';
import { useGroundsLibrary } from '../use-grounds';
import { caseRefsOf, type DraftProps } from './draft-props';
import { TEXT_LIMIT, hasTextOver } from '../../../../shared/text-limits';

export function ActDraft(props: DraftProps) {
  const { record, offer, profile, language, onIssued } = props;
  const { settings, updateSetting } = useApp();
  const { action, kind } = offer;
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const library = useGroundsLibrary();
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const [act, setAct] = useState<ActFormState>(() => initialActForm(defaults, defaultDestructionReason(record, action)));
  const loaded = useActCases(record.id, action.id);
  const actCases = loaded.status === 'ready' ? loaded.value : undefined;
  const [systemLog, setSystemLog] = useState<SystemLogRow[]>([]);
  const systems = itemsOf(act.systems);
  // The act is dated the day it is issued: the log must fall within its cases' receipt and that day.
  const mismatches = useMemo(
    () =>
      actCases === undefined || systemLog.length === 0
        ? []
        : checkSystemLog(systemLog, actSubjectKeys(actCases), actWindow(actCases, zonedDate(new Date(), zone), zone)),
    [actCases, systemLog, zone],
  );
  const saveMapping = async (system: string, mapping: SystemLogMapping) => {
    // Saved with the act settings once they exist (Settings → Documents); until then the mapping serves this act.
    if (settings.actDefaults === null) return;
    await updateSetting('actDefaults', { ...settings.actDefaults, logMappings: { ...settings.actDefaults.logMappings, [system]: mapping } });
  };

  const makePlan = (): PlanResult => {
    if (hasTextOver(act, TEXT_LIMIT.note)) return { problem: 'doc.draft.problem.long' };
    if (actCases === undefined || actCases.length === 0) return { problem: 'doc.draft.problem.loading' };
    const chosen = actChoicesOf(act, library, language);
    if ('problem' in chosen) return { problem: chosen.problem };
    if (chosen.informationSystems.length > 0 && systemLog.length === 0) return { problem: 'doc.draft.problem.logMissing' };
    if (mismatches.length > 0) return { problem: 'doc.draft.problem.logMismatch' };
    const choices = { ...chosen, systemLog };
    return {
      kind,
      language,
      ...caseRefsOf(props),
      destroyedOn: zonedDate(action.at, zone),
      build: (outgoing) =>
        destructionActPdf(
          destructionActInputOf({
            org,
            defaults,
            act: outgoing,
            cases: actCases,
            choices,
            describe: describeEvent,
            actorName: (a) => actorInDocument(a, language),
          }),
          language,
        ),
    };
  };

  return (
    <>
      {loaded.status === 'error' && <LoadFailed error={loaded.error} onRetry={loaded.reload} />}
      <ActFields value={act} onChange={setAct} language={language} grounds={library} defaults={defaults} />
      <SystemLogSection
        systems={systems}
        rows={systemLog}
        onRows={setSystemLog}
        mismatches={mismatches}
        savedMappings={settings.actDefaults?.logMappings ?? {}}
        onMappingUsed={saveMapping}
      />
      <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={JSON.stringify([language, act, actCases?.length, systemLog])} onIssued={onIssued} />
    </>
  );
}
