/** Reads of the destruction queue: the due relationships up to the end of next month, and what holds subjects back. */
import { destructionQueue, queueHorizon, type QueueGroup } from '../../shared/processing/destruction-queue';
import type { QorgauDatabase } from './database';

export async function readDestructionQueue(db: QorgauDatabase, today: string): Promise<QueueGroup[]> {
  return db.transaction('r', [db.relationships, db.cases], async () => {
    const due = await db.relationships
      .where('[status+destroyOn]')
      .between(['kept', '0000-00-00'], ['kept', queueHorizon(today)], true, true)
      .toArray();
    const iins = [...new Set(due.map((r) => r.subjectIin))];
    const openCases = new Map<string, string[]>();
    const openContracts = new Map<string, string[]>();
    if (iins.length > 0) {
      const cases = await db.cases.where('subjectIin').anyOf(iins).toArray();
      for (const c of cases) if (c.status === 'open') openCases.set(c.subjectIin, [...(openCases.get(c.subjectIin) ?? []), c.number]);
      const theirs = await db.relationships.where('subjectIin').anyOf(iins).toArray();
      for (const r of theirs) {
        if (r.status === 'kept' && r.ended === undefined) openContracts.set(r.subjectIin, [...(openContracts.get(r.subjectIin) ?? []), r.contractNo]);
      }
    }
    return destructionQueue(due, today, { openCases, openContracts });
  });
}
