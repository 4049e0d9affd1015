import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion } from './migration-harness';

describe('schema version 2: case tables', () => {
  it('keeps the settings of version 1 and starts the new tables empty', async () => {
    const run = await seedAtVersion(1, async (db) => {
      await db.settings.put({ key: 'locale', value: 'en', updatedAt: '2026-11-01T05:00:00.000Z' });
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.settings.get('locale')).toMatchObject({ value: 'en' });
    for (const table of ['cases', 'obligations', 'actions', 'attachments', 'documents', 'audit', 'counters', 'calendarOverrides'] as const) {
      expect(await db.table(table).count(), table).toBe(0);
    }
    db.close();
  });

  it('declares the indexes the screens need', async () => {
    const db = await openCurrent(await seedAtVersion(1, async () => undefined));
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name);
    expect(indexes('cases')).toEqual(
      expect.arrayContaining(['number', '[status+nextDueAt]', '[status+receivedAt]', 'receivedAt', 'subjectName', 'subjectIin', 'requestTypes']),
    );
    expect(db.table('cases').schema.indexes.find((i) => i.name === 'number')?.unique).toBe(true);
    expect(indexes('obligations')).toEqual(expect.arrayContaining(['caseId', '[status+dueAt]', 'dueAt']));
    expect(indexes('audit')).toEqual(expect.arrayContaining(['caseId', 'at']));
    db.close();
  });
});
