/**
 * The one script index.html loads, kept tiny: it starts opening the app's database at once (see
 * db/warm-open.ts), then loads the app (main.tsx, most of the code) — so the slow first open of a
 * large database in a just-started browser overlaps the fetching and compiling of the app's script
 * instead of following it.
 */
import { DATABASE_NAME } from './db/database-name';
import { warmDatabase } from './db/warm-open';
import './styles.css';

warmDatabase(DATABASE_NAME);
void import('./main');
