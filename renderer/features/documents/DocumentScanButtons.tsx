/**
 * The Documents table's Open scan / Save scan of a signed document: the scan is opened or saved like a case's files
 * (through the platform, by content), the buttons' accessible names naming the document's number.
 */
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import type { DocumentScan } from '../../db/document-queries';
import { StoredFileMessage, useStoredFileActions } from '../attachments/StoredFileItem';

export function DocumentScanButtons({ number, scan }: { number: string; scan: DocumentScan | undefined }) {
  return scan === undefined ? null : <ScanButtons number={number} scan={scan} />;
}

function ScanButtons({ number, scan }: { number: string; scan: DocumentScan }) {
  const { t } = useApp();
  const { open, save, message } = useStoredFileActions(scan);
  return (
    <div className="doc-scan" data-testid="document-scan">
      <div className="button-row">
        <button type="button" className="btn btn--small" aria-label={t('doc.list.scan.open.named', { number })} onClick={() => runTask(open())}>
          {t('doc.list.scan.open')}
        </button>
        <button type="button" className="btn btn--small" aria-label={t('doc.list.scan.save.named', { number })} onClick={() => runTask(save())}>
          {t('doc.list.scan.save')}
        </button>
      </div>
      <StoredFileMessage message={message} />
    </div>
  );
}
