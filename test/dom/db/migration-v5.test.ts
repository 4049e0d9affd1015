import { describe, expect, it } from 'vitest';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import { openCurrent, seedAtVersion } from './migration-harness';

const CASE_OBLIGATION = {
  id: 'o1',
  caseId: 'c1',
  ruleId: 'kz.block',
  triggerAt: '2026-03-02T05:00:00.000Z',
  dueAt: '2026-03-03T13:00:00.000Z',
  status: 'open',
  urgentFromStart: false,
  extended: false,
  notified: [],
};

describe('schema version 5: the breach register', () => {
  it('adds the incident tables, empty, and leaves every existing record as it was', async () => {
    const run = await seedAtVersion(4, async (db) => {
      await db.obligations.add(CASE_OBLIGATION as never);
      await db.counters.add({ key: 'doc-seq:letter:2026', value: 7 });
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.obligations.get('o1')).toEqual(CASE_OBLIGATION);
    expect(await db.counters.get('doc-seq:letter:2026')).toEqual({ key: 'doc-seq:letter:2026', value: 7 });
    for (const table of [db.incidents, db.incidentObligations, db.incidentDocuments, db.incidentAttachments]) expect(await table.count()).toBe(0);
    // The new indexes answer: the register by status and detection, the dashboard by [status+dueAt].
    expect(await db.incidents.where('[status+detectedAt]').between(['open', ''], ['open', '\uffff']).count()).toBe(0);
    expect(await db.incidentObligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff']).count()).toBe(0);
    db.close();
  });

  it('a backup of version 4 is carried forward with the incident tables empty', () => {
    const tables = upgradeSnapshot({ obligations: [CASE_OBLIGATION] }, 4, 5);
    expect(tables.obligations).toEqual([CASE_OBLIGATION]);
    expect(tables.incidents).toEqual([]);
    expect(tables.incidentObligations).toEqual([]);
    expect(tables.incidentDocuments).toEqual([]);
    expect(tables.incidentAttachments).toEqual([]);
  });
});
