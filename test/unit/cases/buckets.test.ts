import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { bucketBounds, bucketClock, dueBucket } from '../../../shared/cases/buckets';
import { getTimeZone } from '../../../shared/time/zone';

const kz = buildCalendar('kz');
const almaty = getTimeZone('Asia/Almaty');
const at = (iso: string) => bucketClock(new Date(iso), kz, almaty);

describe('dashboard buckets (fixed clock, Asia/Almaty)', () => {
  // Due Tue 11.03.2025 18:00 Almaty = 13:00Z
  const due = '2025-03-11T13:00:00.000Z';

  it('is "today" on the due day itself until the due instant, then overdue', () => {
    expect(dueBucket(due, at('2025-03-11T03:00:00Z'), almaty)).toBe('today'); // 08:00 local
    expect(dueBucket(due, at('2025-03-11T12:59:00Z'), almaty)).toBe('today'); // 17:59
    expect(dueBucket(due, at('2025-03-11T13:00:00Z'), almaty)).toBe('today'); // exactly 18:00
    expect(dueBucket(due, at('2025-03-11T13:01:00Z'), almaty)).toBe('overdue');
  });

  it('uses the local date, not the UTC date (at 01:00 local the UTC date is still yesterday)', () => {
    expect(dueBucket(due, at('2025-03-10T20:00:00Z'), almaty)).toBe('today'); // 11.03 01:00 local
  });

  it('counts the next three working days on the Kazakh calendar', () => {
    // Fri 07.03.2025: next working days are Tue 11, Wed 12, Thu 13 (8–10 March are days off)
    const friday = at('2025-03-07T05:00:00Z');
    expect(dueBucket('2025-03-13T13:00:00.000Z', friday, almaty)).toBe('next-3-working-days');
    expect(dueBucket('2025-03-14T13:00:00.000Z', friday, almaty)).toBe('later');
    expect(dueBucket('2025-03-10T13:00:00.000Z', friday, almaty)).toBe('next-3-working-days');
  });

  it('gives index bounds that agree with the bucket of each instant', () => {
    const clock = at('2025-03-07T05:00:00Z');
    const bounds = bucketBounds(clock, almaty);
    for (const iso of [
      '2025-03-07T04:00:00.000Z',
      '2025-03-07T13:00:00.000Z',
      '2025-03-07T19:00:00.000Z',
      '2025-03-13T13:00:00.000Z',
      '2025-03-13T19:00:00.000Z',
      '2025-06-01T00:00:00.000Z',
    ]) {
      const bucket = dueBucket(iso, clock, almaty);
      const [low, high] = bounds[bucket];
      expect(iso >= low && iso < high, `${iso} in ${bucket}`).toBe(true);
    }
  });
});
