/**
 * The systems' log extract of a scheduled destruction: every row checked with its line number (all-or-nothing),
 * the rows matched with the act's relationships, every discrepancy kept, and annex 1 carrying them.
 */
import { describe, expect, it } from 'vitest';
import { documentText, presentElements } from '../../../shared/documents/document-model';
import { MANDATORY_ELEMENTS } from '../../../shared/documents/elements';
import { buildRetentionLogAnnex } from '../../../shared/documents/retention-log-annex';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { crossCheckRetentionLog, parseRetentionLog, type RetentionLogRow } from '../../../shared/processing/retention-log';
import { LFT } from '../../fixtures/documents/sample-data';

const ZONE = 'Asia/Almaty';
const NOW = new Date('2026-11-25T06:00:00.000Z');

const rel = (id: string, system = 'АБИС Colvir'): RelationshipRecord => ({
  id,
  subjectIin: '850315300108',
  subjectName: `Субъект ${id}`,
  rfSubject: false,
  contractNo: `MK-${id}`,
  activityId: 'microloan-contract',
  system,
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2015-01-01',
  ended: '2020-01-01',
  destroyOn: '2025-01-01',
  status: 'scheduled',
  actNumber: 'DPO-ACT/2026/0001',
});

describe('parsing the log extract', () => {
  it('reads the four columns in any order (comma or semicolon, Russian headers), times in the organisation’s zone', () => {
    const csv = 'Оператор;Договор;Система;Дата_удаления\ndb_admin;MK-1;АБИС Colvir;21.11.2026 10:15:02\n';
    expect(parseRetentionLog(csv, ZONE, NOW)).toEqual({
      rows: [{ line: 2, deletedAt: '2026-11-21T05:15:02.000Z', system: 'АБИС Colvir', contractNo: 'MK-1', operator: 'db_admin' }],
    });
    const iso = parseRetentionLog('deleted_at,system,contract_no,operator\n2026-11-21T05:15:02Z,core,MK-1,root\n', ZONE, NOW);
    expect('rows' in iso && iso.rows[0]?.deletedAt).toBe('2026-11-21T05:15:02.000Z');
  });

  it('names every bad row by its line and column, and gives no rows at all', () => {
    const csv = [
      'deleted_at,system,contract_no,operator',
      '2026-11-21 10:00,core,MK-1,root',
      '2026-11-31 10:00,core,MK-2,root',
      '2026-11-21 10:00,,MK-3,root',
      '2030-01-01 10:00,core,MK-4,root',
      `2026-11-21 10:00,core,${'x'.repeat(101)},root`,
    ].join('\n');
    expect(parseRetentionLog(csv, ZONE, NOW)).toEqual({
      problems: [
        { kind: 'time', line: 3, value: '2026-11-31 10:00' },
        { kind: 'missing', line: 4, column: 'system' },
        { kind: 'future', line: 5, value: '2030-01-01 10:00' },
        { kind: 'too-long', line: 6, column: 'contract_no', max: 100 },
      ],
      more: 0,
    });
    expect(parseRetentionLog('deleted_at,system,contract\n2026-11-21 10:00,core,MK-1\n', ZONE, NOW)).toEqual({
      problems: [
        { kind: 'column', column: 'contract_no' },
        { kind: 'column', column: 'operator' },
      ],
      more: 0,
    });
    expect(parseRetentionLog('deleted_at,system,contract_no,operator\n', ZONE, NOW)).toEqual({ problems: [{ kind: 'empty' }], more: 0 });
  });
});

describe('the log against the act', () => {
  const act = [rel('1'), rel('2'), rel('3', 'CRM')];
  const row = (line: number, contractNo: string, system = 'АБИС Colvir', deletedAt = '2026-11-21T05:00:00.000Z'): RetentionLogRow => ({
    line,
    deletedAt,
    system,
    contractNo,
    operator: 'root',
  });

  it('lists a contract not in the act, a relationship not logged, another system and a deletion before the act', () => {
    const check = crossCheckRetentionLog(
      [row(2, 'mk-1'), row(3, 'MK-9'), row(4, 'MK-3'), row(5, 'MK-1', 'АБИС Colvir', '2026-11-19T05:00:00.000Z')],
      act,
      '2026-11-20T06:00:00.000Z',
    );
    expect(check.rows.map((r) => r.relationship?.id)).toEqual(['1', undefined, '3', '1']);
    expect(check.discrepancies).toEqual([
      { kind: 'not-in-act', line: 3, contractNo: 'MK-9', system: 'АБИС Colvir' },
      { kind: 'other-system', line: 4, contractNo: 'MK-3', system: 'АБИС Colvir', expected: 'CRM' },
      { kind: 'before-act', line: 5, contractNo: 'MK-1', deletedAt: '2026-11-19T05:00:00.000Z' },
      { kind: 'not-logged', contractNo: 'MK-2', system: 'АБИС Colvir' },
    ]);
  });

  it('prints annex 1 naming the act, each row with its subject and categories, and the discrepancies', () => {
    const check = crossCheckRetentionLog([row(2, 'MK-1'), row(3, 'MK-9')], act, '2026-11-20T06:00:00.000Z');
    const model = buildRetentionLogAnnex(
      {
        org: LFT,
        annex: { number: 'DPO-ACT/2026/0002', date: '2026-11-22' },
        act: { number: 'DPO-ACT/2026/0001', date: '2026-11-20' },
        source: { name: 'colvir-log.csv', sha256: 'ab'.repeat(32) },
        check,
        categories: new Map([['microloan-contract', { kk: 'сәйкестендіру деректері', ru: 'идентификационные данные' }]]),
        commission: [{ name: 'Ахметова А.', position: { kk: 'ДҚО', ru: 'Ответственный за ПД' }, role: 'chair' }],
      },
      'ru',
    );
    const text = documentText(model);
    expect(text).toContain('Приложение № 1 к акту № DPO-ACT/2026/0001 от 20.11.2026');
    expect(text).toContain('Документ № DPO-ACT/2026/0002');
    expect(text).toContain('Субъект 1, ИИН ********0108 | идентификационные данные | root');
    expect(text).toContain('Строка 3: договор № MK-9 (АБИС Colvir) не указан в акте');
    expect(text).toContain('Договор № MK-2 (АБИС Colvir) указан в акте, но в журнале не отражён');
    expect(text).toContain('colvir-log.csv');
    for (const element of MANDATORY_ELEMENTS['retention-log-annex']) expect(presentElements(model).has(element), element).toBe(true);
  });
});
