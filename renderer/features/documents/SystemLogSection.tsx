/**
 * Annex 1 of a destruction act: the extract from the event log of each information system named in the act
 * (RKN Order 179 p.2, p.5). Imported from the system's CSV export through a column mapping — saved per system once
 * it has been used — or entered row by row; checked against the act as it changes.
 */
import { useState } from 'react';
import type { Bilingual, SystemLogRow } from '../../../shared/documents/model';
import {
  guessMapping,
  readCsv,
  rowsFromCsv,
  SYSTEM_LOG_FIELDS,
  type CsvTable,
  type LogMismatch,
  type SystemLogField,
  type SystemLogMapping,
} from '../../../shared/documents/system-log';
import { localInputToInstant } from '../../../shared/format';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { formatDateTime } from '../../i18n/format';

export function SystemLogSection({
  systems,
  rows,
  onRows,
  mismatches,
  savedMappings,
  onMappingUsed,
}: {
  systems: readonly Bilingual[];
  rows: readonly SystemLogRow[];
  onRows: (rows: SystemLogRow[]) => void;
  mismatches: readonly LogMismatch[];
  savedMappings: Readonly<Record<string, SystemLogMapping>>;
  onMappingUsed: (system: string, mapping: SystemLogMapping) => Promise<void>;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const [systemIndex, setSystemIndex] = useState(0);
  const system = systems[systemIndex] ?? systems[0];
  const [table, setTable] = useState<CsvTable>();
  const [mapping, setMapping] = useState<Partial<Record<SystemLogField, string>>>({});
  const [problem, setProblem] = useState<string>();
  const [manual, setManual] = useState({ subject: '', categories: '', reason: '', at: '' });

  const readFile = async (file: File) => {
    setProblem(undefined);
    const read = readCsv(await file.text());
    if ('problem' in read) {
      setTable(undefined);
      setProblem(read.problem === 'empty' ? t('doc.log.problem.empty') : t('doc.log.problem.unreadable', { line: read.line ?? '?' }));
      return;
    }
    setTable(read);
    const saved = system === undefined ? undefined : savedMappings[system.ru];
    setMapping(saved && SYSTEM_LOG_FIELDS.every((f) => read.headers.includes(saved[f])) ? saved : guessMapping(read.headers));
  };

  const addImported = async () => {
    if (table === undefined || system === undefined) return;
    const result = rowsFromCsv(table, mapping, system, zone);
    if ('problem' in result) {
      const p = result.problem;
      setProblem(
        p.kind === 'mapping'
          ? t('doc.log.problem.mapping', { field: t(`doc.log.field.${p.field}`) })
          : p.kind === 'value'
            ? t('doc.log.problem.value', { field: t(`doc.log.field.${p.field}`), line: p.line })
            : t('doc.log.problem.time', { line: p.line, value: p.value }),
      );
      return;
    }
    setProblem(undefined);
    onRows([...rows, ...result.rows]);
    setTable(undefined);
    await onMappingUsed(system.ru, mapping as SystemLogMapping);
  };

  const addManual = () => {
    const at = localInputToInstant(manual.at, zone);
    if (system === undefined || manual.subject.trim() === '' || manual.reason.trim() === '' || at === undefined) {
      setProblem(t('doc.log.problem.manual'));
      return;
    }
    setProblem(undefined);
    onRows([
      ...rows,
      { subject: manual.subject.trim(), categories: manual.categories.trim(), reason: manual.reason.trim(), system, destroyedAt: at.toISOString() },
    ]);
    setManual({ subject: '', categories: '', reason: '', at: '' });
  };

  return (
    <fieldset className="system-log" data-testid="system-log">
      <legend>{t('doc.log.title')}</legend>
      <p className="muted">{t('doc.log.hint')}</p>
      {systems.length > 1 && (
        <label className="field">
          <span>{t('doc.log.system')}</span>
          <select name="logSystem" value={systemIndex} onChange={(e) => setSystemIndex(Number(e.target.value))}>
            {systems.map((s, i) => (
              <option key={`${s.ru}-${i}`} value={i}>
                {s.ru === s.kk ? s.ru : `${s.kk} / ${s.ru}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('doc.log.import')}</span>
        <input type="file" name="logFile" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && runTask(readFile(e.target.files[0]))} />
      </label>
      {table && (
        <div className="field-row" data-testid="log-mapping">
          {SYSTEM_LOG_FIELDS.map((field) => (
            <label key={field} className="field">
              <span>{t(`doc.log.field.${field}`)}</span>
              <select name={`logColumn.${field}`} value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value })}>
                <option value="">—</option>
                {table.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="button" className="btn" onClick={() => runTask(addImported())}>
            {t('doc.log.addRows', { count: table.rows.length })}
          </button>
        </div>
      )}
      <div className="field-row">
        <label className="field">
          <span>{t('doc.log.field.subject')}</span>
          <input name="logSubject" value={manual.subject} onChange={(e) => setManual({ ...manual, subject: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('doc.log.field.categories')}</span>
          <input name="logCategories" value={manual.categories} onChange={(e) => setManual({ ...manual, categories: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('doc.log.field.reason')}</span>
          <input name="logReason" value={manual.reason} onChange={(e) => setManual({ ...manual, reason: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('doc.log.field.destroyedAt')}</span>
          <input type="datetime-local" name="logAt" value={manual.at} onChange={(e) => setManual({ ...manual, at: e.target.value })} />
        </label>
        <button type="button" className="btn btn--small" onClick={addManual}>
          {t('doc.log.addRow')}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {rows.length > 0 && (
        <table className="log-rows" data-testid="log-rows">
          <caption>{t('doc.log.rows', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('doc.log.field.subject')}</th>
              <th scope="col">{t('doc.log.field.categories')}</th>
              <th scope="col">{t('doc.log.system')}</th>
              <th scope="col">{t('doc.log.field.reason')}</th>
              <th scope="col">{t('doc.log.field.destroyedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('doc.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.subject}-${r.destroyedAt}-${i}`}>
                <td>{r.subject}</td>
                <td>{r.categories}</td>
                <td>{r.system.ru}</td>
                <td>{r.reason}</td>
                <td>{formatDateTime(new Date(r.destroyedAt), zone)}</td>
                <td>
                  <button type="button" className="btn btn--small" onClick={() => onRows(rows.filter((_, j) => j !== i))}>
                    {t('doc.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mismatches.length > 0 && (
        <div className="field-error" role="alert" data-testid="log-mismatches">
          <ul>
            {mismatches.map((m, i) => (
              <li key={i}>
                {m.kind === 'outside-dates'
                  ? t('doc.log.mismatch.outside', { subject: m.subject, at: formatDateTime(new Date(m.at), zone) })
                  : t(m.kind === 'unknown-subject' ? 'doc.log.mismatch.unknown' : 'doc.log.mismatch.missing', { subject: m.subject })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
