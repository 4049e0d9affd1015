import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../renderer/db/case-repository';
import { QorgauDatabase } from '../../../renderer/db/database';
import { markNotified, pendingNotifications } from '../../../renderer/db/notification-repository';

describe('deadline notifications', () => {
  it('fire when an obligation enters its last 4 hours and when it becomes overdue — once each, across restarts', async () => {
    const factory = new IDBFactory();
    const name = `notify-${Math.random()}`;
    let db = new QorgauDatabase(name, { indexedDB: factory, IDBKeyRange });
    await createCase(
      db,
      {
        receivedAt: '2025-03-07T11:40:00.000Z',
        enteredAt: '2025-03-07T12:00:00.000Z',
        registrationYear: 2025,
        channel: 'email',
        language: 'ru',
        rfSubject: false,
        requestTypes: ['blocking'],
        subject: { fullName: 'Ерлан Сапаров', email: 'e@example.kz' },
        description: '',
      },
      [{ ruleId: 'kz.block', triggerAt: '2025-03-07T11:40:00.000Z', dueAt: '2025-03-11T13:00:00.000Z', urgentFromStart: false }],
      [],
      'dpo',
    );
    // 13:00 local on the due day: five hours left — nothing yet.
    expect(await pendingNotifications(db, new Date('2025-03-11T08:00:00Z'))).toEqual([]);
    // 14:30 local: inside the last four working hours.
    const lastHours = await pendingNotifications(db, new Date('2025-03-11T09:30:00Z'));
    expect(lastHours.map((d) => d.kind)).toEqual(['last-hours']);
    await markNotified(db, lastHours);
    expect(await pendingNotifications(db, new Date('2025-03-11T10:00:00Z'))).toEqual([]);
    // Restart: a new connection to the same database does not repeat it.
    db.close();
    db = new QorgauDatabase(name, { indexedDB: factory, IDBKeyRange });
    expect(await pendingNotifications(db, new Date('2025-03-11T11:00:00Z'))).toEqual([]);
    // 18:01 local: overdue, once.
    const overdue = await pendingNotifications(db, new Date('2025-03-11T13:01:00Z'));
    expect(overdue.map((d) => d.kind)).toEqual(['overdue']);
    await markNotified(db, overdue);
    expect(await pendingNotifications(db, new Date('2025-03-12T13:01:00Z'))).toEqual([]);
  });
});
