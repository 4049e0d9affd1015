import { describe, expect, it } from 'vitest';
import { bucketOf, destructionQueue, queueHorizon } from '../../../shared/processing/destruction-queue';
import type { RelationshipRecord } from '../../../shared/processing/relationship';

const rel = (id: string, iin: string, destroyOn: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id,
  subjectIin: iin,
  subjectName: id,
  rfSubject: false,
  contractNo: `C-${id}`,
  activityId: 'microloan-contract',
  system: 'core',
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2015-01-01',
  ended: '2020-01-01',
  destroyOn,
  status: 'kept',
  ...over,
});

describe('destruction queue', () => {
  it('buckets on real dates: overdue up to today, the rest of this month, next month (end of February)', () => {
    expect(queueHorizon('2026-01-15')).toBe('2026-02-28');
    expect(queueHorizon('2026-12-31')).toBe('2027-01-31');
    expect(bucketOf('2026-01-15', '2026-01-15')).toBe('overdue');
    expect(bucketOf('2025-12-31', '2026-01-15')).toBe('overdue');
    expect(bucketOf('2026-01-16', '2026-01-15')).toBe('this-month');
    expect(bucketOf('2026-02-28', '2026-01-15')).toBe('next-month');
    expect(bucketOf('2026-03-01', '2026-01-15')).toBeUndefined();
    expect(bucketOf('', '2026-01-15')).toBeUndefined();
  });

  it('groups by activity and system; holds back a subject with an open request or a contract still in force', () => {
    const due = [
      rel('a', '850315300108', '2026-01-10'),
      rel('b', '900101400003', '2026-01-20'),
      rel('c', '771212300400', '2026-02-05', { system: 'cards' }),
      rel('d', '880606400607', '2025-11-30', { activityId: 'aml-fraud' }),
      rel('e', '950202500800', '2026-01-01', { status: 'destroyed' }),
    ];
    const groups = destructionQueue(due, '2026-01-15', {
      openCases: new Map([['900101400003', ['DSR-2026-000007']]]),
      openContracts: new Map([['850315300108', ['MK-77']]]),
    });
    expect(groups.map((g) => [g.bucket, g.activityId, g.system, g.entries.map((e) => e.relationship.id)])).toEqual([
      ['overdue', 'aml-fraud', 'core', ['d']],
      ['overdue', 'microloan-contract', 'core', ['a']],
      ['this-month', 'microloan-contract', 'core', ['b']],
      ['next-month', 'microloan-contract', 'cards', ['c']],
    ]);
    const entry = (id: string) => groups.flatMap((g) => g.entries).find((e) => e.relationship.id === id)!;
    expect(entry('a').holds).toEqual([{ kind: 'open-contract', contractNo: 'MK-77' }]);
    expect(entry('b').holds).toEqual([{ kind: 'open-request', caseNumber: 'DSR-2026-000007' }]);
    expect(entry('d').holds).toEqual([]);
  });
});
