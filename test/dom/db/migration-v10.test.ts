// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import type { DocumentRecord } from '../../../shared/cases/model';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { markActSigned } from '../../../renderer/db/document-repository';
import { openCurrent, seedAtVersion } from './migration-harness';

const rel = (id: string, status: RelationshipRecord['status'] = 'kept'): RelationshipRecord => ({
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
  status,
  ...(status === 'destroyed' ? { destroyedAt: '2026-11-20T07:00:00.000Z', actNumber: 'ACT/2026/0003' } : {}),
});

const act = (id: string, number: string, relationshipIds: string[], voided = false): DocumentRecord => ({
  id,
  kind: 'destruction-act',
  number,
  date: '2026-11-20',
  language: 'ru',
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-20T06:00:00.000Z',
  bytes: new Blob([new TextEncoder().encode('%PDF-act')], { type: 'application/pdf' }),
  series: 'act',
  year: 2026,
  seq: Number(number.slice(-1)),
  caseIds: [],
  caseNumbers: [],
  actionIds: [],
  relationshipIds,
  destroyedOn: '2026-11-20',
  ...(voided ? { voided: { at: '2026-11-21T06:00:00.000Z', date: '2026-11-21', reason: 'wrong rows', actor: 'dpo' } } : {}),
});

describe('schema version 10: scans of signed scheduled acts, scheduled relationships', () => {
  it('schedules the kept relationships of an issued act, leaves voided and carried-out ones, and opens the scans table', async () => {
    const run = await seedAtVersion(9, async (db) => {
      await db.relationships.bulkAdd([rel('in-act'), rel('in-voided'), rel('done', 'destroyed'), rel('free')]);
      await db.documents.bulkAdd([
        act('d1', 'ACT/2026/0001', ['in-act']),
        act('d2', 'ACT/2026/0002', ['in-voided'], true),
        act('d3', 'ACT/2026/0003', ['done']),
      ]);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(10);
    const rows = await db.relationships.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.status, r.actNumber])).toEqual([
      ['done', 'destroyed', 'ACT/2026/0003'],
      ['free', 'kept', undefined],
      ['in-act', 'scheduled', 'ACT/2026/0001'],
      ['in-voided', 'kept', undefined],
    ]);
    expect(await db.actScans.count()).toBe(0);
    const signed = await markActSigned(
      db,
      'd1',
      { name: 'signed.pdf', type: 'application/pdf', blob: new Blob(['%PDF-1.4 s'], { type: 'application/pdf' }) },
      'dpo',
      '2026-11-22T06:00:00.000Z',
    );
    expect(await db.actScans.get(signed.actScanId!)).toMatchObject({ documentId: 'd1' });
    db.close();
  });

  it('a backup of version 9 is carried forward the same way, with no scans', () => {
    const documents = [act('d1', 'ACT/2026/0001', ['in-act']), act('d2', 'ACT/2026/0002', ['in-voided'], true)] as unknown as Record<string, unknown>[];
    const relationships = [rel('in-act'), rel('in-voided')] as unknown as Record<string, unknown>[];
    const tables = upgradeSnapshot({ settings: [], documents, relationships }, 9, 10);
    expect(tables.actScans).toEqual([]);
    expect(tables.relationships?.map((r) => [r['id'], r['status'], r['actNumber']])).toEqual([
      ['in-act', 'scheduled', 'ACT/2026/0001'],
      ['in-voided', 'kept', undefined],
    ]);
  });
});
