import { describe, expect, it } from 'vitest';
import { bucketDays, bucketOf, compareGroups, holdsOf, monthEnd, queueHorizon } from '../../../shared/processing/destruction-queue';
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

  it('bucket days are half-open ranges that together cover exactly what bucketOf buckets', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(bucketDays('overdue', '2026-01-15')).toEqual({ after: '', through: '2026-01-15' });
    expect(bucketDays('this-month', '2026-01-15')).toEqual({ after: '2026-01-15', through: '2026-01-31' });
    expect(bucketDays('next-month', '2026-01-15')).toEqual({ after: '2026-01-31', through: '2026-02-28' });
    for (const day of ['2025-12-31', '2026-01-15', '2026-01-16', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01']) {
      const inRange = (['overdue', 'this-month', 'next-month'] as const).filter((b) => {
        const { after, through } = bucketDays(b, '2026-01-15');
        return day > after && day <= through;
      });
      expect(inRange, day).toEqual(bucketOf(day, '2026-01-15') === undefined ? [] : [bucketOf(day, '2026-01-15')]);
    }
  });

  it('holds back a subject with an open request or another contract in force, not for the contract itself', () => {
    const facts = {
      openCases: new Map([['900101400003', ['DSR-2026-000007']]]),
      openContracts: new Map([['850315300108', ['MK-77', 'C-a']]]),
    };
    expect(holdsOf(rel('a', '850315300108', '2026-01-10'), facts)).toEqual([{ kind: 'open-contract', contractNo: 'MK-77' }]);
    expect(holdsOf(rel('b', '900101400003', '2026-01-20'), facts)).toEqual([{ kind: 'open-request', caseNumber: 'DSR-2026-000007' }]);
    expect(holdsOf(rel('d', '880606400607', '2025-11-30'), facts)).toEqual([]);
  });

  it('orders groups by bucket, activity, system', () => {
    const keys = [
      { bucket: 'next-month', activityId: 'a', system: 'core' },
      { bucket: 'overdue', activityId: 'b', system: 'core' },
      { bucket: 'overdue', activityId: 'a', system: 'x' },
      { bucket: 'overdue', activityId: 'a', system: 'core' },
    ] as const;
    expect([...keys].sort(compareGroups).map((k) => `${k.bucket}:${k.activityId}:${k.system}`)).toEqual([
      'overdue:a:core',
      'overdue:a:x',
      'overdue:b:core',
      'next-month:a:core',
    ]);
  });
});
