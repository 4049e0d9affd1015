import { useState, type DragEvent } from 'react';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '../../../shared/cases/intake-schema';
import { sha256Hex } from '../../../shared/audit/chain';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { formatBytes } from '../../i18n/format';
import { FileName } from '../../components/UserText';

/** Each file's SHA-256, computed once. */
const digests = new WeakMap<File, Promise<string>>();
const digestOf = (file: File): Promise<string> => {
  let digest = digests.get(file);
  if (!digest) {
    digest = file.arrayBuffer().then((buffer) => sha256Hex(new Uint8Array(buffer)));
    digests.set(file, digest);
  }
  return digest;
};

/** Drag-and-drop (or pick) files; each is checked for type and size, and refused when the same content is already attached. */
export function AttachmentDrop({ files, onChange }: { files: readonly File[]; onChange: (files: File[]) => void }) {
  const { t, settings } = useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const [over, setOver] = useState(false);

  const add = async (incoming: readonly File[]) => {
    const accepted = [...files];
    const refused: string[] = [];
    const seen = new Map<string, string>();
    for (const file of accepted) seen.set(await digestOf(file), file.name);
    for (const file of incoming) {
      const problem = checkAttachment(file, accepted.length);
      if (problem) {
        refused.push(
          t(`attach.${problem}`, { name: file.name, size: formatBytes(file.size, settings.locale), max: formatBytes(MAX_ATTACHMENT_BYTES, settings.locale) }),
        );
        continue;
      }
      const digest = await digestOf(file);
      const same = seen.get(digest);
      if (same !== undefined) {
        refused.push(t('attach.duplicate', { name: file.name, same }));
        continue;
      }
      seen.set(digest, file.name);
      accepted.push(file);
    }
    setProblems(refused);
    onChange(accepted);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    runTask(add([...event.dataTransfer.files]));
  };

  return (
    <div className="field">
      <span>{t('intake.attachments')}</span>
      <div
        className={over ? 'dropzone dropzone--over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>{t('intake.attachments.hint', { max: formatBytes(MAX_ATTACHMENT_BYTES, settings.locale) })}</p>
        <input type="file" multiple aria-label={t('intake.attachments')} onChange={(e) => runTask(add([...(e.target.files ?? [])]))} />
      </div>
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              <FileName name={file.name} /> · {formatBytes(file.size, settings.locale)}{' '}
              <button type="button" className="link-button" onClick={() => onChange(files.filter((_, i) => i !== index))}>
                {t('intake.attachments.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.map((p) => (
        <p key={p} className="field-error" role="alert">
          {p}
        </p>
      ))}
    </div>
  );
}
