/** The desktop app's backup folder: choose another, or open it in the file manager. */
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';

export function FolderButtons({ onChanged }: { onChanged: () => void }) {
  const { t, platform } = useApp();
  const choose = async () => {
    if ((await platform.chooseBackupFolder()).ok) onChanged();
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => runTask(choose)}>
        {t('backup.folder.choose')}
      </button>
      <button type="button" className="btn" onClick={() => runTask(platform.openBackupFolder())}>
        {t('backup.folder.open')}
      </button>
    </>
  );
}
