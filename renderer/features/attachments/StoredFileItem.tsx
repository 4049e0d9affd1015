/**
 * One stored file — an attachment of a request, of an action or of a breach, or the signed scan of a document —
 * with Open and Save. Both go through the platform, which decides by the file's content: opened in the system
 * viewer (a new tab in a browser) only when it is a PDF, an image or plain text; anything else can only be saved,
 * and Open says so. The buttons' accessible names name the file.
 */
import { useState, type ReactNode } from 'react';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { FileName } from '../../components/UserText';
import { formatBytes } from '../../i18n/format';
import { hasBidiControls, revealBidiControls } from '../../../shared/format';
import type { MessageKey } from '../../i18n/messages';

export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly blob: Blob;
}

/** Kept as a key and values, so it reads in the current interface language after a switch. */
type Message = { readonly ok: boolean; readonly key: MessageKey; readonly values: Readonly<Record<string, string>> };

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/**
 * Open and Save of a stored file through the platform (by content), and the message of the last one: shared by the
 * file lists and by the Documents table's scan buttons.
 */
export function useStoredFileActions(file: StoredFile): { open: () => Promise<void>; save: () => Promise<void>; message: Message | undefined } {
  const { platform } = useApp();
  const [message, setMessage] = useState<Message>();
  const name = file.name;
  const failed = (text: string) => setMessage({ ok: false, key: 'files.failed', values: { name, message: text } });

  const open = async () => {
    setMessage(undefined);
    const result = await platform.openAttachment(name, await bytesOf(file.blob));
    if (!result.ok) return failed(result.message);
    const outcome = result.value;
    if (outcome.status === 'refused') setMessage({ ok: false, key: 'files.refused', values: { name } });
    else if (outcome.status === 'downloaded') setMessage({ ok: true, key: 'files.downloaded', values: { name, file: outcome.fileName } });
  };
  const save = async () => {
    setMessage(undefined);
    const result = await platform.saveAttachment(name, await bytesOf(file.blob));
    if (!result.ok) return failed(result.message);
    const outcome = result.value;
    if (outcome.status === 'saved') setMessage({ ok: true, key: 'files.saved', values: { path: outcome.path } });
    else if (outcome.status === 'downloaded') setMessage({ ok: true, key: 'files.downloaded', values: { name, file: outcome.fileName } });
  };
  return { open, save, message };
}

/** The outcome of the last Open or Save: a status region there before it speaks, an alert when it failed. */
export function StoredFileMessage({ message }: { message: Message | undefined }) {
  const { t } = useApp();
  return (
    <>
      <p role="status" className="stored-file__message">
        {message?.ok === true ? t(message.key, message.values) : ''}
      </p>
      {message?.ok === false && (
        <p role="alert" className="stored-file__message stored-file__message--bad">
          {t(message.key, message.values)}
        </p>
      )}
    </>
  );
}

export function StoredFileItem({ file, children }: { file: StoredFile; children?: ReactNode }) {
  const { t, settings } = useApp();
  const { open, save, message } = useStoredFileActions(file);
  const name = file.name;
  // A name holding bidi controls is spoken with each control named, as FileName shows it.
  const spoken = hasBidiControls(name) ? revealBidiControls(name) : name;

  return (
    <li className="stored-file" data-testid="stored-file">
      <div className="stored-file__line">
        {children}
        <span className="stored-file__name">
          <FileName name={name} />
        </span>{' '}
        <span className="muted">· {formatBytes(file.size, settings.locale)} · </span>
        <span className="muted mono" title={`SHA-256 ${file.sha256}`}>
          {file.sha256.slice(0, 12)}…
        </span>
        <span className="stored-file__buttons">
          <button type="button" className="btn btn--small" aria-label={t('files.open.named', { name: spoken })} onClick={() => runTask(open())}>
            {t('files.open')}
          </button>
          <button type="button" className="btn btn--small" aria-label={t('files.save.named', { name: spoken })} onClick={() => runTask(save())}>
            {t('files.save')}
          </button>
        </span>
      </div>
      <StoredFileMessage message={message} />
    </li>
  );
}
