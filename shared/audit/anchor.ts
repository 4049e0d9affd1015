/**
 * The anchor of the audit trail: the position and hash of its head at a moment the app saw it. It is kept
 * where the database cannot rewrite it (a file of the main process, a separate browser store), printed on
 * every issued PDF and carried by the register CSV and every backup manifest, so a trail cut short or
 * rewritten (even with the app's own sealing function) no longer matches it.
 */
import { GENESIS_HASH } from './chain';

export interface AuditAnchor {
  /** seq of the head event (0: an empty trail). */
  readonly seq: number;
  /** Its hash (SHA-256 hex; the genesis hash for an empty trail). */
  readonly hash: string;
}

export const EMPTY_ANCHOR: AuditAnchor = { seq: 0, hash: GENESIS_HASH };

/** How many hex digits of the head hash a document prints. */
export const ANCHOR_HEX_DIGITS = 16;

export const isAnchor = (value: unknown): value is AuditAnchor =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as { seq?: unknown }).seq) &&
  (value as { seq: number }).seq >= 0 &&
  typeof (value as { hash?: unknown }).hash === 'string' &&
  /^[0-9a-f]{64}$/.test((value as { hash: string }).hash);

/** The anchor as printed: "#41 · 3fa9c1d2e4b5a6f7". */
export const anchorShort = (anchor: AuditAnchor): string => `#${anchor.seq} · ${anchor.hash.slice(0, ANCHOR_HEX_DIGITS)}`;

/** The line every issued PDF carries (both state and Russian wording: it is the same on every version). */
export const anchorLine = (anchor: AuditAnchor): string => `Аудит журналы / Журнал аудита ${anchorShort(anchor)}`;

/**
 * Whether `next` may replace the kept anchor: it is further along the same trail, which the caller has
 * checked holds `kept` at kept.seq (`hashAtKept`).
 */
export const extendsAnchor = (kept: AuditAnchor | null, next: AuditAnchor, hashAtKept: string | undefined): boolean =>
  kept === null || (next.seq > kept.seq && hashAtKept === kept.hash);
