/**
 * The information answer to an access request: the DPO ticks the activities of the register (the version in
 * force today) that concern the subject — prefilled from the subject's relationships — and issues the letter
 * with every element of legal-reference §11.3 for the subject's jurisdiction.
 */
import { useMemo, useState } from 'react';
import { requestRefOf } from '../../../../shared/documents/case-documents';
import { informationAnswerPdf } from '../../../../shared/documents/pdf-definitions';
import { toOrgProfile } from '../../../../shared/documents/profile-schema';
import { zonedDate } from '../../../../shared/format';
import { versionInForce } from '../../../../shared/processing/versions';
import { formatDotDate, parseDateKey } from '../../../../shared/time/civil-date';
import { useApp } from '../../../app/app-context';
import { useRegisterVersions, useSubjectRelationships } from '../../../db/processing-hooks';
import { DraftWorkspace, type PlanResult } from '../DraftWorkspace';
import { caseRefsOf, type DraftProps } from './draft-props';

export function InformationAnswerDraft(props: DraftProps) {
  const { record, offer, profile, language, onIssued } = props;
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const today = zonedDate(new Date(), zone);
  const versions = useRegisterVersions();
  const relationships = useSubjectRelationships(record.subject.iin ?? '');
  const version = versions === undefined ? undefined : versionInForce(versions, today);
  const [ticked, setTicked] = useState<ReadonlySet<string>>();
  const prefill = useMemo(() => new Set((relationships ?? []).map((r) => r.activityId)), [relationships]);
  const chosen = ticked ?? prefill;
  const lang = language === 'kk' ? 'kk' : 'ru';

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked(next);
  };

  const makePlan = (): PlanResult => {
    if (version === undefined) return { problem: 'doc.draft.problem.register' };
    const activities = version.activities.filter((a) => chosen.has(a.id));
    if (activities.length === 0) return { problem: 'doc.draft.problem.activities' };
    return {
      kind: offer.kind,
      language,
      ...caseRefsOf(props),
      build: (outgoing) =>
        informationAnswerPdf(
          { org, request: requestRefOf(record), outgoing, register: { version: version.version, effectiveFrom: version.effectiveFrom }, activities },
          language,
        ),
    };
  };

  if (versions === undefined || relationships === undefined) return null;
  if (version === undefined) return <p className="status-line status-line--bad">{t('doc.draft.problem.register')}</p>;
  const effective = formatDotDate(parseDateKey(version.effectiveFrom) ?? 0);
  return (
    <>
      <fieldset data-testid="answer-activities">
        <legend>{t('doc.draft.activities')}</legend>
        <p className="card__hint">{t('doc.draft.activitiesHint', { version: version.version, date: effective })}</p>
        {version.activities.map((a) => (
          <label key={a.id} className="check">
            <input type="checkbox" checked={chosen.has(a.id)} onChange={() => toggle(a.id)} data-activity={a.id} />
            <span lang={lang}>
              <code>{a.id}</code> — {a.purpose[lang]}
            </span>
          </label>
        ))}
      </fieldset>
      <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={JSON.stringify([language, [...chosen].sort(), version.id])} onIssued={onIssued} />
    </>
  );
}
