/**
 * Import of relationships from a core system's export (CSV, papaparse): the columns mapped to the fields (the
 * mapping is kept per system), every row checked first with line-numbered messages, then all rows (only when
 * none has a problem) or the valid rows only, as the DPO chooses after reading the report. The import shows its
 * progress and can be cancelled; a cancelled import leaves nothing.
 */
import Papa from 'papaparse';
import { useRef, useState, type ChangeEvent } from 'react';
import type { ProcessingActivity } from '../../../shared/processing/model';
import {
  checkRelationshipRows,
  guessMapping,
  RELATIONSHIP_FIELDS,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ImportReport,
  type RelationshipField,
} from '../../../shared/processing/relationship-import';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { importRelationshipRows, RelationshipImportError, storedRelationshipKeys } from '../../db/processing-steps';

interface LoadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly rows: readonly (readonly string[])[];
}

export function RelationshipImport({ activities }: { activities: readonly ProcessingActivity[] }) {
  const { t, settings, updateSetting } = useApp();
  const [system, setSystem] = useState('core');
  const [file, setFile] = useState<LoadedFile>();
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [report, setReport] = useState<ImportReport>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | undefined>(undefined);
  const header = file?.rows[0] ?? [];

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen === undefined) return;
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    const rows = parsed.data;
    setFile({ name: chosen.name, bytes, rows });
    setMapping(guessMapping(rows[0] ?? [], settings.relationshipMappings[system.trim()]));
    setReport(undefined);
    setStatus(t('rel.loaded', { name: chosen.name, count: Math.max(0, rows.filter((r) => r.some((c) => c.trim() !== '')).length - 1) }));
  };

  const check = async () => {
    if (file === undefined || mapping === undefined) return;
    const contractColumn = header.indexOf(mapping.contractNo);
    const stored = await storedRelationshipKeys(contractColumn < 0 ? [] : file.rows.slice(1).map((r) => (r[contractColumn] ?? '').trim()));
    const result = checkRelationshipRows(file.rows, mapping, activities, stored);
    setReport(result);
    setStatus(
      result.problems.length === 0
        ? t('rel.checked.ok', { count: result.valid.length })
        : t('rel.checked.bad', { count: result.problems.length, valid: result.valid.length }),
    );
  };

  const run = async (validOnly: boolean) => {
    if (file === undefined || mapping === undefined || report === undefined || progress !== undefined) return;
    if (!validOnly && report.problems.length > 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: report.valid.length });
    try {
      const count = await importRelationshipRows(
        { system: system.trim(), fileName: file.name, bytes: file.bytes, rows: report.rows, drafts: report.valid, skipped: validOnly ? report.badLines : 0 },
        { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
      await updateSetting('relationshipMappings', { ...settings.relationshipMappings, [system.trim()]: mapping });
      setStatus(t('rel.imported', { count }));
      setFile(undefined);
      setReport(undefined);
    } catch (cause) {
      if (!(cause instanceof RelationshipImportError)) throw cause;
      setStatus(t(`rel.failed.${cause.problem}`, { line: cause.line ?? '' }));
    } finally {
      abort.current = undefined;
      setProgress(undefined);
    }
  };

  const setColumn = (field: RelationshipField, column: string) => {
    if (mapping === undefined) return;
    setMapping({ ...mapping, [field]: column });
    setReport(undefined);
  };

  return (
    <section className="card card--wide" aria-labelledby="rel-import-title" data-testid="relationship-import">
      <h2 id="rel-import-title">{t('rel.title')}</h2>
      <p className="card__hint">{t('rel.hint')}</p>
      <div className="field-row">
        <label className="field">
          <span>{t('rel.system')}</span>
          <input value={system} onChange={(e) => setSystem(e.target.value)} maxLength={200} />
        </label>
        <label className="field">
          <span>{t('rel.file')}</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => runTask(pick(e))} data-testid="relationship-file" />
        </label>
      </div>
      {file !== undefined && mapping !== undefined && (
        <fieldset>
          <legend>{t('rel.mapping')}</legend>
          <div className="mapping-grid">
            {RELATIONSHIP_FIELDS.map((field) => (
              <label className="field" key={field}>
                <span>
                  {t(`rel.field.${field}`)}
                  {REQUIRED_FIELDS.includes(field) ? ' *' : ''}
                </span>
                <select value={mapping[field]} onChange={(e) => setColumn(field, e.target.value)} data-field={field}>
                  <option value="">{t('rel.notInFile')}</option>
                  {header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="btn btn--primary" onClick={() => runTask(check())}>
              {t('rel.check')}
            </button>
          </div>
        </fieldset>
      )}
      {report !== undefined && (
        <div data-testid="relationship-report">
          {report.problems.length > 0 && (
            <div className="processing-scroll" tabIndex={0} role="region" aria-label={t('rel.problems')}>
              <table className="table processing-table">
                <caption>{t('rel.problems')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('rel.col.line')}</th>
                    <th scope="col">{t('rel.col.field')}</th>
                    <th scope="col">{t('rel.col.problem')}</th>
                    <th scope="col">{t('rel.col.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.slice(0, 200).map((p, i) => (
                    <tr key={i}>
                      <td>{p.line}</td>
                      <td>{t(`rel.field.${p.field}`)}</td>
                      <td>{t(p.code)}</td>
                      <td>
                        <code>{p.value}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button
              type="button"
              className="btn btn--primary"
              aria-disabled={report.problems.length > 0 || progress !== undefined}
              onClick={() => runTask(run(false))}
            >
              {t('rel.importAll', { count: report.valid.length })}
            </button>
            {report.problems.length > 0 && report.valid.length > 0 && (
              <button type="button" className="btn" aria-disabled={progress !== undefined} onClick={() => runTask(run(true))}>
                {t('rel.importValid', { count: report.valid.length })}
              </button>
            )}
          </div>
        </div>
      )}
      {progress !== undefined && (
        <div className="button-row">
          <progress max={progress.total} value={progress.done} aria-label={t('rel.progress')} />
          <span>
            {progress.done} / {progress.total}
          </span>
          <button type="button" className="btn" onClick={() => abort.current?.abort()}>
            {t('rel.cancel')}
          </button>
        </div>
      )}
      <p role="status" className="status-line" data-testid="relationship-status">
        {status}
      </p>
    </section>
  );
}
