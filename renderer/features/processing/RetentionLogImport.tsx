/**
 * Annex 1 of an act of scheduled destruction from the information systems' own log extract: the DPO chooses the
 * CSV export; every row is checked (line-numbered messages; one bad row refuses the file and nothing is issued);
 * the rows are matched with the act's relationships and every discrepancy is shown, then printed in the annex.
 * The annex is a numbered document of its own naming the act (an issued act's bytes never change).
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { sha256Hex } from '../../../shared/audit/chain';
import type { LanguageChoice } from '../../../shared/documents/model';
import { toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { retentionLogAnnexPdf } from '../../../shared/documents/retention-log-annex';
import type { Bilingual } from '../../../shared/documents/model';
import {
  crossCheckRetentionLog,
  parseRetentionLog,
  type LogCrossCheck,
  type LogDiscrepancy,
  type LogImportProblem,
} from '../../../shared/processing/retention-log';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import type { IssuedDocument } from '../../db/document-repository';
import { useRegisterVersions } from '../../db/processing-hooks';
import { fetchRelationships } from '../../db/processing-steps';
import type { MessageKey } from '../../i18n/messages';
import { effectiveActDefaults } from '../documents/case-data';
import { LanguagePicker } from '../documents/draft-fields';
import { DraftWorkspace, type PlanResult } from '../documents/DraftWorkspace';

type Loaded =
  | { readonly kind: 'refused'; readonly name: string; readonly problems: readonly LogImportProblem[]; readonly more: number }
  | { readonly kind: 'checked'; readonly name: string; readonly sha256: string; readonly check: LogCrossCheck };

export function RetentionLogImport({ act, profile, onClose }: { act: IssuedDocument; profile: OrgProfileSetting; onClose: () => void }) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const org = useMemo(() => toOrgProfile(profile, zone), [profile, zone]);
  const versions = useRegisterVersions();
  const [language, setLanguage] = useState<LanguageChoice>(act.language);
  const [loaded, setLoaded] = useState<Loaded>();

  // Categories as the register in force on the act's date states them (else the oldest version).
  const categories = useMemo(() => {
    const list = versions ?? [];
    const version = list.find((v) => v.effectiveFrom <= act.date) ?? list.at(-1);
    return new Map<string, Bilingual>((version?.activities ?? []).map((a) => [a.id, a.dataCategories]));
  }, [versions, act.date]);

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const parsed = parseRetentionLog(new TextDecoder('utf-8').decode(bytes), zone, new Date());
    if ('problems' in parsed) return setLoaded({ kind: 'refused', name: file.name, problems: parsed.problems, more: parsed.more });
    const relationships = await fetchRelationships(act.relationshipIds ?? []);
    setLoaded({ kind: 'checked', name: file.name, sha256: await sha256Hex(bytes), check: crossCheckRetentionLog(parsed.rows, relationships, act.createdAt) });
  };

  const problemText = (p: LogImportProblem): string => {
    switch (p.kind) {
      case 'empty':
        return t('ract.log.problem.empty');
      case 'unreadable':
        return t('ract.log.problem.unreadable', { line: p.line ?? '—' });
      case 'too-many':
        return t('ract.log.problem.too-many', { max: p.max });
      case 'column':
        return t('ract.log.problem.column', { column: p.column });
      case 'missing':
        return t('ract.log.problem.missing', { line: p.line, column: t(`ract.log.col.${p.column}`) });
      case 'too-long':
        return t('ract.log.problem.too-long', { line: p.line, column: t(`ract.log.col.${p.column}`), max: p.max });
      case 'time':
        return t('ract.log.problem.time', { line: p.line, value: p.value });
      case 'future':
        return t('ract.log.problem.future', { line: p.line, value: p.value });
    }
  };
  const discrepancyText = (d: LogDiscrepancy): string => {
    switch (d.kind) {
      case 'not-in-act':
        return t('ract.log.d.not-in-act', { line: d.line, contract: d.contractNo, system: d.system });
      case 'not-logged':
        return t('ract.log.d.not-logged', { contract: d.contractNo, system: d.system });
      case 'other-system':
        return t('ract.log.d.other-system', { line: d.line, contract: d.contractNo, system: d.system, expected: d.expected });
      case 'before-act':
        return t('ract.log.d.before-act', { line: d.line, contract: d.contractNo });
    }
  };

  const makePlan = (): PlanResult => {
    if (loaded?.kind !== 'checked') return { problem: 'ract.log.noFile' satisfies MessageKey };
    const commission = effectiveActDefaults(settings.actDefaults, profile).commission;
    const source = { name: loaded.name, sha256: loaded.sha256 };
    return {
      kind: 'retention-log-annex',
      language,
      caseIds: [],
      caseNumbers: [],
      actionIds: [],
      annexOf: act.id,
      build: (outgoing) =>
        retentionLogAnnexPdf(
          { org, annex: outgoing, act: { number: act.number, date: act.date }, source, check: loaded.check, categories, commission },
          language,
        ),
    };
  };

  const titleId = `log-import-${act.id}`;
  return (
    <section className="retention-log" aria-labelledby={titleId} data-testid="retention-log-import">
      <h3 id={titleId}>{t('ract.log.title', { number: act.number })}</h3>
      <p className="card__hint">{t('ract.log.hint')}</p>
      <label className="btn btn--small file-button">
        {t('ract.log.import')}
        <input type="file" accept=".csv,text/csv" aria-label={t('ract.log.label', { number: act.number })} onChange={(e) => runTask(load(e))} />
      </label>
      {loaded?.kind === 'refused' && (
        <div role="alert" data-testid="retention-log-problems">
          <p>{t('ract.log.refused', { name: loaded.name })}</p>
          <ul>
            {loaded.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
          {loaded.more > 0 && <p>{t('ract.log.more', { count: loaded.more })}</p>}
        </div>
      )}
      {loaded?.kind === 'checked' && (
        <div data-testid="retention-log-checked">
          <p role="status">{t('ract.log.checked', { name: loaded.name, count: loaded.check.rows.length })}</p>
          {loaded.check.discrepancies.length === 0 ? (
            <p>{t('ract.log.noDiscrepancy')}</p>
          ) : (
            <>
              <p>{t('ract.log.discrepancies', { count: loaded.check.discrepancies.length })}</p>
              <ul data-testid="retention-log-discrepancies">
                {loaded.check.discrepancies.map((d, i) => (
                  <li key={i}>{discrepancyText(d)}</li>
                ))}
              </ul>
            </>
          )}
          <LanguagePicker value={language} onChange={setLanguage} />
          <DraftWorkspace makePlan={makePlan} profile={profile} inputsKey={`${language}|${loaded.sha256}`} />
        </div>
      )}
      <button type="button" className="btn btn--small" onClick={onClose}>
        {t('ract.log.close')}
      </button>
    </section>
  );
}
