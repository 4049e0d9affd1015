/** Reads of the destruction queue: the due relationships up to the end of next month, and what holds subjects back. */
import Dexie from 'dexie';
import { destructionQueue, queueHorizon, type QueueGroup } from '../../shared/processing/destruction-queue';
import type { QorgauDatabase } from './database';

const MANY_SUBJECTS = 2_000;

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
      const wanted = new Set(iins);
      // Open cases are few: read them by status rather than looking up every due subject.
      const open = await db.cases.where('[status+receivedAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey], true, true).toArray();
      for (const c of open) if (wanted.has(c.subjectIin)) openCases.set(c.subjectIin, [...(openCases.get(c.subjectIin) ?? []), c.number]);
      // A few subjects: by their IINs; many (a first import with years overdue): one read of every kept row beats
      // a cursor jump per IIN.
      const theirs =
        iins.length <= MANY_SUBJECTS
          ? await db.relationships.where('subjectIin').anyOf(iins).toArray()
          : await db.relationships.where('[status+destroyOn]').between(['kept', Dexie.minKey], ['kept', Dexie.maxKey], true, true).toArray();
      for (const r of theirs) {
        if (r.status === 'kept' && r.ended === undefined && wanted.has(r.subjectIin)) {
          openContracts.set(r.subjectIin, [...(openContracts.get(r.subjectIin) ?? []), r.contractNo]);
        }
      }
    }
    return destructionQueue(due, today, { openCases, openContracts });
  });
}
