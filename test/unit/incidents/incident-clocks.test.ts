/**
 * The clocks of an incident on real dates (Asia/Almaty, UTC+5): K8 — one working day from the moment of
 * detection (legal-reference §11.1: the same wall-clock time on the next working day; detected on a day off,
 * close of business of the first working day; the Art. 173 reading as the alternative setting); R10 — 24 and
 * 72 exact clock hours, whatever the calendar says.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import type { DeadlineContext } from '../../../shared/cases/deadlines';
import { incidentDeadline, incidentObligations, incidentRuleIds, nextIncidentDue } from '../../../shared/incidents/clocks';

const context = (extra: Partial<DeadlineContext> = {}): DeadlineContext => ({
  settings: {},
  zone: 'Asia/Almaty',
  closeOfBusiness: '18:00',
  calendars: { kz: buildCalendar('kz'), ru: buildCalendar('ru') },
  ...extra,
});

const due = (detectedAt: string, extra: Partial<DeadlineContext> = {}) =>
  Object.fromEntries(incidentObligations({ detectedAt, rfConcerned: true }, context(extra)).map((o) => [o.ruleId, o.dueAt]));

describe('incident clocks', () => {
  it('a Kazakh-only incident runs the K8 clock alone; RF citizens add the two Roskomnadzor clocks', () => {
    expect(incidentRuleIds(false)).toEqual(['kz.breach.notify-authority']);
    expect(incidentRuleIds(true)).toEqual(['kz.breach.notify-authority', 'ru.breach.notify-24h', 'ru.breach.notify-72h']);
    const planned = incidentObligations({ detectedAt: '2026-05-12T05:30:00.000Z', rfConcerned: false }, context());
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ ruleId: 'kz.breach.notify-authority', triggerAt: '2026-05-12T05:30:00.000Z', urgentFromStart: true });
  });

  it('detected on a working day (Tue 12 May 2026, 10:30 Almaty): K8 ends at 10:30 on Wed 13 May; RF 24 h and 72 h exact', () => {
    expect(due('2026-05-12T05:30:00.000Z')).toEqual({
      'kz.breach.notify-authority': '2026-05-13T05:30:00.000Z',
      'ru.breach.notify-24h': '2026-05-13T05:30:00.000Z',
      'ru.breach.notify-72h': '2026-05-15T05:30:00.000Z',
    });
  });

  it('the Art. 173 reading (setting): the close of business of the next working day', () => {
    expect(due('2026-05-12T05:30:00.000Z', { momentReading: 'next-day' })['kz.breach.notify-authority']).toBe('2026-05-13T13:00:00.000Z');
  });

  it('detected at night before a weekend (Fri 15 May 2026, 23:40 Almaty): K8 ends at 23:40 on Monday; RF hours run through the weekend', () => {
    expect(due('2026-05-15T18:40:00.000Z')).toEqual({
      'kz.breach.notify-authority': '2026-05-18T18:40:00.000Z',
      'ru.breach.notify-24h': '2026-05-16T18:40:00.000Z',
      'ru.breach.notify-72h': '2026-05-18T18:40:00.000Z',
    });
  });

  it('detected on a holiday (Independence Day, Wed 16 Dec 2026, 14:00 Almaty): K8 ends at the close of business of Thu 17 Dec', () => {
    const result = incidentDeadline('kz.breach.notify-authority', '2026-12-16T09:00:00.000Z', context());
    expect(result.due).toBe('2026-12-17T13:00:00.000Z');
    expect(result.trace.some((step) => step.kind === 'moment-off-day')).toBe(true);
    expect(due('2026-12-16T09:00:00.000Z')).toMatchObject({
      'ru.breach.notify-24h': '2026-12-17T09:00:00.000Z',
      'ru.breach.notify-72h': '2026-12-19T09:00:00.000Z',
    });
  });

  it('RF hours are exact to the minute and follow the DPO’s setting of the term (R10 is an [S] rule)', () => {
    const exact = incidentDeadline('ru.breach.notify-24h', '2026-01-01T00:07:00.000Z', context());
    expect(exact.due).toBe('2026-01-02T00:07:00.000Z');
    const shorter = incidentDeadline('ru.breach.notify-24h', '2026-01-01T00:07:00.000Z', context({ settings: { 'ru.breach.notify-24h.term': 12 } }));
    expect(shorter.due).toBe('2026-01-01T12:07:00.000Z');
  });

  it('the next due instant is the earliest open one', () => {
    expect(
      nextIncidentDue([
        { status: 'done', dueAt: '2026-01-01T00:00:00.000Z' },
        { status: 'open', dueAt: '2026-01-03T00:00:00.000Z' },
        { status: 'open', dueAt: '2026-01-02T00:00:00.000Z' },
      ]),
    ).toBe('2026-01-02T00:00:00.000Z');
    expect(nextIncidentDue([])).toBe('');
  });
});
