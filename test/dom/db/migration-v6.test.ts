import { describe, expect, it } from 'vitest';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import { STARTERS } from '../../../shared/processing/starters';
import { saveRegisterVersion } from '../../../renderer/db/processing-register-repository';
import { openCurrent, seedAtVersion } from './migration-harness';

describe('schema version 6: the register of processing activities and the relationships', () => {
  it('keeps every record of version 5 and opens with the two new tables, empty and writable', async () => {
    const run = await seedAtVersion(5, async (db) => {
      await db.settings.put({ key: 'locale', value: 'ru', updatedAt: '2026-05-01T00:00:00.000Z' });
      await db.counters.put({ key: 'case-seq:2026', value: 3 });
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.settings.get('locale')).toMatchObject({ value: 'ru' });
    expect(await db.counters.get('case-seq:2026')).toMatchObject({ value: 3 });
    expect(await db.processingRegister.count()).toBe(0);
    expect(await db.relationships.count()).toBe(0);
    const saved = await saveRegisterVersion(
      db,
      { activities: STARTERS['payment-organisation'], effectiveFrom: '2026-06-01', source: 'starter', note: 'payment-organisation' },
      'dpo',
      '2026-06-01T05:00:00.000Z',
    );
    expect(saved.version).toBe(1);
    expect(await db.relationships.where('[status+destroyOn]').between(['kept', ''], ['kept', '\uffff']).count()).toBe(0);
    db.close();
  });

  it('a backup of version 5 is carried forward with both tables empty', () => {
    const tables = upgradeSnapshot({ settings: [] }, 5, 6);
    expect(tables.processingRegister).toEqual([]);
    expect(tables.relationships).toEqual([]);
  });
});
