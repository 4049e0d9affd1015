/** "Restore from a file…": reads the chosen file into memory — unless it is larger than any backup can be. */
import type { ChangeEvent } from 'react';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/format';
import { problem } from '../../../shared/backup/problems';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import type { Notice } from './backup-notice';
import { useProblemText } from './problem-text';
import type { ChosenFile } from './restore-read';

export function RestoreFileInput({ onChosen, onNotice }: { onChosen: (file: ChosenFile) => void; onNotice: (notice: Notice) => void }) {
  const { t } = useApp();
  const problemText = useProblemText();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    onNotice(undefined);
    if (file.size > MAX_BACKUP_BYTES) {
      // Refused before a byte is read into memory.
      const tooLarge = problem('too-large', `${file.size} bytes`, { count: file.size, limit: MAX_BACKUP_BYTES });
      onNotice({ tone: 'bad', text: `${t('backup.problem.title')} ${problemText(tooLarge)}` });
      return;
    }
    onChosen({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  return (
    <label className="btn">
      {t('backup.restore.choose')}
      <input type="file" accept=".json,application/json" hidden name="restoreFile" onChange={(e) => runTask(pick(e))} />
    </label>
  );
}
