import { describe, expect, it } from 'vitest';
import { splitCaseFiles } from '../../../shared/cases/case-files';
import type { AttachmentRecord, DocumentRecord } from '../../../shared/cases/model';

const file = (id: string, addedAt: string, actionId?: string, caseId = 'c1'): AttachmentRecord => ({
  id,
  caseId,
  actionId,
  name: `${id}.pdf`,
  type: 'application/pdf',
  size: 1,
  sha256: id,
  addedAt,
  blob: new Blob(['%PDF-']),
});
const doc = (id: string, signedScanId?: string): DocumentRecord =>
  ({ id, kind: 'destruction-act', number: `ACT/2026/000${id}`, date: '2026-11-23', signedScanId }) as unknown as DocumentRecord;

describe('a case’s files apart', () => {
  it('tells the request’s files, each action’s and the signed scans apart by their links', () => {
    const request = file('r', '2026-11-16T06:00:00.000Z');
    const ofAction = file('a', '2026-11-17T06:00:00.000Z', 'act-1');
    const ofAnnotation = file('n', '2026-11-18T06:00:00.000Z', 'annotation-1');
    const scanHere = file('s1', '2026-11-24T05:00:00.000Z');
    const scanElsewhere = file('s2', '2026-11-25T05:00:00.000Z', undefined, 'c0');
    const stored = new Map([scanHere, scanElsewhere].map((f) => [f.id, f]));
    const split = splitCaseFiles(
      [scanHere, ofAnnotation, ofAction, request],
      [doc('1', 's1'), doc('2'), doc('3', 's2'), doc('4', 'gone')],
      (id) => stored.get(id),
      new Set(['act-1']),
    );
    // A file of an action the screen does not list stays with the request's: none is hidden.
    expect(split.request.map((f) => f.id)).toEqual(['r', 'n']);
    expect([...split.byAction].map(([id, files]) => [id, files.map((f) => f.id)])).toEqual([['act-1', ['a']]]);
    // The scan held by another case of a batch act is shown too; a scan that is not stored is left out.
    expect(split.scans.map((s) => [s.document.number, s.scan.id])).toEqual([
      ['ACT/2026/0001', 's1'],
      ['ACT/2026/0003', 's2'],
    ]);
  });
});
