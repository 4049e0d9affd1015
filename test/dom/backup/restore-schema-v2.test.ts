// @vitest-environment node
/**
 * A backup written by the release before stored records were typed (a real file, committed: every table,
 * every audit event type) still validates, restores and reads through the typed records; and the
 * repositories of this release write rows and events of exactly the same shapes.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { noteOf } from '../../../shared/audit/events';
import { decodeBackup } from '../../../shared/backup/codec';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import { refusalGroundIds, refusedRequestType } from '../../../shared/documents/case-documents';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { QorgauDatabase } from '../../../renderer/db/database';
import { deletableFrom } from '../../../renderer/db/document-repository';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { issuedForCase } from '../../../renderer/db/document-queries';
import { V2_FIXTURE, makeSchemaV2Backup } from '../../fixtures/backup/schema-v2-backup';

const fixture = new Uint8Array(readFileSync(V2_FIXTURE));

const decode = async (bytes: Uint8Array) => {
  const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
  if (!decoded.ok) throw new Error(`${decoded.problem.code}: ${decoded.problem.detail}`);
  return decoded.value;
};

/**
 * The shape of a value: member names and kinds of value, at every depth (ids, hashes and times aside). A
 * backup event's `counts` is a record by table name, whose names grow with the schema: its shape is its kind.
 */
const shapeOf = (value: unknown, key = ''): unknown => {
  if (Array.isArray(value)) return [...new Set(value.map((v) => JSON.stringify(shapeOf(v))))].sort();
  if (value instanceof Blob) return 'blob';
  if (key === 'counts' && value !== null && typeof value === 'object') return 'record<table, number>';
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v, k)]),
    );
  }
  return value === null ? 'null' : typeof value;
};

/** Each table's row shapes; audit events by type (one shape per type and kind of action). */
const shapesOf = (tables: Readonly<Record<string, readonly object[]>>): Record<string, string[]> =>
  Object.fromEntries(BACKUP_TABLES.map((table) => [table, [...new Set((tables[table] ?? []).map((row) => JSON.stringify(shapeOf(row))))].sort()]));

describe('a backup written before records were typed', () => {
  it('validates against the record schemas of every table and restores with its chain intact', async () => {
    const decoded = await decode(fixture);
    expect(decoded.manifest.schemaVersion).toBe(2);
    expect(decoded.counts).toMatchObject({ cases: 3, obligations: 6, actions: 5, documents: 2, audit: 20 });

    const db = new QorgauDatabase(`v2-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    await restoreBackup(db, decoded, { actor: 'dpo', at: '2026-11-30T10:00:00.000Z', fileName: 'qorgau-backup-schema-v2.json' });
    const audit = await db.audit.orderBy('seq').toArray();
    expect(await verifyChain(audit)).toMatchObject({ ok: true, count: 21 });
    for (const table of ['cases', 'obligations', 'actions', 'documents'] as const) {
      expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(decoded.tables[table]));
    }

    // Read back through the types: actions and events narrow by their kind and type.
    const [access] = await db.cases.where('requestTypes').equals('access').toArray();
    const actions = await db.actions.where('caseId').equals(access!.id).toArray();
    const refusal = actions.find((a) => a.kind === 'refuse')!;
    expect(refusalGroundIds(refusal)).toEqual(['kz.aml.retention']);
    expect(refusedRequestType(refusal)).toBe('access');
    const close = actions.find((a) => a.kind === 'close');
    expect(close?.kind === 'close' ? close.data.outcome : undefined).toBe('refused');
    expect((await issuedForCase(db, access!.id)).map((d) => d.kind)).toEqual(['refusal-letter']);
    const annotation = audit.find((e) => e.type === 'case.annotated');
    expect(annotation && noteOf(annotation)).toBe('Жауап қолма-қол берілді');
    const act = (await db.documents.toArray()).find((d) => d.kind === 'destruction-act')!;
    expect(act).toMatchObject({ series: 'act', caseIds: [act.caseId], destroyedOn: '2026-05-13' });
    expect(deletableFrom(act)).toBe('2029-05-13');
    db.close();
  });

  it('holds rows and events of the same shapes as this release writes', async () => {
    const committed = await decode(fixture);
    const fresh = await decode(await makeSchemaV2Backup());
    // Besides those shapes, this release seals each record into its event: the event names the records it
    // wrote (`records`), each record the event that last wrote it (`auditRef`); both are optional members.
    const unsealed = Object.fromEntries(
      Object.entries(fresh.tables).map(([table, rows]) => [
        table,
        rows.map((row) => {
          const kept: Record<string, unknown> = Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'auditRef' && key !== 'records'));
          // case.created now also records what was registered (subject, representative, description, RF subject).
          if (kept['type'] === 'case.created') {
            const { subject: _s, representative: _r, description: _d, rfSubject: _f, ...data } = kept['data'] as Record<string, unknown>;
            kept['data'] = data;
          }
          return kept;
        }),
      ]),
    );
    expect(fresh.tables.cases.every((row) => 'auditRef' in row)).toBe(true);
    const created = fresh.tables.audit.find((e) => e['type'] === 'case.created') as { data: Record<string, unknown> } | undefined;
    expect(created?.data).toHaveProperty('subject');
    expect(shapesOf(unsealed)).toEqual(shapesOf(committed.tables));
    expect(fresh.tables.audit.map((e) => e['type'])).toEqual(committed.tables.audit.map((e) => e['type']));
  });
});
