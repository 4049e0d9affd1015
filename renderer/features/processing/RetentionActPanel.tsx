/**
 * The act of a scheduled destruction for the rows chosen in the destruction queue: reason "storage term
 * expired", the activities' retention basis, the information systems. Preview and issue go through the act
 * machinery (numbering, SHA-256, audit). Issuing takes the relationships out of the queue (scheduled); the act
 * is then carried out from the list of issued acts (RetentionActList) or here while still shown.
 */
import { useMemo, useState } from 'react';
import type { LanguageChoice } from '../../../shared/documents/model';
import { destructionActPdf } from '../../../shared/documents/pdf-definitions';
import { toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { zonedDate } from '../../../shared/format';
import type { ProcessingActivity } from '../../../shared/processing/model';
import { retentionActInputOf } from '../../../shared/processing/retention-act';
import { useApp } from '../../app/app-context';
import type { IssuedDocument } from '../../db/document-repository';
import { fetchRelationships } from '../../db/processing-steps';
import { MarkDestroyedForm } from './MarkDestroyedForm';
import { effectiveActDefaults } from '../documents/case-data';
import { DocumentActions } from '../documents/DocumentActions';
import { LanguagePicker } from '../documents/draft-fields';
import { DraftWorkspace, type PlanResult } from '../documents/DraftWorkspace';

export function RetentionActPanel({
  profile,
  ids,
  activities,
  onDone,
}: {
  profile: OrgProfileSetting;
  /** The chosen relationships (none held back). */
  ids: readonly string[];
  activities: readonly ProcessingActivity[];
  /** The relationships were marked destroyed with the act's number. */
  onDone: (marked: { readonly number: string; readonly count: number }) => void;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const [language, setLanguage] = useState<LanguageChoice>(settings.locale === 'kk' ? 'kk' : 'ru');
  const [issued, setIssued] = useState<IssuedDocument>();
  const [marking, setMarking] = useState(false);

  const makePlan = async (): Promise<PlanResult> => {
    if (ids.length === 0) return { problem: 'queue.act.problem.none' };
    const relationships = await fetchRelationships(ids);
    if (relationships.length !== ids.length || relationships.some((r) => r.status !== 'kept')) return { problem: 'queue.act.problem.changed' };
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
      <p className="card__hint">{t('queue.act.hint', { count: ids.length })}</p>
      {issued === undefined ? (
        <>
          <LanguagePicker value={language} onChange={setLanguage} />
          <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={`${language}|${ids.join(',')}`} onIssued={setIssued} />
        </>
      ) : (
        <div className="toolbar" data-testid="issued-document">
          <span>{t('queue.act.issued', { number: issued.number })}</span>
          <DocumentActions doc={issued} />
          {marking ? (
            <MarkDestroyedForm
              doc={issued}
              defaultBy={
                defaults.destroyedBy[0] === undefined
                  ? ''
                  : `${defaults.destroyedBy[0].name}, ${defaults.destroyedBy[0].position[language === 'kk' ? 'kk' : 'ru']}`
              }
              onCancel={() => setMarking(false)}
              onDone={(done) => {
                setIssued(undefined);
                onDone(done);
              }}
            />
          ) : (
            <button type="button" className="btn btn--primary" onClick={() => setMarking(true)}>
              {t('ract.mark')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
