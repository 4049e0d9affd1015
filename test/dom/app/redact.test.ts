import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../renderer/app/redact';

describe('taking personal data out of a diagnostic text', () => {
  it.each([
    ['IIN 900101300123 is not valid', 'IIN [number] is not valid'],
    ['key=iin900101300123;', 'key=iin[number];'],
    ['subject aliya.zh+dsr@example.kz wrote', 'subject [e-mail] wrote'],
    ['Әлия <әлия@мысал.қаз>', 'Әлия <[e-mail]>'],
    ['call +7 (701) 123-45-67 today', 'call [number] today'],
    ['or 8 701 123 45 67', 'or [number]'],
    ['or 87011234567', 'or [number]'],
    ['ENOENT: /home/aliya/Qorgau/backups/x.json', 'ENOENT: /home/[user]/Qorgau/backups/x.json'],
    ['EACCES: C:\\Users\\Әлия\\Documents\\a.pdf', 'EACCES: C:\\Users\\[user]\\Documents\\a.pdf'],
    ['/Users/serik/Library', '/Users/[user]/Library'],
  ])('%s', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it('keeps what a developer needs: stack positions, short numbers, dates, case numbers', () => {
    const kept = [
      'TypeError: x is undefined\n    at CaseList (app://qorgau/assets/index-D1x2.js:1:123456)',
      'render@http://127.0.0.1:5190/assets/main-abc.js:12:3456',
      'read 65536 of 1048576 bytes',
      'due 2026-11-21T13:00:00.000Z (case DSR-2026-000001)',
      'schema 3 is newer than 2',
    ];
    for (const text of kept) expect(redactPersonalData(text)).toBe(text);
  });
});
