import { describe, expect, it } from 'vitest';
import { BROWSER_VIEWABLE, MAX_VIEWABLE_BYTES, safeAttachmentName, sniffViewableKind } from '../../../shared/attachments/viewable';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/cases/intake-schema';

const text = (s: string) => new TextEncoder().encode(s);

describe('viewable kinds by content', () => {
  it.each([
    ['%PDF-1.4', 'pdf'],
    ['plain words\nand lines\t', 'text'],
    ['Қасым Ә.Б. өтініш', 'text'],
    ['<html>', undefined],
    ['  <?xml version="1.0"?><svg/>', undefined],
    ['%PDF', 'text'],
    ['', undefined],
  ])('%j → %s', (content, kind) => {
    expect(sniffViewableKind(text(content))).toBe(kind);
  });

  it('recognises image signatures and refuses executables', () => {
    expect(sniffViewableKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffViewableKind(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]))).toBe('jpeg');
    expect(sniffViewableKind(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a]))).toBe('tiff');
    expect(sniffViewableKind(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeUndefined();
  });

  it('a browser tab shows only PDFs and the common images', () => {
    expect(BROWSER_VIEWABLE).toEqual(['pdf', 'png', 'jpeg']);
  });

  it('the size cap is the attachments’ cap', () => {
    expect(MAX_VIEWABLE_BYTES).toBe(MAX_ATTACHMENT_BYTES);
  });

  it.each([
    ['', 'pdf', 'file.pdf'],
    ['...', 'png', 'file.png'],
    ['a/b\\c:d.pdf', 'pdf', 'a_b_c_d.pdf'],
    ['Заявление.eml', undefined, 'Заявление.eml'],
    ['virus.exe', undefined, 'virus.bin'],
    ['noextension', undefined, 'noextension.bin'],
    ['CON.pdf', 'pdf', 'CON_file.pdf'],
    ['nul.txt', 'text', 'nul_file.txt'],
    ['com1.png', 'png', 'com1_file.png'],
    ['Console.pdf', 'pdf', 'Console.pdf'],
  ] as const)('names %j (%s) %j', (name, kind, expected) => {
    expect(safeAttachmentName(name, kind)).toBe(expected);
  });
});
