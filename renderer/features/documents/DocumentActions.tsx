/**
 * What the DPO does with an issued document: save it (Save-As / download), print it, open it in the system
 * viewer — all through the platform interface — mark an act signed with the scan of the signed paper, or
 * delete it (acts are kept three years from the destruction: RKN Order 179 p.8).
 */
import { useState, type ChangeEvent } from 'react';
import { useApp } from '../../app/app-context';
import { checkScan, documentBytes, DocumentWriteError, MAX_SCAN_BYTES, type IssuedDocument } from '../../db/document-repository';
import { removeDocument, signAct } from '../../db/document-steps';
import { formatBytes, formatDate } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { documentFileName } from './issue';
import { runTask } from '../../app/run-task';

/** Kept as a key and values, so it reads in the current interface language after a switch. */
type Message = { readonly ok: boolean; readonly key: MessageKey; readonly values?: Readonly<Record<string, string | number>> };

export function DocumentActions({ doc }: { doc: IssuedDocument }) {
  const { t, platform, settings } = useApp();
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);
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
      setMessage({ ok: false, key: `doc.scan.${problem}`, values: { name: file.name, max: formatBytes(MAX_SCAN_BYTES, settings.locale) } });
      return;
    }
    try {
      await signAct(doc.id, file);
      setMessage({ ok: true, key: 'doc.action.signed', values: { name: file.name } });
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  };

  const remove = async () => {
    setConfirming(false);
    try {
      await removeDocument(doc.id, settings.displayTimeZone);
    } catch (error) {
      if (error instanceof DocumentWriteError && error.problem === 'retention') {
        const until = formatDate(error.until ?? '');
        setMessage({ ok: false, key: 'doc.delete.retention', values: { number: doc.number, until } });
      } else failed(error instanceof Error ? error.message : String(error));
    }
  };

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
        {doc.kind === 'destruction-act' && doc.signedAt === undefined && (
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
        {confirming ? (
          <>
            <button type="button" className="btn btn--small btn--danger" onClick={() => runTask(remove())}>
              {t('doc.delete.confirm')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setConfirming(false)}>
              {t('doc.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn--small" onClick={() => setConfirming(true)}>
            {t('doc.action.delete')}
          </button>
        )}
      </div>
      {message !== undefined && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'doc-message' : 'doc-message doc-message--bad'}>
          {t(message.key, message.values)}
        </p>
      )}
    </div>
  );
}
