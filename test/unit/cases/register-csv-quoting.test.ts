/** Issue 16 finding 11: the CSV writer did not quote a comma, so a spreadsheet reading commas split the cell. */
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../shared/cases/register-csv';

describe('csvCell', () => {
  it('quotes a comma as it quotes the separator', () => {
    expect(csvCell('Иванов, Иван')).toBe('"Иванов, Иван"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('plain')).toBe('plain');
  });
});
