// @vitest-environment node
/**
 * The act of a scheduled destruction against a real Dexie database (fake-indexeddb): issued with no case and
 * the relationships it records (numbered, hashed, audited), then "mark destroyed" in one audited transaction;
 * all-or-nothing; the stored record passes the strict backup schema and the cross-record check.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentRecordSchema } from '../../../shared/backup/schema';
import { crossRecordProblem } from '../../../shared/backup/integrity';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { verifyAuditTrail } from '../../../renderer/db/audit-log';
import { QorgauDatabase } from '../../../renderer/db/database';
import { DocumentWriteError, issueDocument, type IssueDraft } from '../../../renderer/db/document-repository';
import { markRelationshipsDestroyed, RetentionDestructionError } from '../../../renderer/db/retention-destruction';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`retention-act-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const rel = (id: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id,
  subjectIin: '850315300108',
  subjectName: id,
  rfSubject: false,
  contractNo: `C-${id}`,
  activityId: 'microloan-contract',
  system: 'core',
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2015-01-01',
  ended: '2020-01-01',
  destroyOn: '2025-01-01',
  status: 'kept',
  ...over,
});

const draft = (relationshipIds: readonly string[], seq = 1): IssueDraft => ({
  kind: 'destruction-act',
  year: 2026,
  seq,
  number: `ACT/2026/000${seq}`,
  date: '2026-11-20',
  language: 'ru',
  caseIds: [],
  caseNumbers: [],
  actionIds: [],
  relationshipIds,
  destroyedOn: '2026-11-20',
  bytes: new TextEncoder().encode('%PDF-fake retention act'),
});

const NOW = '2026-11-20T06:00:00.000Z';
const LATER = '2026-11-20T09:00:00.000Z';
const ZONE = 'Asia/Almaty';
const DESTRUCTION = { at: '2026-11-20T08:00:00.000Z', by: 'А. Оспанов, администратор' };

describe('act of a scheduled destruction', () => {
  it('is stored with no case and its relationships, audited; then marks them destroyed with its number in one audited step', async () => {
    await db.relationships.bulkAdd([rel('a'), rel('b'), rel('c')]);
    const doc = await issueDocument(db, draft(['a', 'b']), 'dpo', NOW);
    expect(doc.caseId).toBeUndefined();
    expect(doc.relationshipIds).toEqual(['a', 'b']);
    expect((await db.counters.get('doc-seq:act:2026'))?.value).toBe(1);
    const issued = (await db.audit.toArray()).filter((e) => e.type === 'document.issued');
    expect(issued).toHaveLength(1);
    expect(issued[0]?.caseId).toBeUndefined();

    expect((await db.relationships.orderBy('id').toArray()).map((r) => [r.id, r.status, r.actNumber])).toEqual([
      ['a', 'scheduled', 'ACT/2026/0001'],
      ['b', 'scheduled', 'ACT/2026/0001'],
      ['c', 'kept', undefined],
    ]);
    expect(
      await markRelationshipsDestroyed(
        db,
        doc.id,
        { at: '2026-11-20T07:00:00.000Z', by: 'А. Оспанов, администратор' },
        'dpo',
        '2026-11-20T07:05:00.000Z',
        ZONE,
      ),
    ).toBe(2);
    const rows = await db.relationships.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.status, r.actNumber, r.destroyedAt])).toEqual([
      ['a', 'destroyed', 'ACT/2026/0001', '2026-11-20T07:00:00.000Z'],
      ['b', 'destroyed', 'ACT/2026/0001', '2026-11-20T07:00:00.000Z'],
      ['c', 'kept', undefined, undefined],
    ]);
    const marked = (await db.audit.toArray()).filter((e) => e.type === 'relationships.destroyed');
    expect(marked.map((e) => e.data)).toEqual([
      { documentId: doc.id, actNumber: 'ACT/2026/0001', destroyedAt: '2026-11-20T07:00:00.000Z', destroyedBy: 'А. Оспанов, администратор', relationships: 2 },
    ]);
    expect((await verifyAuditTrail(db)).ok).toBe(true);

    // Twice is refused, and nothing changes.
    const before = await db.audit.count();
    await expect(markRelationshipsDestroyed(db, doc.id, DESTRUCTION, 'dpo', LATER, ZONE)).rejects.toMatchObject({ problem: 'already-destroyed' });
    expect(await db.audit.count()).toBe(before);

    // The stored record passes the strict backup schema; the cross-record check wants its relationships.
    const stored = await db.documents.get(doc.id);
    const { bytes: _bytes, ...row } = stored!;
    expect(documentRecordSchema.safeParse({ ...row, bytes: { type: 'application/pdf', base64: 'JVBERg==' } }).success).toBe(true);
    const tables = { documents: [row], relationships: rows, cases: [], counters: [{ key: 'doc-seq:act:2026', value: 1 }] };
    expect(crossRecordProblem(tables as never)).toBeUndefined();
    expect(crossRecordProblem({ ...tables, relationships: [] })).toMatchObject({ code: 'orphan-record' });
  });

  it('refuses an act of a relationship already destroyed or missing, writing nothing', async () => {
    await db.relationships.bulkAdd([rel('a'), rel('gone', { status: 'destroyed', actNumber: 'ACT/2025/0001' })]);
    await expect(issueDocument(db, draft(['a', 'gone']), 'dpo', NOW)).rejects.toBeInstanceOf(DocumentWriteError);
    await expect(issueDocument(db, draft(['a', 'missing']), 'dpo', NOW)).rejects.toBeInstanceOf(DocumentWriteError);
    await expect(issueDocument(db, draft([]), 'dpo', NOW)).rejects.toMatchObject({ problem: 'no-case' });
    expect(await db.documents.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('does not mark from a voided act or a case act', async () => {
    await db.relationships.bulkAdd([rel('a')]);
    const doc = await issueDocument(db, draft(['a']), 'dpo', NOW);
    await db.documents.update(doc.id, { voided: { reason: 'wrong rows', actor: 'dpo', at: NOW, date: '2026-11-20' } });
    await expect(markRelationshipsDestroyed(db, doc.id, DESTRUCTION, 'dpo', LATER, ZONE)).rejects.toBeInstanceOf(RetentionDestructionError);
    await expect(markRelationshipsDestroyed(db, 'nope', DESTRUCTION, 'dpo', LATER, ZONE)).rejects.toMatchObject({ problem: 'not-found' });
    expect((await db.relationships.get('a'))?.status).toBe('scheduled');
  });
});
