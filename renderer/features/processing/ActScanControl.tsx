/**
 * The scan of a signed act of scheduled destruction: attach it (PDF or image, size-limited, SHA-256, the same
 * file refused twice) — kept apart from every request's attachments — then open it or save it like a case's files
 * (StoredFileItem: the platform decides by content, so a PDF and an image scan both open).
 */
import { useState, type ChangeEvent } from 'react';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { checkScan, DocumentWriteError, MAX_SCAN_BYTES, type IssuedDocument } from '../../db/document-repository';
import { signAct } from '../../db/document-steps';
import { useActScan } from '../../db/retention-act-hooks';
import { formatBytes } from '../../i18n/format';
import { StoredFileItem } from '../attachments/StoredFileItem';
import type { MessageKey } from '../../i18n/messages';

type Message = { readonly ok: boolean; readonly key: MessageKey; readonly values?: Readonly<Record<string, string | number>> };

export function ActScanControl({ doc }: { doc: IssuedDocument }) {
  const { t, settings } = useApp();
  const [message, setMessage] = useState<Message>();
  const scanId = doc.actScanId;
  const scan = useActScan(scanId);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
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
      setMessage({ ok: true, key: 'ract.scan.attached', values: { name: file.name, number: doc.number } });
    } catch (error) {
      if (error instanceof DocumentWriteError && error.problem === 'duplicate-scan')
        setMessage({ ok: false, key: 'ract.scan.duplicate', values: { name: file.name } });
      else setMessage({ ok: false, key: 'ract.scan.failed', values: { message: error instanceof Error ? error.message : String(error) } });
    }
  };

  return (
    <div className="retention-scan">
      {scan !== undefined ? (
        <ul className="stored-files" aria-label={t('ract.scan.list', { number: doc.number })} data-testid="act-scan">
          <StoredFileItem file={scan} />
        </ul>
      ) : (
        doc.signedAt === undefined &&
        doc.voided === undefined && (
          <label className="btn btn--small file-button">
            {t('ract.scan.attach')}
            <input
              type="file"
              accept="application/pdf,image/jpeg,image/png,image/tiff"
              aria-label={t('ract.scan.label', { number: doc.number })}
              onChange={(e) => runTask(attach(e))}
            />
          </label>
        )
      )}
      {message !== undefined && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'doc-message' : 'doc-message doc-message--bad'}>
          {t(message.key, message.values)}
        </p>
      )}
    </div>
  );
}
