/** A confirmation letter (blocked, unblocked, corrected, destroyed): its scope, the systems, what was changed or why unblocked, the act it refers to. */
import { useMemo, useState } from 'react';
import { confirmationInputOf, CONFIRMATION_OF } from '../../../../shared/documents/case-documents';
import { LABELS } from '../../../../shared/documents/labels';
import { confirmationLetterPdf } from '../../../../shared/documents/pdf-definitions';
import { toOrgProfile } from '../../../../shared/documents/profile-schema';
import { useApp } from '../../../app/app-context';
import { effectiveActDefaults } from '../case-data';
import { copiedPair, itemsOf, LangText, pairOrUndefined, unconfirmedIn, type LangPair } from '../draft-fields';
import { DraftWorkspace, type PlanResult } from '../DraftWorkspace';
import { both, caseRefsOf, type DraftProps } from './draft-props';
import { TEXT_LIMIT, hasTextOver } from '../../../../shared/text-limits';

export function ConfirmationDraft(props: DraftProps) {
  const { record, offer, profile, issued, language, onIssued } = props;
  const { t, settings } = useApp();
  const { action, kind } = offer;
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const [scope, setScope] = useState<LangPair>({ kk: LABELS.kk.refusal.allData, ru: LABELS.ru.refusal.allData });
  const [systems, setSystems] = useState<LangPair>(() => copiedPair(defaults.informationSystems.join('\n')));
  const [details, setDetails] = useState<LangPair>(() => both(action.note));
  const actOfThis = issued.filter((d) => d.kind === 'destruction-act' && d.voided === undefined && d.actionIds?.includes(action.id)).at(-1);

  const makePlan = (): PlanResult => {
    if (hasTextOver([scope, systems, details], TEXT_LIMIT.note)) return { problem: 'doc.draft.problem.long' };
    if (CONFIRMATION_OF[kind] === undefined) return { problem: 'doc.draft.problem.loading' };
    const printedDetails = kind === 'confirmation-corrected' || kind === 'confirmation-unblocked' ? [details] : [];
    if (unconfirmedIn(language, [scope, systems, ...printedDetails])) return { problem: 'doc.draft.problem.unconfirmed' };
    const scopeText = pairOrUndefined(scope);
    if (scopeText === undefined) return { problem: 'doc.draft.problem.scope' };
    const note = pairOrUndefined(details);
    return {
      kind,
      language,
      ...caseRefsOf(props),
      build: (outgoing) =>
        confirmationLetterPdf(
          confirmationInputOf(org, record, outgoing, kind, action, {
            scope: scopeText,
            systems: itemsOf(systems),
            details: kind === 'confirmation-corrected' ? note : undefined,
            reason: kind === 'confirmation-unblocked' ? note : undefined,
            destructionAct: kind === 'confirmation-destroyed' && actOfThis ? { number: actOfThis.number, date: actOfThis.date } : undefined,
          }),
          language,
        ),
    };
  };

  return (
    <>
      <LangText name="scope" label={t('doc.draft.scope')} value={scope} onChange={setScope} language={language} multiline />
      <LangText name="systems" label={t('doc.act.systems')} hint={t('doc.onePerLine')} value={systems} onChange={setSystems} language={language} multiline />
      {(kind === 'confirmation-corrected' || kind === 'confirmation-unblocked') && (
        <LangText
          name="details"
          label={kind === 'confirmation-corrected' ? t('doc.draft.details') : t('doc.draft.unblockReason')}
          value={details}
          onChange={setDetails}
          language={language}
          multiline
        />
      )}
      {kind === 'confirmation-destroyed' && <p className="muted">{actOfThis ? t('doc.draft.actRef', { number: actOfThis.number }) : t('doc.draft.noAct')}</p>}
      <DraftWorkspace
        makePlan={makePlan}
        profile={profile}
        inputsKey={JSON.stringify([language, scope, systems, details, actOfThis?.id])}
        onIssued={onIssued}
      />
    </>
  );
}
