import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../renderer/db/schema';
import { openCurrent, seedAtVersion } from './migration-harness';

describe('schema version 1', () => {
  it('history is ordered, gap-free and starts at 1', () => {
    expect(SCHEMA_HISTORY.map((v) => v.version)).toEqual(SCHEMA_HISTORY.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_HISTORY.length);
  });

  it('keeps every settings row when opened by the current release', async () => {
    const run = await seedAtVersion(1, async (db) => {
      await db.settings.bulkPut([
        { key: 'locale', value: 'ru', updatedAt: '2026-11-01T05:00:00.000Z' },
        { key: 'displayTimeZone', value: 'Asia/Almaty', updatedAt: '2026-11-01T05:00:00.000Z' },
      ]);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'ru', updatedAt: '2026-11-01T05:00:00.000Z' });
    expect(await db.settings.count()).toBe(2);
    db.close();
  });
});
