/**
 * The Documents area: every issued letter and act, newest first — number, date, kind, case(s), language,
 * SHA-256 and whether an act is signed (with Open scan / Save scan of the signed scan) — each with Save, Print,
 * Open, "mark signed" (acts) and Delete (acts only after three years); and the batch destruction act.
 */
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useApp } from '../../app/app-context';
import { useDocumentList } from '../../db/document-hooks';
import type { IssuedDocument } from '../../db/document-repository';
import { formatDate, formatDateTime } from '../../i18n/format';
import { BatchActPanel } from './BatchActPanel';
import { DocumentActions } from './DocumentActions';
import { DocumentScanButtons } from './DocumentScanButtons';
import { RetentionActList } from '../processing/RetentionActList';
import './documents.css';

const PAGE = 200;

export function DocumentsPage() {
  const { t, settings } = useApp();
  const [limit, setLimit] = useState(PAGE);
  const [batch, setBatch] = useState(false);
  const [flash, setFlash] = useState<IssuedDocument>();
  const list = useDocumentList(limit);
  const docs = list?.docs;
  const total = list?.total;
  const scans = list?.scans;
  const profile = settings.orgProfile;
  const zone = settings.displayTimeZone;

  return (
    <>
      <div className="page-header page-header--with-action">
        <div>
          <h1>{t('documents.title')}</h1>
          <p>{t('documents.subtitle')}</p>
        </div>
        <button type="button" className="btn" aria-expanded={batch} disabled={profile === null} onClick={() => setBatch(!batch)}>
          {t('doc.batch.open')}
        </button>
      </div>
      {profile === null && (
        <p className="status status--warn">
          {t('doc.panel.noProfile')} <a href="#/settings">{t('doc.panel.toSettings')}</a>
        </p>
      )}
      {batch && profile !== null && (
        <BatchActPanel
          profile={profile}
          onIssued={(doc) => {
            setBatch(false);
            setFlash(doc);
          }}
        />
      )}
      {flash !== undefined && (
        <p role="status" className="status status--ok">
          {t('doc.draft.issued', { number: flash.number, sha: flash.sha256.slice(0, 12) })}
        </p>
      )}
      <RetentionActList hideWhenEmpty />
      {docs !== undefined && docs.length === 0 ? (
        <EmptyState icon="documents" title={t('documents.empty.title')} body={t('documents.empty.body')} />
      ) : (
        <div className="card doc-list-card" role="region" aria-label={t('documents.title')} tabIndex={0}>
          <table className="table doc-list" data-testid="documents-table">
            <thead>
              <tr>
                <th>{t('doc.list.number')}</th>
                <th>{t('doc.list.date')}</th>
                <th>{t('doc.list.kind')}</th>
                <th>{t('doc.list.case')}</th>
                <th>{t('doc.list.signedColumn')}</th>
                <th>{t('doc.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(docs ?? []).map((doc) => (
                <tr key={doc.id} data-number={doc.number} data-kind={doc.kind}>
                  {/* The number with its SHA-256 under it, the date with the language: six columns fit 1 280 px. */}
                  <td>
                    <span className="mono">{doc.number}</span>
                    <span className="doc-list__sub mono" title={doc.sha256}>
                      SHA-256 {doc.sha256.slice(0, 12)}…
                    </span>
                  </td>
                  <td>
                    {formatDate(doc.date)}
                    <span className="doc-list__sub">{t(`doc.lang.${doc.language}`)}</span>
                  </td>
                  <td>{t(`doc.kind.${doc.kind}`)}</td>
                  <td>
                    {doc.caseId === undefined ? (
                      <a href="#/processing">
                        {doc.annexOf !== undefined ? t('ract.title') : t('doc.list.relationships', { count: doc.relationshipIds?.length ?? 0 })}
                      </a>
                    ) : (
                      <a href={`#/cases/${doc.caseId}`} className="mono" title={(doc.caseNumbers ?? []).join(', ')}>
                        {doc.caseNumbers?.[0] ?? '—'}
                      </a>
                    )}
                    {(doc.caseNumbers?.length ?? 0) > 1 && <span className="muted"> {t('doc.list.more', { count: (doc.caseNumbers?.length ?? 0) - 1 })}</span>}
                  </td>
                  <td>
                    {doc.kind !== 'destruction-act' ? (
                      <span className="muted">—</span>
                    ) : doc.signedAt !== undefined ? (
                      <>
                        <span className="badge badge--signed" title={formatDateTime(new Date(doc.signedAt), zone)}>
                          {t('doc.list.signed')}
                        </span>
                        <DocumentScanButtons number={doc.number} scan={scans?.get(doc.id)} />
                      </>
                    ) : (
                      <span className="badge badge--unsigned">{t('doc.list.unsigned')}</span>
                    )}
                  </td>
                  <td>
                    <DocumentActions doc={doc} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total !== undefined && docs !== undefined && total > docs.length && (
            <button type="button" className="btn" onClick={() => setLimit(limit + PAGE)}>
              {t('doc.list.showMore', { shown: docs.length, total })}
            </button>
          )}
        </div>
      )}
    </>
  );
}
