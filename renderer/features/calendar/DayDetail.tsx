import { useState } from 'react';
import { daySourceText } from '../../../shared/calendar/source-texts';
import { messageWithTyped } from '../../i18n/too-long';
import type { CalendarId, DayInfo } from '../../../shared/calendar/types';
import { useApp } from '../../app/app-context';
import type { CalendarOverrideRow } from '../../db/calendar-override-repository';
import { correctCalendarDay, removeCalendarCorrection } from '../../db/deadline-steps';
import { formatDate } from '../../i18n/format';
import { kindKey, statusKey } from './CalendarSection';
import { runTask } from '../../app/run-task';
import { TEXT_LIMIT, textTooLong } from '../../../shared/text-limits';

/** What a day is and why, with the form to correct it. */
export function DayDetail({ calendarId, info, override }: { calendarId: CalendarId; info: DayInfo; override: CalendarOverrideRow | undefined }) {
  const { t, settings } = useApp();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();

  const change = async (working: boolean) => {
    const result = await correctCalendarDay({ calendar: calendarId, date: info.date, working, note }, settings);
    setProblem(
      result === 'note'
        ? t('calendar.override.noteRequired')
        : result === 'long'
          ? `${t('calendar.override.note')}: ${messageWithTyped(t, textTooLong(TEXT_LIMIT.note), note.length)}`
          : result === 'date'
            ? t('calendar.override.date')
            : undefined,
    );
    if (typeof result !== 'string') setNote('');
  };

  const undo = async (id: string) => {
    await removeCalendarCorrection(id, settings);
  };

  return (
    <div className="day-detail" data-testid="day-detail">
      <h3>
        {formatDate(info.date)} — {t(info.working ? 'calendar.day.working' : 'calendar.day.nonWorking')}
      </h3>
      <dl className="facts">
        <dt>{t('calendar.list.reason')}</dt>
        <dd data-testid="day-reason">
          {info.name ? info.name[settings.locale] : t(kindKey(info))}
          {!info.name && info.movedFrom ? ` (${t('calendar.movedFrom', { date: formatDate(info.movedFrom) })})` : ''}
          {!info.name && info.movedTo ? ` (${t('calendar.movedTo', { date: formatDate(info.movedTo) })})` : ''}
        </dd>
        <dt>{t('calendar.source')}</dt>
        <dd data-testid="day-source">{daySourceText(calendarId, info)[settings.locale]}</dd>
        <dt>{t('calendar.status')}</dt>
        <dd data-testid="day-status">{t(statusKey(info.status))}</dd>
        <dt>{t('calendar.yearStatus')}</dt>
        <dd>{t(statusKey(info.yearStatus))}</dd>
        {info.note && (
          <>
            <dt>{t('calendar.note')}</dt>
            <dd>{info.note}</dd>
          </>
        )}
      </dl>
      {override ? (
        <button type="button" className="btn" onClick={() => runTask(undo(override.id))}>
          {t('calendar.override.remove')}
        </button>
      ) : (
        <div className="override-form">
          <h4>{t('calendar.override.title')}</h4>
          <label className="field">
            <span>{t('calendar.override.note')}</span>
            <input name="overrideNote" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <button type="button" className="btn" onClick={() => runTask(change(!info.working))}>
            {t(info.working ? 'calendar.override.makeDayOff' : 'calendar.override.makeWorking')}
          </button>
        </div>
      )}
    </div>
  );
}
