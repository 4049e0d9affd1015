// @vitest-environment node
// (Node's Blob survives fake-indexeddb's structured clone; jsdom's does not.)
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/audit/canonical-json';
import { GENESIS_HASH, sealEvent, sha256Hex, verifyChain, type ChainEvent } from '../../../shared/audit/chain';
import { decodeBackup, type SnapshotTables } from '../../../shared/backup/codec';
import { BACKUP_TABLES, BLOB_FIELDS, PRIMARY_KEYS, type BackupTable } from '../../../shared/backup/format';
import { bytesToBase64 } from '../../../shared/backup/base64';
import { CASE_OUTCOMES, CHANNELS } from '../../../shared/cases/model';
import { withSearchTokens, type PayloadTables } from '../../../shared/backup/upgrade';
import { CASE_DOCUMENT_KINDS } from '../../../shared/documents/document-kinds';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { QorgauDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';

const KAZAKH = [...'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя «»—-.,№0123456789'];

const kazakh = (maxLength = 40) => fc.string({ unit: fc.constantFrom(...KAZAKH), maxLength });
/** Kazakh most of the time, any Unicode (astral planes, combining marks) otherwise. */
const anyText = (maxLength = 40) => fc.oneof({ weight: 3, arbitrary: kazakh(maxLength) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) });
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const uuid = fc.uuid();
const mime = fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'message/rfc822', '');
const bytes = fc.uint8Array({ maxLength: 3000 });

const subject = fc.record(
  { fullName: anyText(60), iin: fc.stringMatching(/^\d{12}$/), email: fc.constant('a@example.kz'), phone: fc.constant('+77010000000'), address: anyText(80) },
  { requiredKeys: ['fullName'] },
);

const caseRow = (id: string, seq: number) =>
  fc
    .record({
      id: fc.constant(id),
      number: fc.constant(`DSR-2026-${String(seq).padStart(6, '0')}`),
      year: fc.constant(2026),
      seq: fc.constant(seq),
      status: fc.constantFrom('open', 'closed'),
      receivedAt: instant,
      enteredAt: instant,
      channel: fc.constantFrom(...CHANNELS),
      language: fc.constantFrom('kk', 'ru'),
      jurisdiction: fc.constant('kz'),
      rfSubject: fc.boolean(),
      requestTypes: fc.uniqueArray(fc.constantFrom('access', 'correction', 'blocking', 'destruction'), { minLength: 1, maxLength: 3 }),
      subject,
      description: anyText(300),
      subjectName: kazakh(60),
      subjectIin: fc.stringMatching(/^\d{0,12}$/),
      nextDueAt: fc.oneof(instant, fc.constant('')),
      outcome: fc.option(fc.constantFrom(...CASE_OUTCOMES), { nil: undefined }),
      updatedAt: instant,
    })
    .map((row) => {
      // optional members are absent rather than undefined, as Dexie stores what the repositories write
      if (row.outcome === undefined) delete (row as { outcome?: unknown }).outcome;
      return row;
    });

const contentArb = fc
  .record({
    caseCount: fc.integer({ min: 0, max: 6 }),
    settings: fc.uniqueArray(
      fc.oneof(
        // Known settings hold what their own schemas accept (shared/backup/setting-schemas.ts); unknown keys anything.
        fc.record({ key: fc.constant('locale'), value: fc.constantFrom('kk', 'ru', 'en'), updatedAt: instant }),
        fc.record({ key: fc.constant('displayTimeZone'), value: fc.constantFrom('Asia/Almaty', 'Europe/Moscow', 'UTC'), updatedAt: instant }),
        fc.record({
          key: fc.constant('deadlineTerms'),
          value: fc.dictionary(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 1000 }), { maxKeys: 3 }),
          updatedAt: instant,
        }),
        fc.record({ key: fc.constant('orgProfile'), value: fc.constant(null), updatedAt: instant }),
        fc.record({ key: fc.constant('x-extra'), value: fc.jsonValue({ maxDepth: 3 }), updatedAt: instant }),
      ),
      {
        selector: (s) => s.key,
        maxLength: 5,
      },
    ),
    overrides: fc.uniqueArray(
      fc.record({
        id: uuid,
        calendar: fc.constantFrom('kz', 'ru'),
        date: fc.constantFrom('2026-01-02', '2026-03-23', '2026-12-31'),
        working: fc.boolean(),
        note: anyText(),
        createdAt: instant,
      }),
      { selector: (o) => o.id, maxLength: 3 },
    ),
    auditNotes: fc.array(
      fc.record({ at: instant, type: fc.constantFrom('case.created', 'case.annotated', 'action.block'), note: anyText(100), n: fc.integer() }),
      { maxLength: 8 },
    ),
    outcome: fc.constantFrom(...CASE_OUTCOMES),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      cases: fc.tuple(...Array.from({ length: base.caseCount }, (_, i) => uuid.chain((id) => caseRow(id, i + 1)))),
      files: fc.array(fc.record({ id: uuid, name: anyText(30), type: mime, content: bytes, at: instant }), { maxLength: 4 }),
      docs: fc.array(
        fc.record({ id: uuid, kind: fc.constantFrom(...CASE_DOCUMENT_KINDS), content: bytes, language: fc.constantFrom('kk', 'ru', 'both'), at: instant }),
        { maxLength: 3 },
      ),
      actions: fc.array(
        fc.record({
          id: uuid,
          kind: fc.constantFrom('block', 'refuse', 'close', 'annotate'),
          note: anyText(120),
          data: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
          at: instant,
        }),
        { maxLength: 4 },
      ),
    }),
  );

type Content = typeof contentArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Action data of each kind as the app writes it, plus members it does not know (`extra`, from another
 * release), which a backup keeps as they are.
 */
const actionData = (kind: string, extra: object, outcome: string): object =>
  kind === 'close' ? { ...extra, outcome } : kind === 'annotate' ? extra : { ...extra, grounds: kind === 'refuse' ? ['kz.ground.1'] : [], ruleId: 'kz.block' };

/** Event data of each type as the app writes it, plus a member it does not (`n`). */
const eventData = (type: string, note: string, n: number, at: string): object =>
  type === 'case.created'
    ? {
        number: 'DSR-2026-000001',
        receivedAt: at,
        channel: 'email',
        language: 'kk',
        requestTypes: ['blocking'],
        obligations: [{ ruleId: 'kz.block', dueAt: at }],
        attachments: [],
        n,
      }
    : type === 'action.block'
      ? { at, note, data: { grounds: [], ruleId: 'kz.block' }, completes: [], spawns: [], extends: [], attachments: [], n }
      : { note, n };

/** The tables as the app holds them: each case with the search words of its fields and documents. */
async function buildTables(content: Content): Promise<SnapshotTables> {
  const tables: SnapshotTables = withSearchTokens((await buildRawTables(content)) as PayloadTables);
  return tables;
}

async function buildRawTables(content: Content): Promise<SnapshotTables> {
  const { base, cases, files, docs, actions } = content;
  const caseIds = cases.map((c) => c.id);
  const owner = (i: number) => caseIds[i % Math.max(1, caseIds.length)]!;
  // Records of a case need a case: a backup naming a missing parent is refused (orphan-record).
  const ofCases = <T>(rows: readonly T[]): readonly T[] => (caseIds.length ? rows : []);
  const audit: ChainEvent[] = [];
  let prev = GENESIS_HASH;
  for (const [i, note] of base.auditNotes.entries()) {
    const event = await sealEvent(prev, {
      seq: i + 1,
      at: note.at,
      actor: 'dpo',
      type: note.type,
      caseId: owner(i),
      data: eventData(note.type, note.note, note.n, note.at),
    });
    audit.push(event);
    prev = event.hash;
  }
  return {
    settings: base.settings,
    counters: cases.length ? [{ key: 'case-seq:2026', value: cases.length }] : [],
    calendarOverrides: base.overrides,
    cases,
    obligations: cases.map((c, i) => ({
      id: `ob-${c.id}`,
      caseId: c.id,
      ruleId: 'kz.access.provide',
      triggerAt: c.receivedAt,
      dueAt: c.receivedAt,
      status: i % 2 ? 'open' : 'done',
      urgentFromStart: false,
      extended: i % 3 === 0,
      notified: i % 2 ? ['overdue'] : [],
    })),
    actions: ofCases(actions).map((a, i) => ({
      id: a.id,
      caseId: owner(i),
      kind: a.kind,
      at: a.at,
      recordedAt: a.at,
      actor: 'dpo',
      note: a.note,
      data: actionData(a.kind, a.data, base.outcome),
    })),
    attachments: await Promise.all(
      ofCases(files).map(async (f, i) => ({
        id: f.id,
        caseId: owner(i),
        name: f.name,
        type: f.type,
        size: f.content.length,
        sha256: await sha256Hex(f.content),
        addedAt: f.at,
        blob: new Blob([f.content], { type: f.type }),
      })),
    ),
    documents: await Promise.all(
      ofCases(docs).map(async (d, i) => ({
        id: d.id,
        caseId: owner(i),
        kind: d.kind,
        number: `OUT-2026-${String(i + 1).padStart(4, '0')}`,
        date: d.at.slice(0, 10),
        language: d.language,
        sha256: await sha256Hex(d.content),
        createdAt: d.at,
        bytes: new Blob([d.content], { type: 'application/pdf' }),
      })),
    ),
    audit,
  };
}
const openDb = async (label: string) => {
  const db = new QorgauDatabase(`${label}-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
};

/** Each record as canonical JSON text with its binary member as {type, base64}: equal text = equal bytes. */
async function canonicalRows(db: QorgauDatabase, table: BackupTable): Promise<string[]> {
  const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
  const blobField = BLOB_FIELDS[table];
  const out: string[] = [];
  for (const row of rows.sort((a, b) => String(a[PRIMARY_KEYS[table]]).localeCompare(String(b[PRIMARY_KEYS[table]])))) {
    if (!blobField) {
      out.push(canonicalJson(row));
      continue;
    }
    const blob = row[blobField] as Blob;
    out.push(canonicalJson({ ...row, [blobField]: { type: blob.type, base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) } }));
  }
  return out;
}

describe('export → import into an empty database (property)', () => {
  it('reproduces every record byte for byte, Kazakh text and binary attachments included', async () => {
    await fc.assert(
      fc.asyncProperty(contentArb, async (content) => {
        const source = await openDb('source');
        const target = await openDb('target');
        const tables = await buildTables(content);
        await source.transaction('rw', source.tables, async () => {
          for (const table of BACKUP_TABLES) await source.table(table).bulkAdd([...(tables[table] ?? [])]);
        });

        const { bytes } = await takeSnapshot(source, { appVersion: '0.1.0', kind: 'manual' });
        const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
        if (!decoded.ok) throw new Error(`${decoded.problem.code}: ${decoded.problem.detail}`);
        await restoreBackup(target, decoded.value, { actor: 'dpo', at: '2026-06-01T00:00:00.000Z', fileName: 'x.json' });

        for (const table of BACKUP_TABLES) {
          const before = await canonicalRows(source, table);
          const after = await canonicalRows(target, table);
          if (table === 'audit') {
            // the restored chain plus one event recording the restore
            expect(after.slice(0, -1)).toEqual(before);
            expect(JSON.parse(after.at(-1)!)).toMatchObject({ type: 'backup.restored', seq: before.length + 1 });
          } else {
            expect(after, table).toEqual(before);
          }
        }
        const verdict = await verifyChain(await target.audit.orderBy('seq').toArray());
        expect(verdict).toMatchObject({ ok: true, count: tables.audit!.length + 1 });
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
