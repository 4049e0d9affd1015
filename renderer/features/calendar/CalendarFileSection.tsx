/**
 * Settings → load a calendar file (docs/calendar-file.md): the file is read in the renderer (Electron
 * and the browser alike), validated, shown with what it changes against the shipped data, and applied
 * only on confirmation — stored, audited with its SHA-256 and the changed days, and every open deadline
 * re-dated in one transaction. A loaded file can be removed the same way (back to the shipped data).
 */
import { useState, type ChangeEvent } from 'react';
import { sha256Hex } from '../../../shared/audit/chain';
import { fileYears, parseCalendarFile, type CalendarFile, type CalendarFileChange, type DayState } from '../../../shared/calendar/calendar-file';
import { CALENDAR_IDS, type CalendarId } from '../../../shared/calendar/types';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useCalendarFile } from '../../db/calendar-hooks';
import { applyCalendarFile, changesOfCalendarFile, removeCalendarFile } from '../../db/deadline-steps';
import { formatDate, formatDateTime } from '../../i18n/format';
import { kindKey } from './CalendarSection';
import { FileName, UserText } from '../../components/UserText';

interface Pending {
  readonly fileName: string;
  readonly sha256: string;
  readonly file: CalendarFile;
  readonly changes: readonly CalendarFileChange[];
}

export function CalendarFileSection() {
  const { t } = useApp();
  const [pending, setPending] = useState<Pending>();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    setPending(undefined);
    setProblems([]);
    setStatus('');
    if (!chosen) return;
    const text = await chosen.text();
    const parsed = parseCalendarFile(text);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setPending({ fileName: chosen.name, sha256: await sha256Hex(text), file: parsed.file, changes: changesOfCalendarFile(parsed.file) });
  };

  return (
    <section className="card card--wide" aria-labelledby="calendar-file-title" data-testid="calendar-file">
      <h2 id="calendar-file-title">{t('calendarFile.title')}</h2>
      <p className="card__hint">{t('calendarFile.hint')}</p>
      {CALENDAR_IDS.map((id) => (
        <LoadedFile key={id} calendar={id} onStatus={setStatus} />
      ))}
      <label className="inline-field">
        <span>{t('calendarFile.choose')}</span>
        <input type="file" accept=".json,application/json" name="calendarFile" onChange={(e) => runTask(pick(e))} />
      </label>
      {problems.length > 0 && (
        <div role="alert" data-testid="calendar-file-problems">
          {t('calendarFile.invalid')}
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && <Preview pending={pending} onDone={setStatus} onClose={() => setPending(undefined)} />}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}

function Preview({ pending, onDone, onClose }: { pending: Pending; onDone: (status: string) => void; onClose: () => void }) {
  const { t, settings } = useApp();
  const { file, changes } = pending;
  // Plain weekdays and weekends need no reason after "working day" / "day off".
  const day = (state: DayState) => {
    const plain = t(state.working ? 'calendarFile.working' : 'calendarFile.nonWorking');
    return state.kind === 'working-day' || state.kind === 'weekend' ? plain : `${plain} (${t(kindKey(state))})`;
  };
  const apply = async () => {
    const { moved } = await applyCalendarFile({ fileName: pending.fileName, sha256: pending.sha256, file }, settings);
    onClose();
    onDone(t('calendarFile.applied', { moved }));
  };
  return (
    <div data-testid="calendar-file-preview">
      <h3>{t('calendarFile.preview', { calendar: t(`calendar.${file.calendar}`), years: fileYears(file).join(', ') })}</h3>
      <p>
        <UserText>{file.title}</UserText> · <FileName name={pending.fileName} /> · SHA-256 <code>{pending.sha256.slice(0, 16)}…</code>
      </p>
      {changes.length === 0 ? (
        <p className="muted">{t('calendarFile.noChanges')}</p>
      ) : (
        <table className="table" data-testid="calendar-file-changes">
          <thead>
            <tr>
              <th>{t('calendarFile.change.date')}</th>
              <th>{t('calendarFile.change.before')}</th>
              <th>{t('calendarFile.change.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.date} data-date={c.date}>
                <td>{formatDate(c.date)}</td>
                <td>{day(c.before)}</td>
                <td>{day(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="toolbar">
        <button type="button" className="btn btn--primary" onClick={() => runTask(apply())}>
          {t('calendarFile.apply')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('calendarFile.cancel')}
        </button>
      </div>
    </div>
  );
}

function LoadedFile({ calendar, onStatus }: { calendar: CalendarId; onStatus: (status: string) => void }) {
  const { t, settings } = useApp();
  const stored = useCalendarFile(calendar);
  if (stored === undefined) return null;
  const remove = async () => {
    const { moved } = await removeCalendarFile(calendar, settings);
    onStatus(t('calendarFile.removed', { moved }));
  };
  return (
    <p data-testid={`calendar-file-loaded-${calendar}`}>
      <strong>{t(`calendar.${calendar}`)}:</strong>{' '}
      {stored === null ? (
        <span className="muted">{t('calendarFile.none')}</span>
      ) : (
        <>
          {t('calendarFile.loaded', {
            name: stored.fileName,
            years: fileYears(stored.file).join(', '),
            sha: `${stored.sha256.slice(0, 16)}…`,
            at: formatDateTime(new Date(stored.loadedAt), settings.displayTimeZone),
          })}{' '}
          <button type="button" className="btn btn--small" onClick={() => runTask(remove())}>
            {t('calendarFile.remove')}
          </button>
        </>
      )}
    </p>
  );
}
