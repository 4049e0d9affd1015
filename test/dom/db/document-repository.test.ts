/**
 * Issued documents against a real Dexie database (fake-indexeddb): numbering per series and year, the hash of
 * the stored bytes, one audit event per case, all-or-nothing writes, the preview → issue flow when a number is
 * taken meanwhile, marking an act signed, and the three-year retention of acts.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/audit/chain';
import type { OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { emptyOrgProfile } from '../../../shared/documents/profile-schema';
import { caseHistory, verifyAuditTrail } from '../../../renderer/db/audit-log';
import { createCase, type NewCase } from '../../../renderer/db/case-repository';
import { QorgauDatabase } from '../../../renderer/db/database';
import {
  checkScan,
  deletableFrom,
  voidIssuedDocument,
  documentBytes,
  DocumentWriteError,
  issueDocument,
  markActSigned,
  nextSequence,
  type IssueDraft,
} from '../../../renderer/db/document-repository';
import { issuedForCase } from '../../../renderer/db/document-queries';
import { issuePreview, preparePreview, type DraftPlan } from '../../../renderer/db/document-issue';

// pdfmake needs fonts fetched over HTTP in the renderer; here the "PDF" is the definition's text, so the bytes
// still depend on the number the document was rendered with.
const render = async (definition: TDocumentDefinitions) => new TextEncoder().encode(`%PDF-fake ${JSON.stringify(definition.content)}`);

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`docs-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});

const request = (name: string): NewCase => ({
  receivedAt: '2026-11-16T05:00:00.000Z',
  enteredAt: '2026-11-16T06:00:00.000Z',
  registrationYear: 2026,
  channel: 'email',
  language: 'kk',
  rfSubject: false,
  requestTypes: ['blocking'],
  subject: { fullName: name, email: 's@example.kz' },
  description: '',
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

const draft = (caseIds: string[], over: Partial<IssueDraft> = {}): IssueDraft => ({
  kind: 'refusal-letter',
  year: 2026,
  seq: 1,
  number: 'DPO/2026/0001',
  date: '2026-11-23',
  language: 'kk',
  caseIds,
  caseNumbers: caseIds.map((_, i) => `DSR-2026-00000${i + 1}`),
  actionIds: [],
  bytes: bytesOf('%PDF-1.7 letter one'),
  ...over,
});

const act = (caseIds: string[], over: Partial<IssueDraft> = {}): IssueDraft =>
  draft(caseIds, { kind: 'destruction-act', number: 'ACT/2026/0001', destroyedOn: '2026-11-17', bytes: bytesOf('%PDF-1.7 act'), ...over });

const counts = async () => ({
  documents: await db.documents.count(),
  audit: await db.audit.count(),
  letters: (await db.counters.get('doc-seq:letter:2026'))?.value,
  acts: (await db.counters.get('doc-seq:act:2026'))?.value,
  attachments: await db.attachments.count(),
});

describe('document repository', () => {
  it('stores the exact bytes with their SHA-256 and numbers each series per year without gaps', async () => {
    const c = await createCase(db, request('Сәрсенбаева Айгерім'), [], [], 'dpo');
    const bytes = bytesOf('%PDF-1.7 қазақша хат');
    const letter = await issueDocument(db, draft([c.id], { bytes }), 'dpo', '2026-11-23T07:00:00.000Z');
    expect(letter.sha256).toBe(await sha256Hex(bytes));
    expect(letter).toMatchObject({ number: 'DPO/2026/0001', series: 'letter', seq: 1, size: bytes.byteLength, caseId: c.id, language: 'kk' });
    expect(new TextDecoder().decode(await documentBytes(letter))).toBe('%PDF-1.7 қазақша хат');
    expect(await db.documents.get(letter.id)).toMatchObject({ sha256: letter.sha256, number: 'DPO/2026/0001', size: bytes.byteLength });

    // Acts have their own series; the next letter is 2; a new year starts at 1.
    expect(await nextSequence(db, 'act', 2026)).toBe(1);
    await issueDocument(db, act([c.id]), 'dpo', '2026-11-23T07:01:00.000Z');
    expect(await nextSequence(db, 'letter', 2026)).toBe(2);
    expect(await nextSequence(db, 'letter', 2027)).toBe(1);
    await issueDocument(db, draft([c.id], { seq: 2, number: 'DPO/2026/0002' }), 'dpo', '2026-11-23T07:02:00.000Z');
    expect(await counts()).toMatchObject({ documents: 3, letters: 2, acts: 1 });

    const events = (await caseHistory(db, c.id)).filter((e) => e.type === 'document.issued');
    expect(events.map((e) => (e.data as { number: string }).number)).toEqual(['DPO/2026/0001', 'ACT/2026/0001', 'DPO/2026/0002']);
    expect(events[0]?.data).toMatchObject({ sha256: letter.sha256, kind: 'refusal-letter', language: 'kk', documentId: letter.id });
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
    expect((await issuedForCase(db, c.id)).map((d) => d.number)).toEqual(['DPO/2026/0001', 'ACT/2026/0001', 'DPO/2026/0002']);
  });

  it('refuses a number that is not the next one, or taken, and changes nothing', async () => {
    const c = await createCase(db, request('Ковалёв Дмитрий'), [], [], 'dpo');
    await issueDocument(db, draft([c.id]), 'dpo', '2026-11-23T07:00:00.000Z');
    const before = await counts();
    for (const bad of [draft([c.id]), draft([c.id], { seq: 3, number: 'DPO/2026/0003' })]) {
      await expect(issueDocument(db, bad, 'dpo', '2026-11-23T07:05:00.000Z')).rejects.toMatchObject({ problem: 'number-taken' });
    }
    await expect(issueDocument(db, draft(['no-such-case'], { seq: 2, number: 'DPO/2026/0002' }), 'dpo', '2026-11-23T07:05:00.000Z')).rejects.toMatchObject({
      problem: 'no-case',
    });
    await expect(issueDocument(db, draft([], { seq: 2 }), 'dpo', '2026-11-23T07:05:00.000Z')).rejects.toBeInstanceOf(DocumentWriteError);
    expect(await counts()).toEqual(before);
  });

  it('is all or nothing: when the audit write fails there is no document, no counter move and no event', async () => {
    const c = await createCase(db, request('Ким Ольга'), [], [], 'dpo');
    const issuedAct = await issueDocument(db, act([c.id]), 'dpo', '2026-11-23T06:00:00.000Z');
    const before = await counts();
    // The audit write is the last step of each transaction: the document and counter are already written in it.
    const original = db.audit.bulkAdd.bind(db.audit);
    db.audit.bulkAdd = (() => Promise.reject(new Error('disk full'))) as never;
    try {
      await expect(issueDocument(db, draft([c.id]), 'dpo', '2026-11-23T07:00:00.000Z')).rejects.toThrow('disk full');
      const scan = { name: 's.pdf', type: 'application/pdf', blob: new Blob(['%PDF scan']) };
      await expect(markActSigned(db, issuedAct.id, scan, 'dpo', '2026-11-23T07:00:00.000Z')).rejects.toThrow('disk full');
      await expect(voidIssuedDocument(db, issuedAct.id, 'issued by mistake', 'dpo', '2030-01-01T00:00:00.000Z', '2030-01-01')).rejects.toThrow('disk full');
    } finally {
      db.audit.bulkAdd = original;
    }
    expect(await counts()).toEqual(before);
    expect((await db.documents.get(issuedAct.id))?.signedAt).toBeUndefined();
    expect((await issueDocument(db, draft([c.id]), 'dpo', '2026-11-23T07:01:00.000Z')).number).toBe('DPO/2026/0001');
  });

  it('a batch act is one document, one number and one audit event per case', async () => {
    const cases = await Promise.all(['А', 'Б', 'В'].map((n) => createCase(db, request(`Субъект ${n}`), [], [], 'dpo')));
    const ids = cases.map((c) => c.id);
    const doc = await issueDocument(db, act(ids), 'dpo', '2026-11-23T07:00:00.000Z');
    expect(doc.caseIds).toEqual(ids);
    expect(await db.audit.filter((e) => e.type === 'document.issued').count()).toBe(3);
    for (const id of ids) expect((await issuedForCase(db, id)).map((d) => d.id)).toEqual([doc.id]);
  });

  it('marks an act signed with the scan attached to the case, once, and only acts', async () => {
    const c = await createCase(db, request('Омарова Сәуле'), [], [], 'dpo');
    const letter = await issueDocument(db, draft([c.id]), 'dpo', '2026-11-23T07:00:00.000Z');
    const doc = await issueDocument(db, act([c.id]), 'dpo', '2026-11-23T07:00:00.000Z');
    const scan = { name: 'act-signed.pdf', type: 'application/pdf', blob: new Blob(['%PDF-1.4 scan'], { type: 'application/pdf' }) };
    const signed = await markActSigned(db, doc.id, scan, 'dpo', '2026-11-24T05:00:00.000Z');
    expect(signed.signedAt).toBe('2026-11-24T05:00:00.000Z');
    const attachment = await db.attachments.get(signed.signedScanId!);
    expect(attachment).toMatchObject({ caseId: c.id, name: 'act-signed.pdf', size: scan.blob.size });
    expect((await db.documents.get(doc.id))?.signedScanId).toBe(attachment?.id);
    expect((await caseHistory(db, c.id)).at(-1)).toMatchObject({ type: 'document.signed', data: { number: 'ACT/2026/0001' } });
    await expect(markActSigned(db, doc.id, scan, 'dpo', '2026-11-24T06:00:00.000Z')).rejects.toMatchObject({ problem: 'already-signed' });
    await expect(markActSigned(db, letter.id, scan, 'dpo', '2026-11-24T06:00:00.000Z')).rejects.toMatchObject({ problem: 'not-an-act' });
    expect(await db.attachments.count()).toBe(1);
    expect([checkScan({ size: 0, type: 'application/pdf' }), checkScan({ size: 10, type: 'text/html' }), checkScan({ size: 30e6, type: 'image/png' })]).toEqual(
      ['empty', 'type', 'size'],
    );
  });

  it('voids, never deletes: the row, bytes and number stay; each void is audited; a voided number is never reused', async () => {
    const c = await createCase(db, request('Сейітқызы Айгерім'), [], [], 'dpo');
    const doc = await issueDocument(db, act([c.id]), 'dpo', '2026-11-23T07:00:00.000Z');
    const letter = await issueDocument(db, draft([c.id]), 'dpo', '2026-11-23T07:00:00.000Z');
    await expect(voidIssuedDocument(db, letter.id, ' ', 'dpo', '2026-11-24T10:00:00.000Z', '2026-11-24')).rejects.toMatchObject({ problem: 'reason' });
    const voided = await voidIssuedDocument(db, letter.id, 'wrong subject name', 'Омарова С.', '2026-11-24T10:00:00.000Z', '2026-11-24');
    expect(voided.voided).toEqual({ at: '2026-11-24T10:00:00.000Z', date: '2026-11-24', reason: 'wrong subject name', actor: 'Омарова С.' });
    await voidIssuedDocument(db, doc.id, 'act of the wrong batch', 'dpo', '2026-11-24T10:00:00.000Z', '2026-11-24');
    await expect(voidIssuedDocument(db, doc.id, 'act of the wrong batch', 'dpo', '2026-11-24T10:00:00.000Z', '2026-11-24')).rejects.toMatchObject({
      problem: 'already-voided',
    });
    expect(await db.documents.count()).toBe(2);
    expect((await db.documents.get(letter.id))?.sha256).toBe(letter.sha256);
    // The act keeps its three-year retention (from the destruction), voided or not.
    expect(deletableFrom((await db.documents.get(doc.id))!)).toBe('2029-11-17');
    const events = (await caseHistory(db, c.id)).filter((e) => e.type === 'document.voided');
    expect(events.map((e) => (e.data as { number: string; reason: string }).number)).toEqual(['DPO/2026/0001', 'ACT/2026/0001']);
    expect(await issuedForCase(db, c.id)).toHaveLength(2);
    // The numbers stay used: the next letter is 2, and number 1 cannot be issued again.
    expect(await nextSequence(db, 'letter', 2026)).toBe(2);
    await expect(issueDocument(db, draft([c.id]), 'dpo', '2026-11-25T07:00:00.000Z')).rejects.toMatchObject({ problem: 'number-taken' });
    expect((await issueDocument(db, draft([c.id], { seq: 2, number: 'DPO/2026/0002' }), 'dpo', '2026-11-25T07:00:00.000Z')).number).toBe('DPO/2026/0002');
  });
});

describe('preview, then issue', () => {
  const profile: OrgProfileSetting = { ...emptyOrgProfile(), outgoingNumberPrefix: 'DPO/', actNumberPrefix: 'ACT/' };
  const planFor = (caseId: string): DraftPlan => ({
    kind: 'refusal-letter',
    language: 'kk',
    caseIds: [caseId],
    caseNumbers: ['DSR-2026-000001'],
    actionIds: ['a1'],
    build: (outgoing) => ({ content: [`Шығыс № ${outgoing.number}, ${outgoing.date}`] }),
  });

  it('issues exactly the previewed bytes under the previewed number', async () => {
    const c = await createCase(db, request('Сәрсенбаева Айгерім'), [], [], 'dpo');
    const preview = await preparePreview(db, planFor(c.id), profile, '2026-11-23', render);
    expect(preview).toMatchObject({ number: 'DPO/2026/0001', seq: 1, year: 2026 });
    const doc = await issuePreview(db, planFor(c.id), profile, preview, render, () => new Date('2026-11-23T07:00:00Z'));
    expect(doc.number).toBe('DPO/2026/0001');
    expect(doc.sha256).toBe(await sha256Hex(preview.bytes));
    expect(doc.actionIds).toEqual(['a1']);
  });

  it('renders again with the next number when its number was taken meanwhile', async () => {
    const c = await createCase(db, request('Ковалёв Дмитрий'), [], [], 'dpo');
    const preview = await preparePreview(db, planFor(c.id), profile, '2026-11-23', render);
    // Another window issues a letter first.
    await issueDocument(db, draft([c.id]), 'dpo', '2026-11-23T06:59:00.000Z');
    const doc = await issuePreview(db, planFor(c.id), profile, preview, render, () => new Date('2026-11-23T07:00:00Z'));
    expect(doc.number).toBe('DPO/2026/0002');
    const text = new TextDecoder().decode(await documentBytes(doc));
    expect(text).toContain('Шығыс № DPO/2026/0002, 2026-11-23');
    expect(text).not.toContain('DPO/2026/0001');
    expect(await db.documents.count()).toBe(2);
  });
});
