/**
 * Explicit UTC offsets for the zones the app counts deadlines in and displays times in (the display
 * setting allows Asia/Almaty, Asia/Aqtobe, Europe/Moscow and UTC), so neither a deadline nor a printed
 * time depends on the ICU/tzdata shipped with the runtime (an Electron or OS build older than tzdata
 * 2024a still shows Asia/Almaty at UTC+6 after 1 March 2024). Instants before a zone's first segment
 * fall back to Intl; a first segment with `fromUtc: null` applies since always (no fallback).
 */

export interface ZoneSegment {
  /** First instant (UTC) at which the offset applies; null: since always. */
  readonly fromUtc: string | null;
  /** Offset east of UTC, in minutes. */
  readonly offsetMinutes: number;
  readonly source: string;
}

export interface ZoneTable {
  readonly zone: string;
  readonly segments: readonly ZoneSegment[];
}

export const ZONE_TABLES: readonly ZoneTable[] = [
  {
    zone: 'Asia/Almaty',
    segments: [
      {
        // 31.10.2004 02:00 standard time (+06) = 03:00 summer time (+07): the last change of the clocks.
        fromUtc: '2004-10-30T20:00:00Z',
        offsetMinutes: 360,
        source: 'IANA tz database, zone Asia/Almaty: UTC+6 without daylight saving since 31.10.2004',
      },
      {
        fromUtc: '2024-02-29T18:00:00Z',
        offsetMinutes: 300,
        source:
          'KZ Government Decree of 23.11.2000 No. 1749 "О порядке исчисления времени на территории Республики Казахстан" as amended 19.01.2024: the 5th time zone (UTC+5) for the whole territory; clocks set back one hour at 00:00 on 01.03.2024 (press: interfax.ru 19.01.2024, bizmedia.kz 22.01.2024); IANA tzdata 2024a',
      },
    ],
  },
  {
    zone: 'Asia/Aqtobe',
    segments: [
      {
        // 31.10.2004 02:00 standard time (+05) = 03:00 summer time (+06): the last change of the clocks.
        fromUtc: '2004-10-30T21:00:00Z',
        offsetMinutes: 300,
        source: 'IANA tz database, zone Asia/Aqtobe: UTC+5 without daylight saving since 31.10.2004 (the 5th time zone of KZ Government Decree No. 1749)',
      },
    ],
  },
  {
    zone: 'Europe/Moscow',
    segments: [
      {
        fromUtc: '2011-03-26T23:00:00Z',
        offsetMinutes: 240,
        source: 'RF Federal Law of 03.06.2011 No. 107-FZ "Об исчислении времени" (permanent UTC+4); IANA tz database',
      },
      {
        fromUtc: '2014-10-25T22:00:00Z',
        offsetMinutes: 180,
        source: 'RF Federal Law of 21.07.2014 No. 248-FZ: Moscow time UTC+3 from 02:00 on 26.10.2014; IANA tz database',
      },
    ],
  },
  {
    zone: 'UTC',
    segments: [{ fromUtc: null, offsetMinutes: 0, source: 'Coordinated Universal Time (no offset)' }],
  },
];
