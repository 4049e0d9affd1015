/**
 * The browser's keeper of the audit trail's anchor: a separate store (localStorage), not IndexedDB, with the
 * rule main's file follows (electron/main/anchor-store.ts): only a further head replaces it, or a restore.
 */
import { isAnchor, type AuditAnchor } from '../../shared/audit/anchor';

export const ANCHOR_STORAGE_KEY = 'qorgau.auditAnchor';

export type AnchorStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readStoredAnchor(storage: AnchorStorage): AuditAnchor | null {
  const json = storage.getItem(ANCHOR_STORAGE_KEY);
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return isAnchor(value) ? { seq: value.seq, hash: value.hash } : null;
  } catch {
    return null;
  }
}

export function keepStoredAnchor(storage: AnchorStorage, anchor: AuditAnchor, replace: boolean): AuditAnchor {
  const kept = readStoredAnchor(storage);
  if (!replace && kept !== null && kept.seq >= anchor.seq) return kept;
  storage.setItem(ANCHOR_STORAGE_KEY, JSON.stringify({ seq: anchor.seq, hash: anchor.hash }));
  return { seq: anchor.seq, hash: anchor.hash };
}
