/**
 * What the DPO does with an issued document: save it (Save-As / download), print it, open it in the system
 * viewer — all through the platform interface — mark an act signed with the scan of the signed paper, or
 * void it with a reason: an issued document is never deleted, its number stays used, and an act is kept
 * three years from the destruction (RKN Order 179 p.8).
 */
import { useId, useState, type ChangeEvent } from 'react';
import { hasReason } from '../../../shared/cases/corrections';
import { useApp } from '../../app/app-context';
import { checkScan, deletableFrom, documentBytes, MAX_SCAN_BYTES, type IssuedDocument } from '../../db/document-repository';
import { signAct, voidDocument } from '../../db/document-steps';
import { formatBytes, formatDate } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { documentFileName } from './issue';
import { runTask } from '../../app/run-task';
import { useEscape } from '../../app/use-escape';

/** Kept as a key and values, so it reads in the current interface language after a switch. */
type Message = { readonly ok: boolean; readonly key: MessageKey; readonly values?: Readonly<Record<string, string | number>> };

export function DocumentActions({ doc }: { doc: IssuedDocument }) {
  const { t, platform, settings } = useApp();
  const [message, setMessage] = useState<Message>();
  const [voiding, setVoiding] = useState(false);
  useEscape(() => setVoiding(false), voiding);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const fileName = documentFileName(doc);
  const failed = (text: string) => setMessage({ ok: false, key: 'doc.action.failed', values: { message: text } });

  const save = async () => {
    const result = await platform.saveFile(fileName, await documentBytes(doc), [{ name: 'PDF', extensions: ['pdf'] }]);
    if (!result.ok) return failed(result.message);
    const outcome = result.value;
    if (outcome.status === 'saved') setMessage({ ok: true, key: 'doc.action.saved', values: { path: outcome.path } });
    else if (outcome.status === 'downloaded') setMessage({ ok: true, key: 'doc.action.downloaded', values: { name: outcome.fileName } });
    else setMessage(undefined);
  };
  const print = async () => {
    const result = await platform.printPdf(fileName, await documentBytes(doc));
    if (!result.ok) failed(result.message);
  };
  const open = async () => {
    const result = await platform.openPdf(fileName, await documentBytes(doc));
    if (!result.ok) failed(result.message);
  };

  const sign = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const problem = checkScan(file);
    if (problem !== undefined) {
      setMessage({
        ok: false,
        key: `doc.scan.${problem}`,
        values: { name: file.name, size: formatBytes(file.size, settings.locale), max: formatBytes(MAX_SCAN_BYTES, settings.locale) },
      });
      return;
    }
    try {
      await signAct(doc.id, file);
      setMessage({ ok: true, key: 'doc.action.signed', values: { name: file.name } });
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  };

  const voidIt = async () => {
    if (!hasReason(reason)) {
      setMessage({ ok: false, key: 'reason.short' });
      return;
    }
    try {
      await voidDocument(doc.id, reason, settings.displayTimeZone);
      setVoiding(false);
      setReason('');
      setMessage(undefined);
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  };
  const keptUntil = deletableFrom(doc);

  return (
    <div className="doc-actions">
      <div className="button-row">
        <button type="button" className="btn btn--small" onClick={() => runTask(save())}>
          {t('doc.action.save')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => runTask(print())}>
          {t('doc.action.print')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => runTask(open())}>
          {t('doc.action.open')}
        </button>
        {doc.kind === 'destruction-act' && doc.caseId !== undefined && doc.signedAt === undefined && doc.voided === undefined && (
          <label className="btn btn--small file-button">
            {t('doc.action.markSigned')}
            <input
              type="file"
              accept="application/pdf,image/jpeg,image/png,image/tiff"
              aria-label={t('doc.action.markSigned')}
              onChange={(e) => runTask(sign(e))}
            />
          </label>
        )}
        {doc.voided === undefined && !voiding && (
          <button type="button" className="btn btn--small" onClick={() => setVoiding(true)}>
            {t('doc.action.void')}
          </button>
        )}
      </div>
      {voiding && (
        <div className="doc-void" role="group" aria-labelledby={reasonId}>
          <label className="field">
            <span id={reasonId}>{t('doc.void.reason', { number: doc.number })} *</span>
            <input name="voidReason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </label>
          <p className="muted">{t('doc.void.note')}</p>
          <div className="button-row">
            <button type="button" className="btn btn--small btn--danger" onClick={() => runTask(voidIt())}>
              {t('doc.void.confirm', { number: doc.number })}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setVoiding(false)}>
              {t('doc.cancel')}
            </button>
          </div>
        </div>
      )}
      {doc.voided !== undefined && (
        <p className="doc-voided" data-testid="voided">
          <span className="badge badge--voided">{t('doc.voidedBadge')}</span>{' '}
          {t('doc.voided', { date: formatDate(doc.voided.date), reason: doc.voided.reason })}
          {keptUntil !== undefined && <> {t('doc.keptUntil', { until: formatDate(keptUntil) })}</>}
        </p>
      )}
      {message !== undefined && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'doc-message' : 'doc-message doc-message--bad'}>
          {t(message.key, message.values)}
        </p>
      )}
    </div>
  );
}
