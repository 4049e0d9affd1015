/**
 * The case screen's Documents panel: the letters and acts the case's recorded actions justify, each with
 * what was already issued for it, and a form to prepare, preview and issue the next one — in the request's
 * language by default, or the other state language, or both.
 */
import { useState } from 'react';
import type { CaseRecord } from '../../../shared/cases/model';
import { documentOffers, type DocumentOffer } from '../../../shared/documents/case-documents';
import { useApp } from '../../app/app-context';
import { useCaseActions } from '../../db/case-hooks';
import { useIssuedDocuments } from '../../db/document-hooks';
import type { IssuedDocument } from '../../db/document-repository';
import { formatDate, formatDateTime } from '../../i18n/format';
import { CaseDocumentDraft } from './CaseDocumentDraft';
import { DocumentActions } from './DocumentActions';
import './documents.css';

export function CaseDocumentsPanel({ record }: { record: CaseRecord }) {
  const { t, settings } = useApp();
  const actions = useCaseActions(record.id);
  const issued = useIssuedDocuments(record.id);
  const [open, setOpen] = useState<string>();
  const [flash, setFlash] = useState<IssuedDocument>();
  const profile = settings.orgProfile;
  const offers = actions ? documentOffers(actions, record) : [];
  const keyOf = (offer: DocumentOffer) => `${offer.kind}:${offer.action.id}`;
  const when = (iso: string) => formatDateTime(new Date(iso), settings.displayTimeZone);

  return (
    <section className="card doc-panel" aria-labelledby="case-documents-title" data-testid="case-documents">
      <h2 id="case-documents-title">{t('doc.panel.title')}</h2>
      {profile === null && (
        <p className="status status--warn">
          {t('doc.panel.noProfile')} <a href="#/settings">{t('doc.panel.toSettings')}</a>
        </p>
      )}
      {actions !== undefined && offers.length === 0 && <p className="muted">{t('doc.panel.none')}</p>}
      <ul className="doc-offers">
        {offers.map((offer) => {
          const key = keyOf(offer);
          const done = (issued ?? []).filter((d) => d.kind === offer.kind && d.actionIds?.includes(offer.action.id));
          return (
            <li key={key} className="doc-offer" data-kind={offer.kind}>
              <div className="doc-offer__head">
                <div>
                  <strong>{t(`doc.kind.${offer.kind}`)}</strong>
                  <div className="muted">{t('doc.panel.after', { action: t(`case.action.${offer.action.kind as 'refuse'}`), at: when(offer.action.at) })}</div>
                </div>
                {profile !== null && open !== key && (
                  <button type="button" className="btn" onClick={() => setOpen(key)}>
                    {done.length > 0 ? t('doc.panel.prepareAgain') : t('doc.panel.prepare')}
                  </button>
                )}
              </div>
              {done.map((doc) => (
                <div key={doc.id} className="doc-issued" data-testid="issued-document">
                  <span className="mono">№ {doc.number}</span> · {formatDate(doc.date)} · {t(`doc.lang.${doc.language}`)} ·{' '}
                  <span className="mono" title={doc.sha256}>
                    SHA-256 {doc.sha256.slice(0, 12)}…
                  </span>
                  {doc.signedAt !== undefined && <span className="badge badge--signed">{t('doc.list.signed')}</span>}
                  {doc.voided === undefined && (record.corrections ?? []).some((c) => c.at >= doc.createdAt) && (
                    <p className="doc-earlier" data-testid="earlier-data">
                      {t('doc.earlierData')}
                    </p>
                  )}
                  <DocumentActions doc={doc} />
                </div>
              ))}
              {profile !== null && open === key && actions && (
                <CaseDocumentDraft
                  record={record}
                  offer={offer}
                  actions={actions}
                  profile={profile}
                  issued={issued ?? []}
                  onClose={(doc) => {
                    setOpen(undefined);
                    if (doc) setFlash(doc);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className="status-line">
        {flash ? t('doc.draft.issued', { number: flash.number, sha: flash.sha256.slice(0, 12) }) : ''}
      </p>
    </section>
  );
}
