/** The reasoned refusal letter: the grounds, what is refused and what is provided, the measures taken, when data will be destroyed. */
import type { Ground } from '../../../../shared/documents/model';
import { TagBadge } from '../../../components/TagBadge';
import { DEFAULT_GROUNDS, findGround } from '../../../../shared/documents/grounds';
import { groundDisplay } from '../../../../shared/documents/grounds-display';
import { useMemo, useState } from 'react';
import { measuresFrom, outcomeFactsOf, refusalGroundIds, refusalInputOf, refusedRequestType, requestRefOf } from '../../../../shared/documents/case-documents';
import { useObligations } from '../../../db/case-hooks';
import { LABELS } from '../../../../shared/documents/labels';
import { refusalLetterPdf } from '../../../../shared/documents/pdf-definitions';
import { toOrgProfile } from '../../../../shared/documents/profile-schema';
import { useApp } from '../../../app/app-context';
import { formatDateTime } from '../../../i18n/format';
import { emptyPair, itemsOf, LangText, unconfirmedIn, type LangPair } from '../draft-fields';
import { DraftWorkspace, type PlanResult } from '../DraftWorkspace';
import { useGroundsLibrary } from '../use-grounds';
import { caseRefsOf, type DraftProps } from './draft-props';
import { TEXT_LIMIT, hasTextOver } from '../../../../shared/text-limits';

export function RefusalDraft(props: DraftProps) {
  const { record, offer, actions, profile, language, onIssued } = props;
  const { t, settings } = useApp();
  const { action } = offer;
  const zone = settings.displayTimeZone;
  const ui = settings.locale === 'kk' ? 'kk' : 'ru';
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const available = useGroundsLibrary().filter((g) => g.jurisdiction === 'kz' || record.rfSubject);
  const [groundIds, setGroundIds] = useState<string[]>(() => refusalGroundIds(action).filter((id) => available.some((g) => g.id === id)));
  const refusedType = refusedRequestType(action) ?? requestRefOf(record).requestTypes[0];
  const [refused, setRefused] = useState<LangPair>(() =>
    refusedType === undefined
      ? emptyPair
      : record.representative
        ? { kk: LABELS.kk.requestTypeThird[refusedType], ru: LABELS.ru.requestTypeThird[refusedType] }
        : { kk: LABELS.kk.requestType[refusedType], ru: LABELS.ru.requestType[refusedType] },
  );
  const [provided, setProvided] = useState<LangPair>(emptyPair);
  // The recorded outcome gives the letter its basis, its term and (a restriction) the date of destruction.
  const obligations = useObligations(record.id);
  const facts = useMemo(() => outcomeFactsOf(action, record, obligations ?? [], settings.deadlineTerms), [action, record, obligations, settings.deadlineTerms]);
  const [destroyAfter, setDestroyAfter] = useState(() => (action.kind === 'restrict' ? (action.data.until ?? '') : ''));
  const measures = useMemo(() => measuresFrom(actions, action.at, zone), [actions, action.at, zone]);

  const makePlan = (): PlanResult => {
    if (hasTextOver([refused, provided, destroyAfter, facts], TEXT_LIMIT.note)) return { problem: 'doc.draft.problem.long' };
    const grounds = available.filter((g) => groundIds.includes(g.id));
    if (grounds.length === 0) return { problem: 'doc.draft.problem.grounds' };
    if (unconfirmedIn(language, [refused, provided])) return { problem: 'doc.draft.problem.unconfirmed' };
    const refusedItems = itemsOf(refused);
    if (refusedItems.length === 0) return { problem: 'doc.draft.problem.refused' };
    return {
      kind: offer.kind,
      language,
      ...caseRefsOf(props),
      build: (outgoing) =>
        refusalLetterPdf(
          refusalInputOf(org, record, outgoing, {
            refused: refusedItems,
            provided: itemsOf(provided),
            grounds,
            measures,
            destroyAfter: destroyAfter || undefined,
            facts,
          }),
          language,
        ),
    };
  };

  return (
    <>
      <fieldset className="grounds" aria-label={t('doc.draft.grounds')}>
        <legend>{t('doc.draft.grounds')}</legend>
        {available.map((g) => (
          <label key={g.id} className="check check--top">
            <input
              type="checkbox"
              value={g.id}
              checked={groundIds.includes(g.id)}
              onChange={(e) => setGroundIds(e.target.checked ? [...groundIds, g.id] : groundIds.filter((x) => x !== g.id))}
            />
            <GroundChoice ground={g} />
          </label>
        ))}
      </fieldset>
      <LangText name="refused" label={t('doc.draft.refused')} hint={t('doc.onePerLine')} value={refused} onChange={setRefused} language={language} multiline />
      <LangText
        name="provided"
        label={t('doc.draft.provided')}
        hint={t('doc.draft.providedHint')}
        value={provided}
        onChange={setProvided}
        language={language}
        multiline
      />
      <div className="field">
        <span>{t('doc.draft.measures')}</span>
        {measures.length === 0 ? (
          <small>{t('doc.draft.measuresNone')}</small>
        ) : (
          <ul className="plain-list">
            {measures.map((m, i) => (
              <li key={i}>
                {LABELS[ui].measure[m.kind]} — {formatDateTime(new Date(m.since), zone)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <label className="field field--narrow">
        <span>{t('doc.draft.destroyAfter')}</span>
        <input type="date" name="destroyAfter" value={destroyAfter} onChange={(e) => setDestroyAfter(e.target.value)} />
      </label>
      <DraftWorkspace
        makePlan={makePlan}
        profile={profile}
        inputsKey={JSON.stringify([language, groundIds, refused, provided, destroyAfter, facts])}
        onIssued={onIssued}
      />
    </>
  );
}

/** A ground offered for the refusal, in the interface language (the letter prints its kk or ru text). */
function GroundChoice({ ground }: { ground: Ground }) {
  const { settings } = useApp();
  const shown = groundDisplay(ground, findGround(DEFAULT_GROUNDS, ground.id), settings.locale);
  return (
    <span lang={shown.lang}>
      {shown.citation} <TagBadge tag={ground.tag} link={false} />
      <br />
      <small className="ground-text">{shown.text}</small>
    </span>
  );
}
