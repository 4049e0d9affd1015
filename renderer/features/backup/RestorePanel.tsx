/**
 * Restore from a file: the file is read and fully validated (and decrypted, asking for the
 * passphrase) before anything is shown; then a confirmation names what will be replaced (counts in
 * the file vs now); only "Replace with the file" writes (RestoreConfirm). Any problem is named in the
 * interface language and nothing changes.
 */
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { errorMessage } from '../../app/failure';
import { useAsyncData } from '../../app/use-async-data';
import { useProblemText } from './problem-text';
import { RestoreConfirm } from './RestoreConfirm';
import { RestorePassphraseForm } from './RestorePassphraseForm';
import { RestoreProblem } from './RestoreProblem';
import { readRestoreFile, type ChosenFile } from './restore-read';
import { FileName } from '../../components/UserText';

export type { ChosenFile } from './restore-read';

/** The passphrase tried (none at first); a new object for each try, so the same one can be tried twice. */
interface Attempt {
  readonly passphrase: string | undefined;
  readonly count: number;
}

export function RestorePanel({ file, onClose }: { file: ChosenFile; onClose: () => void }) {
  const { t } = useApp();
  const problemText = useProblemText();
  const [attempt, setAttempt] = useState<Attempt>({ passphrase: undefined, count: 0 });
  const read = useAsyncData(() => readRestoreFile(file.bytes, attempt.passphrase), [file, attempt]);

  const step = () => {
    if (read.status === 'loading') return <p>{t('backup.restore.reading')}</p>;
    if (read.status === 'error') return <RestoreProblem onClose={onClose}>{t('backup.restore.failed', { detail: errorMessage(read.error) })}</RestoreProblem>;
    const next = read.value;
    switch (next.step) {
      case 'passphrase':
        return (
          <RestorePassphraseForm
            key={attempt.count}
            wrong={next.wrong}
            onSubmit={(passphrase) => setAttempt((a) => ({ passphrase, count: a.count + 1 }))}
            onCancel={onClose}
          />
        );
      case 'confirm':
        return <RestoreConfirm file={file} backup={next.backup} current={next.current} onClose={onClose} />;
      case 'problem':
        return (
          <RestoreProblem onClose={onClose}>
            <strong>{t('backup.problem.title')}</strong> {problemText(next.problem)}
          </RestoreProblem>
        );
    }
  };

  return (
    <div className="backup-panel" data-testid="restore-panel" aria-live="polite">
      <h3>
        {t('backup.restore.title')}:{' '}
        <span className="backup-path">
          <FileName name={file.fileName} />
        </span>
      </h3>
      {step()}
    </div>
  );
}
