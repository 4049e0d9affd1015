/** The RF extension notice (+5 working days): the original and the extended deadline, and the reasons. */
import { useMemo, useState } from 'react';
import { currentDue } from '../../../../shared/cases/deadlines';
import { extensionInputOf } from '../../../../shared/documents/case-documents';
import { extensionNoticePdf } from '../../../../shared/documents/pdf-definitions';
import { toOrgProfile } from '../../../../shared/documents/profile-schema';
import { useApp } from '../../../app/app-context';
import { useDeadlineContext } from '../../../db/deadline-hooks';
import { useObligation } from '../../../db/document-hooks';
import { formatDateTime } from '../../../i18n/format';
import { itemsOf, LangText, unconfirmedIn, type LangPair } from '../draft-fields';
import { DraftWorkspace, type PlanResult } from '../DraftWorkspace';
import { both, caseRefsOf, type DraftProps } from './draft-props';
import { TEXT_LIMIT, hasTextOver } from '../../../../shared/text-limits';

export function ExtensionDraft(props: DraftProps) {
  const { record, offer, profile, language, onIssued } = props;
  const { t, settings } = useApp();
  const { action, kind } = offer;
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const [reasons, setReasons] = useState<LangPair>(() => both(action.note));
  const extended = useObligation(action.obligationId);
  const context = useDeadlineContext(settings);
  // The deadline as it stood before the extension, on today's calendars, and as extended.
  const deadlines = useMemo(
    () => (extended && context ? { original: currentDue({ ...extended, extended: false }, context), extended: extended.dueAt } : undefined),
    [extended, context],
  );

  const makePlan = (): PlanResult => {
    if (hasTextOver(reasons, TEXT_LIMIT.note)) return { problem: 'doc.draft.problem.long' };
    if (deadlines === undefined) return { problem: 'doc.draft.problem.deadlines' };
    if (unconfirmedIn(language, [reasons])) return { problem: 'doc.draft.problem.unconfirmed' };
    const items = itemsOf(reasons);
    if (items.length === 0) return { problem: 'doc.draft.problem.reasons' };
    return {
      kind,
      language,
      ...caseRefsOf(props),
      build: (outgoing) => extensionNoticePdf(extensionInputOf(org, record, outgoing, deadlines, items, action), language),
    };
  };

  return (
    <>
      {deadlines && (
        <p>
          {t('doc.draft.extensionDeadlines', {
            original: formatDateTime(new Date(deadlines.original), zone),
            extended: formatDateTime(new Date(deadlines.extended), zone),
          })}
        </p>
      )}
      <LangText name="reasons" label={t('doc.draft.reasons')} hint={t('doc.onePerLine')} value={reasons} onChange={setReasons} language={language} multiline />
      <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={JSON.stringify([language, reasons, deadlines])} onIssued={onIssued} />
    </>
  );
}
