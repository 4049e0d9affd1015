/**
 * The anchor of the audit trail (shared/audit/anchor.ts), kept by main in a file of the user-data folder —
 * outside IndexedDB, so a database copied back, cut short or rewritten no longer matches it. Only a further
 * head replaces it; a restore (audited in the restored trail) replaces it outright.
 */
import { z } from 'zod';
import type { AuditAnchor } from '../../shared/audit/anchor';

export interface AnchorFile {
  read(): Promise<string | undefined>;
  /** Writes the whole file (atomically: a temporary file renamed over it). */
  write(json: string): Promise<void>;
}

export interface AnchorStore {
  read(): Promise<AuditAnchor | null>;
  /** Keeps `anchor` if it is further than the kept one (or `replace`); resolves to the anchor kept now. */
  keep(anchor: AuditAnchor, replace: boolean): Promise<AuditAnchor>;
}

const storedAnchor = z.object({
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  keptAt: z.string().max(40),
});

export function createAnchorStore(file: AnchorFile, now: () => Date = () => new Date()): AnchorStore {
  const read = async (): Promise<AuditAnchor | null> => {
    const json = await file.read();
    if (json === undefined) return null;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return null;
    }
    const parsed = storedAnchor.safeParse(value);
    return parsed.success ? { seq: parsed.data.seq, hash: parsed.data.hash } : null;
  };
  return {
    read,
    async keep(anchor, replace) {
      const kept = await read();
      if (!replace && kept !== null && kept.seq >= anchor.seq) return kept;
      await file.write(`${JSON.stringify({ seq: anchor.seq, hash: anchor.hash, keptAt: now().toISOString() })}\n`);
      return { seq: anchor.seq, hash: anchor.hash };
    },
  };
}
