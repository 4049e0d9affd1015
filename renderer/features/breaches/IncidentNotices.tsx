/**
 * The notices of an incident: to the authorized body (kk, ru), to Roskomnadzor (ru, 24 h and 72 h — only when
 * RF citizens are concerned) and the letter to subjects. "Preview" renders the PDF with the number it will get
 * (the letters' series, from the organisation profile); "Issue" stores exactly those bytes with their SHA-256
 * and the audit event, and fulfils the clock the notice answers. Issued notices are listed with Save.
 */
import { useEffect, useState } from 'react';
import { breachNoticePdf, type BreachNoticeInput } from '../../../shared/documents/breach-notices';
import { DocumentInputError } from '../../../shared/documents/errors';
import { composeOutgoingNumber } from '../../../shared/documents/outgoing-number';
import { toOrgProfile } from '../../../shared/documents/profile-schema';
import { zonedDate } from '../../../shared/format';
import {
  BREACH_DOCUMENT_KINDS,
  FULFILS,
  LANGUAGES_OF,
  type BreachDocumentKind,
  type BreachLanguage,
  type IncidentDocumentRecord,
  type IncidentRecord,
} from '../../../shared/incidents/model';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { ruleById } from '../../../shared/rules';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { incidentDocumentBytes, useIncidentDocuments } from '../../db/incident-hooks';
import { IncidentWriteError, issueIncidentDocument, nextLetterSequence } from '../../db/incident-steps';
import { formatDate } from '../../i18n/format';
import { documentFileName } from '../documents/issue';
import { renderPdf } from '../documents/pdf-browser';
import { stampAnchor } from '../../../shared/documents/anchor-footer';
import { appAuditHead } from '../../db/integrity-check';

interface Rendered {
  readonly number: string;
  readonly seq: number;
  readonly year: number;
  readonly date: string;
  readonly bytes: Uint8Array;
}

export function IncidentNotices({ incident }: { incident: IncidentRecord }) {
  const { t, settings } = useApp();
  const docs = useIncidentDocuments(incident.id);
  const profile = settings.orgProfile;
  const kinds = BREACH_DOCUMENT_KINDS.filter((k) => incident.rfConcerned || (k !== 'breach-rkn-24h' && k !== 'breach-rkn-72h'));
  return (
    <section className="card" aria-labelledby="notices-title" data-testid="incident-notices">
      <h2 id="notices-title">{t('breach.notices')}</h2>
      {profile === null ? (
        <p className="muted">{t('breach.notices.noProfile')}</p>
      ) : (
        <ul className="notice-list">
          {kinds.flatMap((kind) =>
            LANGUAGES_OF[kind].map((lang) => <NoticeItem key={`${kind}-${lang}`} kind={kind} lang={lang} incident={incident} docs={docs ?? []} />),
          )}
        </ul>
      )}
    </section>
  );
}

function NoticeItem({
  kind,
  lang,
  incident,
  docs,
}: {
  kind: BreachDocumentKind;
  lang: BreachLanguage;
  incident: IncidentRecord;
  docs: readonly IncidentDocumentRecord[];
}) {
  const { t, settings, platform } = useApp();
  const profile = settings.orgProfile;
  const [preview, setPreview] = useState<{ data: Rendered; url: string; key: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const issued = docs.filter((d) => d.kind === kind && d.language === lang);
  const fulfils = FULFILS[kind];
  // A preview belongs to the incident as it was: any change (an edit, another notice) discards it.
  const key = `${incident.updatedAt}`;
  const shown = preview?.key === key ? preview : undefined;
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  if (profile === null) return null;

  const render = async (): Promise<Rendered> => {
    const date = zonedDate(new Date(), DEFAULT_TIME_ZONE);
    const year = Number(date.slice(0, 4));
    const seq = await nextLetterSequence(year);
    const number = composeOutgoingNumber(profile.outgoingNumberPrefix, year, seq);
    const first = docs.filter((d) => d.kind === 'breach-rkn-24h').at(-1);
    const input: BreachNoticeInput = {
      org: toOrgProfile(profile, DEFAULT_TIME_ZONE),
      outgoing: { number, date },
      incident,
      firstNotice: first === undefined ? undefined : { number: first.number, date: first.date },
    };
    // Like every issued PDF, the notice prints the audit trail's anchor at issue (its head now).
    return { number, seq, year, date, bytes: await renderPdf(stampAnchor(breachNoticePdf(kind, input, lang), await appAuditHead())) };
  };

  const failed = (error: unknown) =>
    setProblem(
      error instanceof DocumentInputError
        ? t('doc.draft.problem.input', { field: error.field })
        : t('doc.action.failed', { message: error instanceof Error ? error.message : String(error) }),
    );

  const show = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const data = await render();
      const url = URL.createObjectURL(new Blob([data.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
      setPreview({ data, url, key });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const issue = async () => {
    if (!shown || busy) return;
    setBusy(true);
    try {
      let data = shown.data;
      for (let attempt = 0; ; attempt += 1) {
        try {
          await issueIncidentDocument({
            incidentId: incident.id,
            kind,
            language: lang,
            year: data.year,
            seq: data.seq,
            number: data.number,
            date: data.date,
            bytes: data.bytes,
          });
          break;
        } catch (error) {
          if (!(error instanceof IncidentWriteError && error.problem === 'number-taken') || attempt >= 3) throw error;
          data = await render();
        }
      }
      setPreview(undefined);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async (doc: IncidentDocumentRecord) => {
    const result = await platform.saveFile(documentFileName(doc), await incidentDocumentBytes(doc), [{ name: 'PDF', extensions: ['pdf'] }]);
    if (!result.ok) setProblem(t('doc.action.failed', { message: result.message }));
  };

  const titleId = `notice-${kind}-${lang}`;
  return (
    <li className="notice-item" data-kind={kind} data-lang={lang} data-testid="notice-item" aria-labelledby={titleId}>
      <div id={titleId}>
        <strong>{t(`breach.notice.${kind}`)}</strong> <span className="muted">{t(`breach.notice.lang.${lang}`)}</span>
        {fulfils !== undefined && <div className="muted">{`${t('a11y.deadlines.obligation')}: ${ruleById(fulfils)?.title[settings.locale] ?? fulfils}`}</div>}
      </div>
      {issued.map((doc) => (
        <div key={doc.id} className="issued-document" data-testid="issued-notice">
          <span>{t('breach.notice.issuedLine', { number: doc.number, date: formatDate(doc.date), language: doc.language, sha: doc.sha256.slice(0, 12) })}</span>{' '}
          <button type="button" className="btn btn--small" onClick={() => runTask(save(doc))}>
            {t('doc.action.save')}
          </button>
        </div>
      ))}
      {incident.status !== 'closed' && (
        <div className="button-row">
          <button type="button" className="btn" aria-disabled={busy} onClick={() => runTask(show())}>
            {t('doc.draft.preview')}
          </button>
          {shown && (
            <button type="button" className="btn btn--primary" aria-disabled={busy} onClick={() => runTask(issue())}>
              {t('doc.draft.issue', { number: shown.data.number })}
            </button>
          )}
        </div>
      )}
      {problem !== undefined && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      {shown && platform.kind === 'browser' && (
        <iframe className="doc-preview" title={t('doc.draft.previewTitle', { number: shown.data.number })} src={shown.url} data-testid="doc-preview" />
      )}
    </li>
  );
}
