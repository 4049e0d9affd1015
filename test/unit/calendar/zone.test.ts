import { describe, expect, it } from 'vitest';
import { InstantParseError, formatLocalIso, formatUtcIso, localStamp, parseInstant } from '../../../shared/time/instant';
import { InvalidZoneError, getIntlTimeZone, getTimeZone } from '../../../shared/time/zone';

const HOUR = 3_600_000;

describe('Asia/Almaty: explicit offset table', () => {
  const almaty = getTimeZone('Asia/Almaty');

  it('uses the explicit table, not the runtime ICU', () => {
    expect(almaty.basis).toBe('table');
    expect(almaty.sourceAt(Date.parse('2025-01-01T00:00:00Z'))).toContain('No. 1749');
  });

  it.each([
    ['2023-12-31T12:00:00Z', 6],
    ['2024-02-29T17:59:59Z', 6],
    ['2024-02-29T18:00:00Z', 5],
    ['2024-03-01T12:00:00Z', 5],
    ['2027-06-01T00:00:00Z', 5],
  ])('offset at %s is UTC+%i (UTC+5 since 00:00 on 01.03.2024)', (instant, hours) => {
    expect(almaty.offsetMsAt(Date.parse(instant))).toBe(hours * HOUR);
  });

  it('shows the clock going back from 00:00 +06 to 23:00 +05 on 29.02.2024', () => {
    expect(formatLocalIso(Date.parse('2024-02-29T17:59:00Z'), almaty)).toBe('2024-02-29T23:59:00+06:00');
    expect(formatLocalIso(Date.parse('2024-02-29T18:00:00Z'), almaty)).toBe('2024-02-29T23:00:00+05:00');
    expect(formatLocalIso(Date.parse('2024-02-29T19:00:00Z'), almaty)).toBe('2024-03-01T00:00:00+05:00');
  });

  it('maps wall times back to instants on both sides of the change (repeated hour → first occurrence)', () => {
    const wall = (iso: string): number => Date.parse(`${iso}Z`);
    expect(formatUtcIso(almaty.utcFromLocal(wall('2024-02-28T18:00:00')))).toBe('2024-02-28T12:00:00.000Z');
    expect(formatUtcIso(almaty.utcFromLocal(wall('2024-03-01T18:00:00')))).toBe('2024-03-01T13:00:00.000Z');
    expect(formatUtcIso(almaty.utcFromLocal(wall('2024-02-29T23:30:00')))).toBe('2024-02-29T17:30:00.000Z');
  });

  it('agrees with this runtime’s Intl every 6 hours over 2024–2027 (Node 20 ICU knows tzdata 2024a)', () => {
    const intl = getIntlTimeZone('Asia/Almaty');
    const disagreements: string[] = [];
    for (let t = Date.parse('2024-01-01T00:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 6 * HOUR) {
      if (intl.offsetMsAt(t) !== almaty.offsetMsAt(t)) disagreements.push(new Date(t).toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});

describe('the display zones (Asia/Almaty, Asia/Aqtobe, Europe/Moscow, UTC)', () => {
  it.each([
    ['Asia/Almaty', '2004-10-30T20:00:00Z'],
    ['Asia/Aqtobe', '2004-10-30T21:00:00Z'],
    ['Europe/Moscow', '2011-03-26T23:00:00Z'],
    ['UTC', '1900-01-01T00:00:00Z'],
  ])('%s: the table agrees with this runtime’s tzdata every 6 hours from %s to 2028', (id, start) => {
    const table = getTimeZone(id);
    const intl = getIntlTimeZone(id);
    expect(table.basis).toBe('table');
    const disagreements: string[] = [];
    for (let t = Date.parse(start); t < Date.parse('2028-01-01T00:00:00Z'); t += 6 * HOUR) {
      if (intl.offsetMsAt(t) !== table.offsetMsAt(t)) disagreements.push(new Date(t).toISOString());
    }
    expect(disagreements).toEqual([]);
  });

  it('each change of the clocks is at the right minute', () => {
    const at = (id: string, iso: string): number => getTimeZone(id).offsetMsAt(Date.parse(iso)) / HOUR;
    expect([at('Asia/Almaty', '2004-10-30T19:59:59Z'), at('Asia/Almaty', '2004-10-30T20:00:00Z')]).toEqual([7, 6]);
    expect([at('Asia/Aqtobe', '2004-10-30T20:59:59Z'), at('Asia/Aqtobe', '2004-10-30T21:00:00Z')]).toEqual([6, 5]);
    expect([at('Europe/Moscow', '2011-03-26T22:59:59Z'), at('Europe/Moscow', '2011-03-26T23:00:00Z')]).toEqual([3, 4]);
    expect([at('Europe/Moscow', '2014-10-25T21:59:59Z'), at('Europe/Moscow', '2014-10-25T22:00:00Z')]).toEqual([4, 3]);
    expect([at('UTC', '1950-01-01T00:00:00Z'), at('UTC', '2050-01-01T00:00:00Z')]).toEqual([0, 0]);
  });

  it('Asia/Aqtobe keeps UTC+5 across 1 March 2024', () => {
    const aqtobe = getTimeZone('Asia/Aqtobe');
    expect(formatLocalIso(Date.parse('2024-02-29T19:00:00Z'), aqtobe)).toBe('2024-03-01T00:00:00+05:00');
  });
});

describe('other zones', () => {
  it('Europe/Moscow is UTC+3 from the table', () => {
    const moscow = getTimeZone('Europe/Moscow');
    expect(moscow.basis).toBe('table');
    expect(formatLocalIso(Date.parse('2025-03-11T13:00:00Z'), moscow)).toBe('2025-03-11T16:00:00+03:00');
  });

  it('other IANA zones come from Intl, including daylight saving transitions', () => {
    const berlin = getTimeZone('Europe/Berlin');
    expect(berlin.basis).toBe('intl');
    expect(berlin.offsetMsAt(Date.parse('2025-03-30T00:59:00Z'))).toBe(1 * HOUR);
    expect(berlin.offsetMsAt(Date.parse('2025-03-30T01:00:00Z'))).toBe(2 * HOUR);
    // 02:30 does not exist on 30.03.2025 in Berlin: it maps one hour later on the wall clock.
    expect(formatLocalIso(berlin.utcFromLocal(Date.parse('2025-03-30T02:30:00Z')), berlin)).toBe('2025-03-30T03:30:00+02:00');
    expect(formatLocalIso(berlin.utcFromLocal(Date.parse('2025-10-26T18:00:00Z')), berlin)).toBe('2025-10-26T18:00:00+01:00');
  });

  it('rejects unknown zones (a RangeError, as Intl throws)', () => {
    expect(() => getTimeZone('Asia/Nowhere')).toThrow(InvalidZoneError);
    expect(() => getTimeZone('Asia/Nowhere')).toThrow(RangeError);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2025-03-07T16:40:00+05:00', '2025-03-07T11:40:00.000Z'],
    ['2025-03-07T16:40+05:00', '2025-03-07T11:40:00.000Z'],
    ['2025-03-07T16:40:00.123456+0500', '2025-03-07T11:40:00.123Z'],
    ['2025-03-06T20:00:00Z', '2025-03-06T20:00:00.000Z'],
    ['2025-03-07T01:00:00-03:30', '2025-03-07T04:30:00.000Z'],
  ])('%s → %s', (input, utc) => {
    expect(formatUtcIso(parseInstant(input))).toBe(utc);
  });

  it('accepts a Date', () => {
    expect(parseInstant(new Date('2025-03-07T11:40:00Z'))).toBe(Date.parse('2025-03-07T11:40:00Z'));
  });

  it.each(['2025-03-07T16:40:00', '2025-03-07', 'yesterday', '2025-02-30T10:00:00Z', '2025-03-07T25:00:00Z', '2025-03-07T10:00:00+19:00'])(
    'rejects %j (no offset, not an instant, or impossible)',
    (input) => {
      expect(() => parseInstant(input)).toThrow(InstantParseError);
    },
  );

  it('rejects an invalid Date', () => {
    expect(() => parseInstant(new Date('nope'))).toThrow(InstantParseError);
  });

  it('gives the local date of a UTC instant in Almaty', () => {
    expect(localStamp(Date.parse('2025-03-06T20:00:00Z'), getTimeZone('Asia/Almaty')).date).toBe('2025-03-07');
  });
});
