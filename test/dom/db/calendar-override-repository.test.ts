import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../renderer/db/audit-log';
import { listOverrides, removeOverride, setOverride } from '../../../renderer/db/calendar-override-repository';
import { QorgauDatabase } from '../../../renderer/db/database';

describe('calendar overrides', () => {
  it('adds, replaces and removes a day, auditing each change; bad input changes nothing', async () => {
    const db = new QorgauDatabase(`cal-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const now = '2026-11-21T10:00:00.000Z';
    expect(await setOverride(db, { calendar: 'kz', date: '2027-13-01', working: false, note: 'x order' }, 'dpo', now)).toBe('date');
    expect(await setOverride(db, { calendar: 'kz', date: '2027-03-08', working: false, note: ' ' }, 'dpo', now)).toBe('note');
    expect(await db.calendarOverrides.count()).toBe(0);
    expect(await setOverride(db, { calendar: 'kz', date: '2027-05-08', working: false, note: 'MLSP order (announced)' }, 'dpo', now)).toBeUndefined();
    expect(await setOverride(db, { calendar: 'kz', date: '2027-05-08', working: true, note: 'order withdrawn' }, 'dpo', now)).toBeUndefined();
    await setOverride(db, { calendar: 'ru', date: '2027-05-08', working: false, note: 'decree' }, 'dpo', now);
    const kz = await listOverrides(db, 'kz');
    expect(kz.map((o) => [o.date, o.working, o.note])).toEqual([['2027-05-08', true, 'order withdrawn']]);
    await removeOverride(db, kz[0]!.id, 'dpo', now);
    expect(await listOverrides(db, 'kz')).toEqual([]);
    expect(await listOverrides(db, 'ru')).toHaveLength(1);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, count: 4 });
  });
});
