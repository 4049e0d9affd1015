/**
 * The form of one document of a case: its language and what the DPO states in it (what is refused and
 * provided, the grounds; the scope of a confirmation; the reasons of an extension; the act's data, method
 * and exceptions), prefilled from the case, its actions and Settings; then preview and issue.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ActionRecord, CaseRecord } from '../../../shared/cases/model';
import { currentDue } from '../../../shared/cases/deadlines';
import {
  confirmationInputOf,
  CONFIRMATION_OF,
  defaultDestructionReason,
  destructionActInputOf,
  extensionInputOf,
  measuresFrom,
  refusalGroundIds,
  refusalInputOf,
  refusedRequestType,
  requestRefOf,
  type ActCase,
  type DocumentOffer,
} from '../../../shared/documents/case-documents';
import { LABELS } from '../../../shared/documents/labels';
import type { LanguageChoice } from '../../../shared/documents/model';
import { confirmationLetterPdf, destructionActPdf, extensionNoticePdf, refusalLetterPdf } from '../../../shared/documents/pdf-definitions';
import { toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { zonedDate } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { database } from '../../db/database';
import type { IssuedDocument } from '../../db/document-repository';
import { formatDateTime } from '../../i18n/format';
import { loadDeadlineContext } from '../cases/deadline-context';
import { effectiveActDefaults, loadActCases } from './case-data';
import { actChoicesOf, ActFields, emptyPair, initialActForm, itemsOf, LangText, LanguagePicker, linesOf, pairOrUndefined, type ActFormState, type LangPair } from './draft-fields';
import { DraftWorkspace, type PlanResult } from './DraftWorkspace';
import { describeEvent } from './event-words';
import { useGroundsLibrary } from './use-grounds';

const both = (text: string): LangPair => ({ kk: text, ru: text });

export function CaseDocumentDraft({
  record,
  offer,
  actions,
  profile,
  issued,
  onClose,
}: {
  record: CaseRecord;
  offer: DocumentOffer;
  actions: readonly ActionRecord[];
  profile: OrgProfileSetting;
  issued: readonly IssuedDocument[];
  onClose: (doc?: IssuedDocument) => void;
}) {
  const { t, settings } = useApp();
  const { action, kind } = offer;
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const library = useGroundsLibrary();
  const defaults = effectiveActDefaults(settings.actDefaults, profile);
  const ui = settings.locale === 'kk' ? 'kk' : 'ru';
  const [language, setLanguage] = useState<LanguageChoice>(record.language);

  // refusal
  const available = library.filter((g) => g.jurisdiction === 'kz' || record.rfSubject);
  const [groundIds, setGroundIds] = useState<string[]>(() => refusalGroundIds(action).filter((id) => available.some((g) => g.id === id)));
  const refusedType = refusedRequestType(action) ?? requestRefOf(record).requestTypes[0];
  const [refused, setRefused] = useState<LangPair>(() =>
    refusedType === undefined ? emptyPair : { kk: LABELS.kk.requestType[refusedType], ru: LABELS.ru.requestType[refusedType] },
  );
  const [provided, setProvided] = useState<LangPair>(emptyPair);
  const [destroyAfter, setDestroyAfter] = useState('');
  const measures = useMemo(() => measuresFrom(actions, action.at, zone), [actions, action.at, zone]);

  // confirmations
  const [scope, setScope] = useState<LangPair>({ kk: LABELS.kk.refusal.allData, ru: LABELS.ru.refusal.allData });
  const [systems, setSystems] = useState(defaults.informationSystems.join('\n'));
  const [details, setDetails] = useState<LangPair>(() => both(action.note));
  const actOfThis = issued.filter((d) => d.kind === 'destruction-act' && d.actionIds?.includes(action.id)).at(-1);

  // extension
  const [reasons, setReasons] = useState<LangPair>(() => both(action.note));
  const [deadlines, setDeadlines] = useState<{ original: string; extended: string }>();

  // act
  const [act, setAct] = useState<ActFormState>(() => initialActForm(defaults, defaultDestructionReason(record)));
  const [actCases, setActCases] = useState<ActCase[]>();

  useEffect(() => {
    const db = database();
    if (kind === 'extension-notice' && action.obligationId !== undefined) {
      void Promise.all([db.obligations.get(action.obligationId), loadDeadlineContext(db, settings)]).then(([obligation, context]) => {
        if (obligation) setDeadlines({ original: currentDue({ ...obligation, extended: false }, context), extended: obligation.dueAt });
      });
    }
    if (kind === 'destruction-act') void loadActCases(db, [record.id], action.id).then(setActCases);
  }, [kind, action, record.id, settings]);

  const caseRefs = { caseIds: [record.id], caseNumbers: [record.number], actionIds: [action.id] };

  const makePlan = (): PlanResult => {
    switch (kind) {
      case 'refusal-letter': {
        const grounds = available.filter((g) => groundIds.includes(g.id));
        if (grounds.length === 0) return { problem: 'doc.draft.problem.grounds' };
        const refusedItems = itemsOf(refused);
        if (refusedItems.length === 0) return { problem: 'doc.draft.problem.refused' };
        return {
          kind,
          language,
          ...caseRefs,
          build: (outgoing) =>
            refusalLetterPdf(
              refusalInputOf(org, record, outgoing, { refused: refusedItems, provided: itemsOf(provided), grounds, measures, destroyAfter: destroyAfter || undefined }),
              language,
            ),
        };
      }
      case 'extension-notice': {
        if (deadlines === undefined) return { problem: 'doc.draft.problem.deadlines' };
        const items = itemsOf(reasons);
        if (items.length === 0) return { problem: 'doc.draft.problem.reasons' };
        return { kind, language, ...caseRefs, build: (outgoing) => extensionNoticePdf(extensionInputOf(org, record, outgoing, deadlines, items), language) };
      }
      case 'destruction-act': {
        if (actCases === undefined || actCases.length === 0) return { problem: 'doc.draft.problem.loading' };
        const choices = actChoicesOf(act, library);
        if ('problem' in choices) return { problem: choices.problem };
        return {
          kind,
          language,
          ...caseRefs,
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
              }),
              language,
            ),
        };
      }
      default: {
        if (CONFIRMATION_OF[kind] === undefined) return { problem: 'doc.draft.problem.loading' };
        const scopeText = pairOrUndefined(scope);
        if (scopeText === undefined) return { problem: 'doc.draft.problem.scope' };
        const note = pairOrUndefined(details);
        return {
          kind,
          language,
          ...caseRefs,
          build: (outgoing) =>
            confirmationLetterPdf(
              confirmationInputOf(org, record, outgoing, kind, action, {
                scope: scopeText,
                systems: linesOf(systems),
                details: kind === 'confirmation-corrected' ? note : undefined,
                reason: kind === 'confirmation-unblocked' ? note : undefined,
                destructionAct: kind === 'confirmation-destroyed' && actOfThis ? { number: actOfThis.number, date: actOfThis.date } : undefined,
              }),
              language,
            ),
        };
      }
    }
  };

  const inputsKey = JSON.stringify([language, groundIds, refused, provided, destroyAfter, scope, systems, details, reasons, act, deadlines, actCases?.length]);

  return (
    <div className="doc-draft" data-testid="doc-draft">
      <div className="doc-draft__head">
        <h3>{t(`doc.kind.${kind}`)}</h3>
        <button type="button" className="btn btn--small" onClick={() => onClose()}>
          {t('doc.close')}
        </button>
      </div>
      <div className="field">
        <span>{t('doc.draft.language')}</span>
        <LanguagePicker value={language} onChange={setLanguage} />
        <small>{t('doc.draft.languageHint', { language: t(`doc.lang.${record.language}`) })}</small>
      </div>

      {kind === 'refusal-letter' && (
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
                <span>
                  {g.citation[ui]} <span className="badge">[{g.tag}]</span>
                  <br />
                  <small className="ground-text">{g.text[ui]}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <LangText name="refused" label={t('doc.draft.refused')} hint={t('doc.onePerLine')} value={refused} onChange={setRefused} language={language} multiline />
          <LangText name="provided" label={t('doc.draft.provided')} hint={t('doc.draft.providedHint')} value={provided} onChange={setProvided} language={language} multiline />
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
        </>
      )}

      {CONFIRMATION_OF[kind] !== undefined && (
        <>
          <LangText name="scope" label={t('doc.draft.scope')} value={scope} onChange={setScope} language={language} multiline />
          <label className="field">
            <span>{t('doc.act.systems')}</span>
            <textarea name="systems" rows={2} value={systems} onChange={(e) => setSystems(e.target.value)} />
            <small>{t('doc.onePerLine')}</small>
          </label>
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
        </>
      )}

      {kind === 'extension-notice' && (
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
        </>
      )}

      {kind === 'destruction-act' && <ActFields value={act} onChange={setAct} language={language} grounds={library} defaults={defaults} />}

      <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={inputsKey} onIssued={(doc) => onClose(doc)} />
    </div>
  );
}
