// @vitest-environment node
// (Node's Blob survives fake-indexeddb's structured clone; jsdom's does not.)
/**
 * After an act of scheduled destruction is issued: its relationships leave the queue (scheduled); it is carried
 * out with the time (not before its issue, not in the future) and who destroyed, in one audited step, or voided
 * (its relationships go back to the queue); its signed scan is kept apart from case attachments (SHA-256, the
 * same file refused twice) and survives a backup and a restore.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/codec';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { checkRetentionDestruction } from '../../../shared/processing/retention-bounds';
import { verifyAuditTrail } from '../../../renderer/db/audit-log';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { QorgauDatabase } from '../../../renderer/db/database';
import { readQueueGroups, readQueuePage } from '../../../renderer/db/destruction-queue-queries';
import type { QueueCursor } from '../../../shared/processing/destruction-queue';
import { issueDocument, markActSigned, voidIssuedDocument, type IssueDraft } from '../../../renderer/db/document-repository';
import { readRetentionActs } from '../../../renderer/db/retention-act-queries';
import { markRelationshipsDestroyed } from '../../../renderer/db/retention-destruction';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`retention-life-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await db.relationships.bulkAdd([rel('a'), rel('b'), rel('c')]);
});
afterEach(() => db.close());

function rel(id: string): RelationshipRecord {
  return {
    id,
    subjectIin: '850315300108',
    subjectName: `Subject ${id}`,
    rfSubject: false,
    contractNo: `C-${id}`,
    activityId: 'microloan-contract',
    system: 'core',
    createdAt: '2026-01-01T00:00:00.000Z',
    opened: '2015-01-01',
    ended: '2020-01-01',
    destroyOn: '2025-01-01',
    status: 'kept',
  };
}

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
  bytes: new TextEncoder().encode(`%PDF-fake act ${seq}`),
});

const ISSUED = '2026-11-20T06:00:30.000Z';
const NOW = '2026-11-22T06:00:00.000Z';
const ZONE = 'Asia/Almaty';
const BY = 'А. Оспанов, администратор БД';
/** Every relationship the queue offers on 22.11.2026 (every group, page after page). */
const queueIds = async (): Promise<string[]> => {
  const ids: string[] = [];
  for (const group of await readQueueGroups(db, '2026-11-22')) {
    let cursor: QueueCursor | undefined;
    do {
      const page = await readQueuePage(db, group, '2026-11-22', cursor);
      ids.push(...page.entries.map((e) => e.relationship.id));
      cursor = page.next;
    } while (cursor !== undefined);
  }
  return ids.sort();
};
const pdf = (text: string) => new Blob([new TextEncoder().encode(`%PDF-1.4 ${text}`)], { type: 'application/pdf' });

describe('the bounds of a recorded destruction', () => {
  it('is not before the act’s issue (to the minute), not in the future, and names who destroyed', () => {
    const now = new Date(NOW);
    expect(checkRetentionDestruction({ at: new Date('2026-11-20T06:00:00.000Z'), by: BY }, ISSUED, now)).toBeUndefined();
    expect(checkRetentionDestruction({ at: new Date('2026-11-20T05:59:00.000Z'), by: BY }, ISSUED, now)).toBe('before-issue');
    expect(checkRetentionDestruction({ at: new Date('2026-11-22T06:02:00.000Z'), by: BY }, ISSUED, now)).toBe('future');
    expect(checkRetentionDestruction({ at: new Date('x'), by: BY }, ISSUED, now)).toBe('format');
    expect(checkRetentionDestruction({ at: undefined, by: BY }, ISSUED, now)).toBe('format');
    expect(checkRetentionDestruction({ at: new Date(NOW), by: '  ' }, ISSUED, now)).toBe('by');
  });
});

describe('an issued act of scheduled destruction', () => {
  it('takes its relationships out of the queue; no second act takes them', async () => {
    expect(await queueIds()).toEqual(['a', 'b', 'c']);
    await issueDocument(db, draft(['a', 'b']), 'dpo', ISSUED);
    expect(await queueIds()).toEqual(['c']);
    await expect(issueDocument(db, draft(['b', 'c'], 2), 'dpo', ISSUED)).rejects.toMatchObject({ problem: 'queue-changed', count: 1 });
    expect((await db.relationships.get('c'))?.status).toBe('kept');
  });

  it('is carried out with the time and who destroyed, audited; bad input writes nothing', async () => {
    const doc = await issueDocument(db, draft(['a', 'b']), 'dpo', ISSUED);
    const before = await db.audit.count();
    for (const [at, problem] of [
      ['2026-11-20T05:00:00.000Z', 'before-issue'],
      ['2026-11-23T06:00:00.000Z', 'future'],
    ] as const) {
      await expect(markRelationshipsDestroyed(db, doc.id, { at, by: BY }, 'dpo', NOW, ZONE)).rejects.toMatchObject({ problem });
    }
    await expect(markRelationshipsDestroyed(db, doc.id, { at: NOW, by: '' }, 'dpo', NOW, ZONE)).rejects.toMatchObject({ problem: 'by' });
    expect(await db.audit.count()).toBe(before);
    expect((await db.relationships.get('a'))?.status).toBe('scheduled');
    expect((await readRetentionActs(db)).map((r) => [r.doc.number, r.relationships, r.states, r.pending])).toEqual([['ACT/2026/0001', 2, ['issued'], true]]);

    // Carried out two days later in the evening (Almaty): the act's retention runs from that day.
    const at = '2026-11-21T15:30:00.000Z';
    expect(await markRelationshipsDestroyed(db, doc.id, { at, by: BY }, 'dpo', NOW, ZONE)).toBe(2);
    const stored = await db.documents.get(doc.id);
    expect(stored?.destruction).toEqual({ at, by: BY, actor: 'dpo', recordedAt: NOW });
    expect(stored?.destroyedOn).toBe('2026-11-21');
    expect((await db.relationships.bulkGet(['a', 'b'])).map((r) => [r?.status, r?.destroyedAt, r?.actNumber])).toEqual([
      ['destroyed', at, 'ACT/2026/0001'],
      ['destroyed', at, 'ACT/2026/0001'],
    ]);
    const events = (await db.audit.toArray()).filter((e) => e.type === 'relationships.destroyed');
    expect(events.map((e) => e.data)).toEqual([{ documentId: doc.id, actNumber: 'ACT/2026/0001', destroyedAt: at, destroyedBy: BY, relationships: 2 }]);
    expect((await readRetentionActs(db))[0]).toMatchObject({ states: ['destroyed'], pending: false });
    expect((await verifyAuditTrail(db)).ok).toBe(true);
  });

  it('voided, gives its relationships back to the queue (audited) and can no longer be carried out', async () => {
    const doc = await issueDocument(db, draft(['a', 'b']), 'dpo', ISSUED);
    await voidIssuedDocument(db, doc.id, 'wrong relationships chosen', 'dpo', NOW, '2026-11-22');
    expect(await queueIds()).toEqual(['a', 'b', 'c']);
    expect((await db.relationships.get('a'))?.actNumber).toBeUndefined();
    const voided = (await db.audit.toArray()).find((e) => e.type === 'document.voided');
    expect(voided?.data).toMatchObject({ number: 'ACT/2026/0001', relationshipsReoffered: 2 });
    await expect(markRelationshipsDestroyed(db, doc.id, { at: NOW, by: BY }, 'dpo', NOW, ZONE)).rejects.toMatchObject({ problem: 'voided' });
    expect((await readRetentionActs(db))[0]).toMatchObject({ states: ['voided'], pending: false });
    // A new act takes them.
    await issueDocument(db, draft(['a', 'b'], 2), 'dpo', NOW);
    expect(await queueIds()).toEqual(['c']);
  });

  it('keeps the scan of its signed paper apart from case attachments; the same file is refused, writing nothing', async () => {
    const one = await issueDocument(db, draft(['a']), 'dpo', ISSUED);
    const two = await issueDocument(db, draft(['b'], 2), 'dpo', ISSUED);
    const signed = await markActSigned(db, one.id, { name: 'act-1-signed.pdf', type: 'application/pdf', blob: pdf('signed one') }, 'dpo', NOW);
    expect(signed.signedAt).toBe(NOW);
    expect(signed.signedScanId).toBeUndefined();
    const scan = await db.actScans.get(signed.actScanId!);
    expect(scan).toMatchObject({ documentId: one.id, name: 'act-1-signed.pdf', size: pdf('signed one').size });
    expect(scan?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.attachments.count()).toBe(0);
    const event = (await db.audit.toArray()).find((e) => e.type === 'document.signed');
    expect(event).toMatchObject({ caseId: undefined, data: { number: 'ACT/2026/0001', scan: { name: 'act-1-signed.pdf', sha256: scan?.sha256 } } });

    const before = await db.audit.count();
    await expect(markActSigned(db, two.id, { name: 'copy.pdf', type: 'application/pdf', blob: pdf('signed one') }, 'dpo', NOW)).rejects.toMatchObject({
      problem: 'duplicate-scan',
    });
    await expect(markActSigned(db, two.id, { name: 'act.docx', type: 'application/msword', blob: pdf('x') }, 'dpo', NOW)).rejects.toMatchObject({
      problem: 'scan-type',
    });
    await expect(markActSigned(db, one.id, { name: 'again.pdf', type: 'application/pdf', blob: pdf('other') }, 'dpo', NOW)).rejects.toMatchObject({
      problem: 'already-signed',
    });
    expect(await db.actScans.count()).toBe(1);
    expect((await db.documents.get(two.id))?.signedAt).toBeUndefined();
    expect(await db.audit.count()).toBe(before);
    expect((await readRetentionActs(db)).find((r) => r.doc.id === one.id)?.states).toEqual(['signed']);
  });

  it('with its signed scan and its destruction, survives a backup and a restore', async () => {
    const doc = await issueDocument(db, draft(['a', 'b']), 'dpo', ISSUED);
    await markActSigned(db, doc.id, { name: 'signed.pdf', type: 'application/pdf', blob: pdf('signed') }, 'dpo', NOW);
    await markRelationshipsDestroyed(db, doc.id, { at: '2026-11-21T10:00:00.000Z', by: BY }, 'dpo', NOW, ZONE);
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'export' });
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    const target = new QorgauDatabase(`retention-restored-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await target.open();
    await restoreBackup(target, decoded.value, { actor: 'dpo', at: '2026-11-23T08:00:00.000Z', fileName: 'x.json' });
    const restored = await target.documents.get(doc.id);
    expect(restored?.destruction?.by).toBe(BY);
    const [scan] = await target.actScans.toArray();
    expect(scan?.id).toBe(restored?.actScanId);
    expect(new TextDecoder().decode(new Uint8Array(await scan!.blob.arrayBuffer()))).toBe('%PDF-1.4 signed');
    expect((await target.relationships.get('c'))?.status).toBe('kept');
    expect((await target.relationships.get('a'))?.status).toBe('destroyed');
    expect(await verifyAuditTrail(target)).toMatchObject({ ok: true });
    target.close();

    // A scan naming no act is refused by the reader.
    await db.actScans.toCollection().modify({ documentId: 'gone' });
    const orphan = await decodeBackup((await takeSnapshot(db, { appVersion: '0.1.0', kind: 'export' })).bytes, {
      currentSchemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(orphan.ok ? undefined : orphan.problem.code).toBe('orphan-record');
  });

  it('gets one annex 1 in force, numbered in the acts’ series and naming it; a voided act gets none', async () => {
    const act = await issueDocument(db, draft(['a']), 'dpo', ISSUED);
    const annexDraft = (seq: number, annexOf: string | undefined): IssueDraft => ({
      ...draft([], seq),
      kind: 'retention-log-annex',
      relationshipIds: undefined,
      destroyedOn: undefined,
      annexOf,
    });
    await expect(issueDocument(db, annexDraft(2, undefined), 'dpo', NOW)).rejects.toMatchObject({ problem: 'no-case' });
    const annex = await issueDocument(db, annexDraft(2, act.id), 'dpo', NOW);
    expect(annex).toMatchObject({ kind: 'retention-log-annex', series: 'act', number: 'ACT/2026/0002', annexOf: act.id });
    expect(annex.caseId).toBeUndefined();
    await expect(issueDocument(db, annexDraft(3, act.id), 'dpo', NOW)).rejects.toMatchObject({ problem: 'annex-exists' });
    expect((await readRetentionActs(db))[0]?.annex?.number).toBe('ACT/2026/0002');
    // Voided, the annex leaves room for another.
    await voidIssuedDocument(db, annex.id, 'wrong log file', 'dpo', NOW, '2026-11-22');
    expect((await readRetentionActs(db))[0]?.annex).toBeUndefined();
    await issueDocument(db, annexDraft(3, act.id), 'dpo', NOW);
    const other = await issueDocument(db, draft(['b'], 4), 'dpo', NOW);
    await voidIssuedDocument(db, other.id, 'chosen by mistake', 'dpo', NOW, '2026-11-22');
    await expect(issueDocument(db, annexDraft(5, other.id), 'dpo', NOW)).rejects.toMatchObject({ problem: 'already-voided' });
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'export' });
    expect((await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION })).ok).toBe(true);
  });
});
