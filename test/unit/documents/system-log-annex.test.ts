/** Issue 17 (6): annex 1 is the event-log extract of the information system, checked against the act. */
import { describe, expect, it } from 'vitest';
import { buildDestructionAct, elementText } from '../../../shared/documents';
import { actWindow } from '../../../shared/documents/case-documents';
import { checkSystemLog, guessMapping, latestDestruction, parseLogTime, readCsv, rowsFromCsv } from '../../../shared/documents/system-log';
import { destructionAct } from '../../fixtures/documents/sample-data';

const CRM = { kk: 'CRM «Bitrix24»', ru: 'CRM «Bitrix24»' };
const CSV = [
  'event_id;client_iin;data_categories;delete_reason;deleted_at',
  '9001;920229400152;"contacts; marketing_profile";CONSENT_WITHDRAWN;2026-11-19 16:00:05',
  '9002;880315300016;contacts;CONSENT_WITHDRAWN;19.11.2026 16:02',
].join('\n');

describe('system log import', () => {
  it('reads the export with papaparse (semicolons, quotes), guesses the mapping, converts local times', () => {
    const table = readCsv(CSV);
    if ('problem' in table) throw new Error(table.problem);
    expect(table.headers).toEqual(['event_id', 'client_iin', 'data_categories', 'delete_reason', 'deleted_at']);
    const mapping = guessMapping(table.headers);
    expect(mapping).toEqual({ subject: 'client_iin', categories: 'data_categories', reason: 'delete_reason', destroyedAt: 'deleted_at' });
    const result = rowsFromCsv(table, mapping, CRM, 'Asia/Almaty');
    if ('problem' in result) throw new Error(JSON.stringify(result.problem));
    expect(result.rows).toEqual([
      { subject: '920229400152', categories: 'contacts; marketing_profile', system: CRM, reason: 'CONSENT_WITHDRAWN', destroyedAt: '2026-11-19T11:00:05.000Z' },
      { subject: '880315300016', categories: 'contacts', system: CRM, reason: 'CONSENT_WITHDRAWN', destroyedAt: '2026-11-19T11:02:00.000Z' },
    ]);
    expect(latestDestruction(result.rows)).toBe('2026-11-19T11:02:00.000Z');
  });

  it('names the line and field of a bad value; an unmapped field is a problem, not a guess', () => {
    const table = readCsv(CSV.replace('19.11.2026 16:02', 'yesterday'));
    if ('problem' in table) throw new Error(table.problem);
    expect(rowsFromCsv(table, guessMapping(table.headers), CRM, 'Asia/Almaty')).toEqual({ problem: { kind: 'time', line: 3, value: 'yesterday' } });
    expect(rowsFromCsv(table, { subject: 'client_iin' }, CRM, 'Asia/Almaty')).toEqual({ problem: { kind: 'mapping', field: 'categories' } });
    expect(readCsv('')).toEqual({ problem: 'empty' });
    expect(parseLogTime('2026-11-19T11:00:00Z', 'Asia/Almaty')).toBe('2026-11-19T11:00:00.000Z');
  });
});

describe('consistency with the act', () => {
  const subjects = [
    { label: 'Оспанова Гүлнар Болатқызы (DSR-2026-000124)', keys: ['920229400152', 'g@example.kz'] },
    { label: 'Ким Олег Петрович (DSR-2026-000125)', keys: ['880315300016'] },
  ];
  const row = (subject: string, destroyedAt: string) => ({ subject, categories: 'contacts', system: CRM, reason: 'X', destroyedAt });
  const window = { from: '2026-11-10T04:00:00.000Z', to: '2026-11-23T18:59:59.999Z' };

  it('agrees when the same subjects are logged within the act’s dates', () => {
    expect(checkSystemLog([row('920229400152', '2026-11-19T11:00:00Z'), row('880 315 300 016', '2026-11-19T11:02:00Z')], subjects, window)).toEqual([]);
  });

  it('names a subject the act lacks, a subject the log lacks, and a destruction outside the act’s dates', () => {
    expect(checkSystemLog([row('920229400152', '2026-11-24T05:00:00Z'), row('770101300011', '2026-11-19T11:00:00Z')], subjects, window)).toEqual([
      { kind: 'outside-dates', subject: '920229400152', at: '2026-11-24T05:00:00Z' },
      { kind: 'unknown-subject', subject: '770101300011' },
      { kind: 'missing-subject', subject: 'Ким Олег Петрович (DSR-2026-000125)' },
    ]);
  });

  it('the act’s window runs from the earliest receipt to the end of the act’s day in the organisation’s zone', () => {
    const record = (receivedAt: string) => ({ record: { receivedAt } as never });
    expect(actWindow([record('2026-11-12T05:00:00.000Z'), record('2026-11-10T04:00:00.000Z')], '2026-11-23', 'Asia/Almaty')).toEqual(window);
  });
});

describe('the act with its annexes', () => {
  const input = destructionAct(3);

  it('annex 1 is the system’s log (Order 179 p.5 fields, IINs masked); annex 2 is Qorgau’s audit extract', () => {
    const ru = buildDestructionAct(input, 'ru');
    const annex1 = elementText(ru, 'system-log-annex');
    expect(annex1).toContain('Приложение № 1 к акту № QK-А-2026/014 от 14.07.2026');
    expect(annex1).toContain('Выгрузка из журнала регистрации событий в информационной системе');
    expect(annex1).toContain(
      '№ | Субъект персональных данных | Категории персональных данных | Информационная система | Причина уничтожения | Дата и время уничтожения (UTC+05:00, Алматы)',
    );
    expect(annex1).toMatch(/1 \| \*{8}\d{4} \| contacts, device_ids, cookies \| Процессинг «QIWI Әмиян» \| CONSENT_WITHDRAWN \| 14\.07\.2026 16:00:00/u);
    expect(annex1).not.toMatch(/\d{12}/u);
    expect(elementText(ru, 'event-log-annex')).toContain('Приложение № 2 к акту');
    expect(elementText(buildDestructionAct(input, 'kk'), 'system-log-annex')).toContain('«QIWI Әмиян» процессингі');
  });

  it('field 13 is the time of destruction; the database’s location follows the fields', () => {
    const rows = buildDestructionAct(input, 'ru').blocks.find((b) => b.kind === 'fields');
    if (rows?.kind !== 'fields') throw new Error('no fields');
    expect(rows.rows[12]?.element).toBe('destruction-time');
    expect(rows.rows.findIndex((r) => r.element === 'database-location')).toBeGreaterThan(12);
  });

  it('states where the database is located (Art. 12 p.2)', () => {
    expect(elementText(buildDestructionAct(input, 'ru'), 'database-location')).toBe(
      'Местонахождение базы, содержащей персональные данные: на территории Республики Казахстан (п. 2 ст. 12 Закона РК № 94-V)',
    );
    expect(elementText(buildDestructionAct(input, 'kk'), 'database-location')).toContain('Қазақстан Республикасының аумағында');
  });
});
