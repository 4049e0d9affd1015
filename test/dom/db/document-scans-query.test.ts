// @vitest-environment node
// (Node's Blob survives fake-indexeddb's structured clone; jsdom's does not.)
/** The Documents list's scans: a case act's from the case's attachments, a scheduled act's from actScans; none for an unsigned one. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QorgauDatabase } from '../../../renderer/db/database';
import { scansOfDocuments } from '../../../renderer/db/document-queries';
import type { IssuedDocument } from '../../../renderer/db/document-repository';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`document-scans-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const file = (id: string, name: string) => ({
  id,
  name,
  type: 'application/pdf',
  size: 9,
  sha256: id.padEnd(64, '0'),
  addedAt: '2026-11-21T06:00:00.000Z',
  blob: new Blob(['%PDF-1.4\n']),
});

describe('the scans of listed documents', () => {
  it('reads a case act’s scan from attachments and a scheduled act’s from actScans', async () => {
    await db.attachments.add({ ...file('a1', 'case-act.pdf'), caseId: 'case-1' });
    await db.actScans.add({ ...file('s1', 'retention-act.png'), documentId: 'd2' });
    const docs = [
      { id: 'd1', signedScanId: 'a1' },
      { id: 'd2', actScanId: 's1' },
      { id: 'd3' },
      { id: 'd4', signedScanId: 'missing' },
    ] as unknown as IssuedDocument[];
    const scans = await scansOfDocuments(db, docs);
    expect([...scans.keys()].sort()).toEqual(['d1', 'd2']);
    expect(scans.get('d1')).toMatchObject({ id: 'a1', name: 'case-act.pdf', size: 9 });
    expect(scans.get('d2')).toMatchObject({ id: 's1', name: 'retention-act.png' });
    expect(await scans.get('d2')?.blob.text()).toBe('%PDF-1.4\n');
  });
});
