/** The destruction act of one case: who destroyed what, how, from which systems, with the commission and the event-log extract. */
import { useMemo, useState } from 'react';
import { defaultDestructionReason, destructionActInputOf } from '../../../../shared/documents/case-documents';
import { destructionActPdf } from '../../../../shared/documents/pdf-definitions';
import { toOrgProfile } from '../../../../shared/documents/profile-schema';
import { zonedDate } from '../../../../shared/format';
import { useApp } from '../../../app/app-context';
import { LoadFailed } from '../../../components/LoadFailed';
import { effectiveActDefaults } from '../case-data';
import { actChoicesOf, ActFields, initialActForm, type ActFormState } from '../draft-fields';
import { DraftWorkspace, type PlanResult } from '../DraftWorkspace';
import { actorInDocument, describeEvent } from '../event-words';
import { useActCases } from '../use-act-cases';
import { useGroundsLibrary } from '../use-grounds';
import { caseRefsOf, type DraftProps } from './draft-props';

export function ActDraft(props: DraftProps) {
  const { record, offer, profile, language, onIssued } = props;
  const { settings } = useApp();
  const { action, kind } = offer;
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const library = useGroundsLibrary();
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const [act, setAct] = useState<ActFormState>(() => initialActForm(defaults, defaultDestructionReason(record, action)));
  const loaded = useActCases(record.id, action.id);
  const actCases = loaded.status === 'ready' ? loaded.value : undefined;

  const makePlan = (): PlanResult => {
    if (actCases === undefined || actCases.length === 0) return { problem: 'doc.draft.problem.loading' };
    const choices = actChoicesOf(act, library);
    if ('problem' in choices) return { problem: choices.problem };
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
            lang: language,
            describe: (e) => describeEvent(e, language),
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
      <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={JSON.stringify([language, act, actCases?.length])} onIssued={onIssued} />
    </>
  );
}
