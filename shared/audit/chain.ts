/**
 * The append-only audit trail is a hash chain: each event's hash is SHA-256 over the previous
 * event's hash and the canonical JSON of the event itself (WebCrypto, available in the renderer and
 * in Node). Changing, removing or reordering any event breaks every later link, and
 * `verifyChain` names the first broken one.
 */
import { canonicalJson } from './canonical-json';
import type { RecordSeal } from './record-seal';

export type { AuditDraft, AuditEvent, AuditEventBody, AuditEventData, AuditEventType } from './events';

/** The hash the first event links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What is hashed: everything of the event except its own hash. The chain hashes any body; what the app
 * writes is typed per event type in events.ts (AuditEventBody), and every such body is a ChainBody.
 */
export interface ChainBody {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly type: string;
  readonly caseId?: string | undefined;
  readonly data: unknown;
  /** The records the event wrote, each with its digest as written (record-seal.ts); absent on older events. */
  readonly records?: readonly RecordSeal[] | undefined;
}

/** The link a sealed event adds to its body. */
export interface ChainSeal {
  readonly prevHash: string;
  readonly hash: string;
}

export type ChainEvent = ChainBody & ChainSeal;

const hex = (bytes: ArrayBuffer): string => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return hex(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** The text whose SHA-256 is the event's hash. */
export function linkText(prevHash: string, body: ChainBody): string {
  const { seq, at, actor, type, caseId, data, records } = body;
  return `${prevHash}\n${canonicalJson({ seq, at, actor, type, caseId, data, records })}`;
}

/** The body with its link: a typed body (AuditEventBody) gives a typed event (AuditEvent). */
export async function sealEvent<B extends ChainBody>(prevHash: string, body: B): Promise<B & ChainSeal> {
  return { ...body, prevHash, hash: await sha256Hex(linkText(prevHash, body)) };
}

export type ChainVerdict =
  | { readonly ok: true; readonly count: number; readonly lastHash: string }
  | {
      readonly ok: false;
      readonly count: number;
      /** seq of the first event that does not hold. */
      readonly brokenAt: number;
      readonly reason: 'hash-mismatch' | 'link-mismatch' | 'sequence-gap';
    };

/** Checks events in order of seq, from the genesis hash. */
export async function verifyChain(events: Iterable<ChainEvent> | AsyncIterable<ChainEvent>): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq: number | undefined;
  let count = 0;
  for await (const event of events) {
    if (expectedSeq !== undefined && event.seq !== expectedSeq) {
      return { ok: false, count, brokenAt: event.seq, reason: 'sequence-gap' };
    }
    if (event.prevHash !== prevHash) return { ok: false, count, brokenAt: event.seq, reason: 'link-mismatch' };
    if ((await sha256Hex(linkText(prevHash, event))) !== event.hash) {
      return { ok: false, count, brokenAt: event.seq, reason: 'hash-mismatch' };
    }
    prevHash = event.hash;
    expectedSeq = event.seq + 1;
    count += 1;
  }
  return { ok: true, count, lastHash: prevHash };
}
