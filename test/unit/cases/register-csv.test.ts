import { describe, expect, it } from 'vitest';
import type { CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { csvCell, registerAnchorLine, registerHeader, registerRow, tallyDeadlines, type RegisterFormat } from '../../../shared/cases/register-csv';

const obligation = (over: Partial<ObligationRecord>): ObligationRecord => ({
  id: 'o',
  caseId: 'c',
  ruleId: 'kz.block',
  triggerAt: '2025-03-07T11:40:00.000Z',
  dueAt: '2025-03-11T13:00:00.000Z',
  status: 'open',
  urgentFromStart: false,
  extended: false,
  notified: [],
  ...over,
});

const format: RegisterFormat = {
  columns: {
    number: '№',
    received: 'Получено',
    channel: 'Канал',
    subject: 'Субъект',
    types: 'Виды',
    met: 'В срок',
    missed: 'Нарушено',
    open: 'Открыто',
    status: 'Статус',
    outcome: 'Результат',
    reply: 'Ответ',
    actor: 'Кто зарегистрировал',
    anchor: 'Якорь журнала',
  },
  instant: (iso) => iso.slice(0, 10),
  channel: (c) => c,
  type: (t) => t,
  status: (s) => s,
  withdrawn: 'отозвано',
  outcome: (o) => o,
};

describe('register of requests', () => {
  it('tallies deadlines met, missed and open on a fixed clock', () => {
    const now = new Date('2025-03-12T00:00:00Z');
    expect(
      tallyDeadlines(
        [
          obligation({ status: 'done', completedAt: '2025-03-10T05:00:00.000Z' }),
          obligation({ status: 'done', completedAt: '2025-03-11T13:00:01.000Z' }),
          obligation({ status: 'open', dueAt: '2025-03-11T13:00:00.000Z' }),
          obligation({ status: 'open', dueAt: '2025-03-12T13:00:00.000Z' }),
          obligation({ status: 'cancelled' }),
        ],
        now,
      ),
    ).toEqual({ met: 1, missed: 2, open: 1 });
  });

  it('writes one escaped row per case and neutralises spreadsheet formulas', () => {
    const record = {
      number: 'DSR-2025-000001',
      receivedAt: '2025-03-07T11:40:00.000Z',
      channel: 'email',
      subject: { fullName: 'Сапаров; "Ерлан"' },
      requestTypes: ['blocking', 'access'],
      status: 'closed',
      outcome: 'fulfilled',
      replyAt: '2025-03-12T10:00:00.000Z',
    } as unknown as CaseRecord;
    expect(registerHeader(format)).toBe('№;Получено;Канал;Субъект;Виды;В срок;Нарушено;Открыто;Статус;Результат;Ответ;Кто зарегистрировал');
    expect(registerRow(record, { met: 2, missed: 0, open: 0 }, format, 'Әлия Нұрланқызы (DPO)')).toBe(
      'DSR-2025-000001;2025-03-07;email;"Сапаров; ""Ерлан""";"blocking, access";2;0;0;closed;fulfilled;2025-03-12;Әлия Нұрланқызы (DPO)',
    );
    // A case withdrawn as registered by mistake keeps its number and row, marked withdrawn.
    const withdrawn = { ...record, outcome: undefined, replyAt: undefined, withdrawal: { at: '2025-03-08T05:00:00.000Z', reason: 'тест', actor: 'dpo' } };
    expect(registerRow(withdrawn, { met: 0, missed: 0, open: 0 }, format)).toBe(
      'DSR-2025-000001;2025-03-07;email;"Сапаров; ""Ерлан""";"blocking, access";0;0;0;отозвано;;;',
    );
    expect(registerAnchorLine({ seq: 41, hash: 'ab'.repeat(32) }, format)).toBe(`Якорь журнала;#41;${'ab'.repeat(32)}`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });
});
