/**
 * PDFs (and viewable attachments) written for opening or printing. Main names every file itself: whatever the renderer asks for, the file
 * on disk ends in `.pdf` and its name holds only letters, digits, spaces and `-_()` — no other extension
 * (`invoice.bat`, `.hta`, `.desktop`, `.html`), no bidirectional or other control characters (U+202E would
 * show `…fdp.exe` as `…exe.pdf`). Files live in one private folder per run and are deleted when their viewer
 * closes and at quit.
 */
import path from 'node:path';
import { safeAttachmentName, type ViewableKind } from '../../shared/attachments/viewable';

export interface TempPdfFs {
  mkdtemp(prefix: string): Promise<string>;
  writeFile(filePath: string, bytes: Uint8Array, options: { mode: number }): Promise<void>;
  rm(target: string, options: { recursive: boolean; force: boolean }): Promise<void>;
}

const MAX_BASE = 80;

/** The name main gives a PDF the renderer asked to be called `requested`. */
export function safePdfFileName(requested: string): string {
  const base = requested
    .normalize('NFC')
    .replace(/\.pdf$/i, '')
    // Controls, format characters (bidi overrides and isolates, zero-width …), separators other than space.
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[^\p{L}\p{N} _()-]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s_]+|[\s_]+$/g, '')
    .slice(0, MAX_BASE)
    .trim();
  return `${base === '' ? 'document' : base}.pdf`;
}

export interface TempPdfStore {
  /** Writes the bytes under a name main chooses (see safePdfFileName) and returns the path. */
  write(requestedName: string, bytes: Uint8Array): Promise<string>;
  /**
   * Writes a stored attachment of a viewable kind, named by main (shared/attachments/viewable.ts
   * safeAttachmentName: the sniffed kind's extension), in its own private folder; deleted like the PDFs.
   */
  writeViewable(requestedName: string, bytes: Uint8Array, kind: ViewableKind): Promise<string>;
  /** Deletes one file written by `write` (and its folder); other paths are ignored. */
  remove(filePath: string): Promise<void>;
  /** Deletes every file still there (at quit). */
  removeAll(): Promise<void>;
}

export function createTempPdfStore(fs: TempPdfFs, tmpRoot: string): TempPdfStore {
  const written = new Set<string>();
  const writeAs = async (fileName: string, bytes: Uint8Array): Promise<string> => {
    // One folder per file: two documents with the same name never overwrite each other's open copy.
    const dir = await fs.mkdtemp(path.join(tmpRoot, 'qorgau-pdf-'));
    const filePath = path.join(dir, fileName);
    written.add(filePath);
    await fs.writeFile(filePath, bytes, { mode: 0o600 });
    return filePath;
  };
  return {
    write: (requestedName, bytes) => writeAs(safePdfFileName(requestedName), bytes),
    writeViewable: (requestedName, bytes, kind) => writeAs(safeAttachmentName(requestedName, kind), bytes),
    async remove(filePath) {
      if (!written.delete(filePath)) return;
      await fs.rm(path.dirname(filePath), { recursive: true, force: true });
    },
    async removeAll() {
      const all = [...written];
      written.clear();
      await Promise.all(all.map((filePath) => fs.rm(path.dirname(filePath), { recursive: true, force: true }).catch(() => undefined)));
    },
  };
}
