/**
 * The one script index.html loads, kept tiny: it starts opening the app's database at once (see
 * db/warm-open.ts), then loads the app (main.tsx, most of the code) — so the slow first open of a
 * large database in a just-started browser overlaps the fetching and compiling of the app's script
 * instead of following it. If the app's script cannot be loaded, the window says so instead of
 * staying blank (React and the translations are in that script, so the message is plain and trilingual).
 */
import { DATABASE_NAME } from './db/database-name';
import { warmDatabase } from './db/warm-open';
import './styles.css';

const BOOT_FAILED = [
  ['kk', 'Qorgau іске қосылмады: қолданба файлы жүктелмеді. Қолданбаны қайта іске қосыңыз; қате қайталанса, оны қайта орнатыңыз. Деректеріңіз өзгертілмеді.'],
  ['ru', 'Qorgau не запустился: не загрузился файл приложения. Перезапустите приложение; если ошибка повторится, переустановите его. Ваши данные не изменены.'],
  ['en', 'Qorgau could not start: the application file did not load. Restart the app; if this happens again, reinstall it. Your data was not changed.'],
] as const;

function showBootFailure(error: unknown): void {
  const root = document.getElementById('root');
  if (!root) return;
  const box = document.createElement('div');
  box.className = 'boot-failed';
  box.setAttribute('role', 'alert');
  for (const [lang, text] of BOOT_FAILED) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  }
  const detail = document.createElement('pre');
  detail.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  box.append(detail);
  root.replaceChildren(box);
}

warmDatabase(DATABASE_NAME);
import('./main').catch(showBootFailure);
