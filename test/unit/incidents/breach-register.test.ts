/** The breach register's filters and export cells (CSV quoting as in the requests register). */
import { describe, expect, it } from 'vitest';
import type { IncidentObligationRecord, IncidentRecord } from '../../../shared/incidents/model';
import {
  matchesFilter,
  NO_REGISTER_FILTER,
  registerCells,
  registerCsv,
  registerHeaderCells,
  REGISTER_COLUMNS,
  type IncidentRegisterFormat,
} from '../../../shared/incidents/register';

const INCIDENT: IncidentRecord = {
  id: 'i1',
  number: 'INC-2026-0001',
  year: 2026,
  seq: 1,
  status: 'notified',
  detectedAt: '2026-05-11T19:30:00.000Z', // 00:30 on 12 May in Almaty
  detectedZone: 'Asia/Almaty',
  detectionMethod: 'monitoring',
  detectedBy: 'SOC',
  description: '=cmd; "выгрузка"',
  systems: ['CRM', 'fs-02'],
  dataCategories: ['ФИО', 'ИИН'],
  subjects: { categories: ['клиенты'], kzCount: 1200, rfCount: 35 },
  rfConcerned: true,
  causes: '',
  consequences: '',
  measuresTaken: 'доступ закрыт',
  measuresPlanned: '',
  subjectsContactData: '',
  contact: { name: 'DPO', position: '', phone: '', email: '' },
  investigationResults: '',
  responsiblePersons: '',
  nextDueAt: '2026-05-14T19:30:00.000Z',
  enteredAt: '2026-05-12T01:00:00.000Z',
  updatedAt: '2026-05-12T01:00:00.000Z',
};

const clock = (ruleId: IncidentObligationRecord['ruleId'], status: 'open' | 'done'): IncidentObligationRecord => ({
  id: ruleId,
  incidentId: 'i1',
  ruleId,
  triggerAt: INCIDENT.detectedAt,
  dueAt: '2026-05-12T19:30:00.000Z',
  status,
  urgentFromStart: true,
  ...(status === 'done' ? { completedAt: '2026-05-12T03:00:00.000Z' } : {}),
  notified: [],
});

const FORMAT: IncidentRegisterFormat = {
  columns: Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, c])) as IncidentRegisterFormat['columns'],
  instant: (iso) => iso.slice(0, 16),
  status: (s) => s,
  clock: (o) => (o === undefined ? 'n/a' : `${o.status} ${o.dueAt.slice(0, 10)}`),
};

const almatyDate = (iso: string) => new Date(Date.parse(iso) + 5 * 3_600_000).toISOString().slice(0, 10);

describe('breach register', () => {
  it('filters by status, RF citizens and the detection date in the organisation’s zone', () => {
    const match = (f: Partial<typeof NO_REGISTER_FILTER>) => matchesFilter(INCIDENT, { ...NO_REGISTER_FILTER, ...f }, almatyDate);
    expect(match({})).toBe(true);
    expect(match({ status: 'open' })).toBe(false);
    expect(match({ status: 'notified', rfOnly: true })).toBe(true);
    expect(matchesFilter({ ...INCIDENT, rfConcerned: false }, { ...NO_REGISTER_FILTER, rfOnly: true }, almatyDate)).toBe(false);
    // Detected 00:30 on 12 May in Almaty (still 11 May in UTC).
    expect(match({ from: '2026-05-12', to: '2026-05-12' })).toBe(true);
    expect(match({ to: '2026-05-11' })).toBe(false);
  });

  it('exports one row of cells per incident, with the three clocks; CSV quotes and neutralises formulas', () => {
    const cells = registerCells(INCIDENT, [clock('kz.breach.notify-authority', 'done'), clock('ru.breach.notify-24h', 'open')], FORMAT);
    expect(cells).toEqual([
      'INC-2026-0001',
      '2026-05-11T19:30',
      'notified',
      '=cmd; "выгрузка"',
      'CRM; fs-02',
      'ФИО; ИИН',
      'клиенты',
      1200,
      35,
      'доступ закрыт',
      'done 2026-05-12',
      'open 2026-05-12',
      'n/a',
    ]);
    const csv = registerCsv([cells], registerHeaderCells(FORMAT));
    expect(csv.startsWith('\ufeffnumber;detectedAt;')).toBe(true);
    expect(csv).toContain(`;"'=cmd; ""выгрузка""";`);
    expect(csv).toContain(';1200;35;');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
