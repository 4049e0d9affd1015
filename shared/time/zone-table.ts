/**
 * Explicit UTC offsets for the zones the app counts deadlines in, so a deadline never depends on the
 * ICU/tzdata shipped with the runtime (an Electron or OS build older than tzdata 2024a still shows
 * Asia/Almaty at UTC+6 after 1 March 2024). Instants before the first segment fall back to Intl.
 */

export interface ZoneSegment {
  /** First instant (UTC) at which the offset applies. */
  readonly fromUtc: string;
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
        fromUtc: '2004-10-30T21:00:00Z',
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
];
