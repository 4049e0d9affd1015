/**
 * The issued acts of scheduled destruction, those still to be carried out first: number, date, how many
 * relationships, status (issued / signed / destroyed / voided). From each: record the destruction (when, by
 * whom), attach the signed scan, save or open the act. Mounted beside the destruction queue and in Documents.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import type { OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import { useRetentionActs } from '../../db/retention-act-hooks';
import { formatDate, formatDateTime } from '../../i18n/format';
import { effectiveActDefaults } from '../documents/case-data';
import { DocumentActions } from '../documents/DocumentActions';
import { ActScanControl } from './ActScanControl';
import { actRowId } from './act-row-id';
import { MarkDestroyedForm } from './MarkDestroyedForm';
import { RetentionLogImport } from './RetentionLogImport';

const whoOf = (profile: OrgProfileSetting | null, saved: Parameters<typeof effectiveActDefaults>[0], lang: 'kk' | 'ru'): string => {
  if (profile === null) return '';
  const first = effectiveActDefaults(saved, profile).destroyedBy[0];
  return first === undefined ? '' : `${first.name}, ${first.position[lang]}`;
};

export function RetentionActList({ hideWhenEmpty = false }: { /** Documents area: nothing while no act was issued. */ hideWhenEmpty?: boolean }) {
  const { t, settings } = useApp();
  const rows = useRetentionActs();
  const [marking, setMarking] = useState<string>();
  const [importing, setImporting] = useState<string>();
  const [done, setDone] = useState<{ readonly number: string; readonly count: number }>();
  const [fresh, setFresh] = useState<string>();
  // An act issued while the list is shown (from the queue) is announced: the queue's act panel closes once its rows leave the queue.
  const seen = useRef<ReadonlySet<string>>(undefined);
  useEffect(() => {
    if (rows === undefined) return;
    const ids = new Set(rows.map((r) => r.doc.id));
    const added = seen.current === undefined ? undefined : rows.find((r) => !seen.current!.has(r.doc.id) && r.pending);
    seen.current = ids;
    if (added !== undefined) {
      setDone(undefined);
      setFresh(added.doc.number);
    }
  }, [rows]);
  const zone = settings.displayTimeZone;
  const lang = settings.locale === 'kk' ? 'kk' : 'ru';
  const pending = (rows ?? []).filter((r) => r.pending).length;
  if (hideWhenEmpty && (rows === undefined || rows.length === 0)) return null;

  return (
    <section className="card card--wide" aria-labelledby="retention-acts-title" data-testid="retention-acts">
      <h2 id="retention-acts-title">{t('ract.title')}</h2>
      <p className="card__hint">{t('ract.hint')}</p>
      <p role="status" data-testid="retention-acts-status">
        {done !== undefined ? t('ract.mark.done', { count: done.count, number: done.number }) : fresh !== undefined ? t('ract.issued', { number: fresh }) : ''}
      </p>
      {rows === undefined ? null : rows.length === 0 ? (
        <p>{t('ract.empty')}</p>
      ) : (
        <>
          <p data-testid="retention-acts-pending">{pending > 0 ? t('ract.pending', { count: pending }) : t('ract.nonePending')}</p>
          <div className="processing-scroll" tabIndex={0} role="region" aria-label={t('ract.table')}>
            <table className="table processing-table">
              <caption className="visually-hidden">{t('ract.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ract.col.number')}</th>
                  <th scope="col">{t('ract.col.date')}</th>
                  <th scope="col">{t('ract.col.relationships')}</th>
                  <th scope="col">{t('ract.col.status')}</th>
                  <th scope="col">{t('ract.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ doc, relationships, states, pending: open, annex }) => (
                  <Fragment key={doc.id}>
                    <tr data-act={doc.number} data-pending={open}>
                      <th scope="row" id={actRowId(doc.id)} tabIndex={-1}>
                        {doc.number}
                      </th>
                      <td>{formatDate(doc.date)}</td>
                      <td>{relationships}</td>
                      <td data-testid="act-status">
                        {states.map((s) => t(`ract.state.${s}`)).join(' · ')}
                        {doc.destruction !== undefined && (
                          <>
                            <br />
                            <small>{t('ract.destroyedBy', { at: formatDateTime(doc.destruction.at, zone), by: doc.destruction.by })}</small>
                          </>
                        )}
                      </td>
                      <td>
                        {open && marking !== doc.id && (
                          <button
                            type="button"
                            className="btn btn--small btn--primary"
                            onClick={() => {
                              setDone(undefined);
                              setMarking(doc.id);
                            }}
                          >
                            {t('ract.mark')}
                          </button>
                        )}
                        {annex === undefined && doc.voided === undefined && importing !== doc.id && settings.orgProfile !== null && (
                          <button type="button" className="btn btn--small" onClick={() => setImporting(doc.id)}>
                            {t('ract.log.import')}
                          </button>
                        )}
                        <ActScanControl doc={doc} />
                        <DocumentActions doc={doc} />
                        {annex !== undefined && (
                          <div className="retention-annex" data-testid="act-annex">
                            <p>{t('ract.annex', { number: annex.number })}</p>
                            <DocumentActions doc={annex} />
                          </div>
                        )}
                      </td>
                    </tr>
                    {importing === doc.id && settings.orgProfile !== null && (
                      <tr>
                        <td colSpan={5}>
                          <RetentionLogImport act={doc} profile={settings.orgProfile} onClose={() => setImporting(undefined)} />
                        </td>
                      </tr>
                    )}
                    {marking === doc.id && open && (
                      <tr>
                        <td colSpan={5}>
                          <MarkDestroyedForm
                            doc={doc}
                            defaultBy={whoOf(settings.orgProfile, settings.actDefaults, lang)}
                            onCancel={() => setMarking(undefined)}
                            onDone={(marked) => {
                              setMarking(undefined);
                              setDone(marked);
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
