import { describe, expect, it } from 'vitest';
import { listCases } from '../../../renderer/db/case-queries';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import { openCurrent, seedAtVersion } from './migration-harness';

/** A case as schema version 4 stored it: no search words. */
const V4_CASE = {
  id: 'c1',
  number: 'DSR-2026-000005',
  year: 2026,
  seq: 5,
  status: 'open',
  receivedAt: '2026-03-02T05:00:00.000Z',
  enteredAt: '2026-03-02T05:10:00.000Z',
  channel: 'email',
  language: 'kk',
  jurisdiction: 'kz',
  rfSubject: false,
  requestTypes: ['access'],
  subject: { fullName: 'Қасымова Әлия Нұрланқызы', iin: '900315400123', email: 'aliya@mail.kz', phone: '+7 701 123 45 67' },
  description: 'Несиелік шарт № КД-4521 бойынша деректерімді беруді сұраймын',
  subjectName: 'қасымова әлия нұрланқызы',
  subjectIin: '900315400123',
  nextDueAt: '2026-03-05T13:00:00.000Z',
  updatedAt: '2026-03-02T05:10:00.000Z',
};
const V4_DOCUMENT = { id: 'd1', caseId: 'c1', caseIds: ['c1'], number: 'QK/DPO/2026/0042', kind: 'confirmation', createdAt: '2026-03-03T05:00:00.000Z' };

describe('schema version 7: every case indexed by its words', () => {
  it('computes the words of existing cases (with their documents’ numbers), and search finds them by any word', async () => {
    const run = await seedAtVersion(4, async (db) => {
      await db.cases.add(V4_CASE as never);
      await db.documents.add(V4_DOCUMENT as never);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(7);
    const stored = await db.cases.get('c1');
    expect(stored?.searchTokens.map((k) => k[0])).toEqual(
      expect.arrayContaining(['касымова', 'алия', 'нурланкызы', '000005', '5', 'aliya@mail.kz', '7011234567', 'кд', '4521', '0042']),
    );
    // the name's sort key is folded; nothing else of the case changed
    expect(stored?.subjectName).toBe('касымова алия нурланкызы');
    expect({ ...stored, searchTokens: undefined, subjectName: undefined }).toEqual({ ...V4_CASE, searchTokens: undefined, subjectName: undefined });
    for (const text of ['Әлия', 'Касымова', '000005', 'aliya@mail.kz', '8 701 123 45 67', 'КД-4521', 'QK/DPO/2026/0042']) {
      expect(
        (await listCases(db, { search: text, limit: 10 })).rows.map((r) => r.id),
        text,
      ).toEqual(['c1']);
    }
    db.close();
  });

  it('a backup of version 4 is carried forward the same way', () => {
    const tables = upgradeSnapshot({ cases: [V4_CASE], documents: [V4_DOCUMENT] }, 4, 7);
    expect((tables.cases?.[0]?.['searchTokens'] as [string, number][]).map((k) => k[0])).toEqual(expect.arrayContaining(['касымова', '0042', 'aliya@mail.kz']));
  });
});
