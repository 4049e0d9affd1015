/** The register versions and relationships travel in a backup of schema version 6, checked like every record. */
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../shared/backup/codec';
import { STARTERS } from '../../../shared/processing/starters';
import { sampleTables } from '../../fixtures/backup/sample-tables';

const version = {
  id: 'reg-v1',
  version: 1,
  effectiveFrom: '2026-05-01',
  savedAt: '2026-05-01T06:00:00.000Z',
  source: 'starter',
  note: 'microfinance-organisation',
  activities: [...STARTERS['microfinance-organisation']],
};
const relationship = {
  id: 'rel-1',
  subjectIin: '900101300015',
  subjectName: 'Айгүл Сейітова',
  rfSubject: false,
  contractNo: 'MK-2020-0001',
  activityId: 'microloan-contract',
  system: 'core',
  createdAt: '2026-05-02T06:00:00.000Z',
  opened: '2020-01-15',
  ended: '2021-03-15',
  destroyOn: '2026-03-16',
  status: 'kept',
};

const file = async (over: Record<string, unknown[]>) =>
  encodeBackup({
    tables: { ...(await sampleTables()), processingRegister: [version], relationships: [relationship], ...over },
    appVersion: '0.1.0',
    schemaVersion: 6,
    createdAt: '2026-05-26T05:00:00.000Z',
    kind: 'manual',
  });

describe('backup of the register and the relationships', () => {
  it('decodes what it encoded', async () => {
    const { bytes } = await file({});
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: 6 });
    expect(decoded.ok && decoded.value.tables.processingRegister).toEqual([version]);
    expect(decoded.ok && decoded.value.tables.relationships).toEqual([relationship]);
  });

  it('refuses an activity without its Russian purpose and a relationship with an impossible date, by field', async () => {
    const badVersion = { ...version, activities: [{ ...version.activities[0], purpose: { kk: 'мақсат', ru: '' } }] };
    const one = await decodeBackup((await file({ processingRegister: [badVersion] })).bytes, { currentSchemaVersion: 6 });
    expect(one).toMatchObject({ ok: false, problem: { code: 'invalid-record', values: { table: 'processingRegister', field: 'activities.0.purpose.ru' } } });
    const two = await decodeBackup((await file({ relationships: [{ ...relationship, ended: '2021-02-30' }] })).bytes, { currentSchemaVersion: 6 });
    expect(two).toMatchObject({ ok: false, problem: { code: 'invalid-record', values: { table: 'relationships', field: 'ended' } } });
  });
});
