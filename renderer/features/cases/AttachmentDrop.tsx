import { useState, type DragEvent } from 'react';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '../../../shared/cases/intake-schema';
import { useApp } from '../../app/app-context';
import { formatBytes } from '../../i18n/format';
import { FileName } from '../../components/UserText';

/** Drag-and-drop (or pick) files; each is checked for type and size before it is accepted. */
export function AttachmentDrop({ files, onChange }: { files: readonly File[]; onChange: (files: File[]) => void }) {
  const { t, settings } = useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const [over, setOver] = useState(false);

  const add = (incoming: readonly File[]) => {
    const accepted = [...files];
    const refused: string[] = [];
    for (const file of incoming) {
      const problem = checkAttachment(file, accepted.length);
      if (problem) refused.push(t(`attach.${problem}`, { name: file.name, max: formatBytes(MAX_ATTACHMENT_BYTES, settings.locale) }));
      else accepted.push(file);
    }
    setProblems(refused);
    onChange(accepted);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    add([...event.dataTransfer.files]);
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
        <input type="file" multiple aria-label={t('intake.attachments')} onChange={(e) => add([...(e.target.files ?? [])])} />
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
