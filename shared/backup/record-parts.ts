/** zod pieces shared by the record schemas of the backup file (schema.ts, action-schema.ts, audit-schema.ts). */
import { z } from 'zod';
import { parseInstant } from '../time/instant';

/** Longest free text a record may hold (notes, descriptions, names …): what the app's own forms allow and more. */
export const MAX_TEXT = 20_000;

export const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');
export const text = z.string().max(MAX_TEXT);
export const optionalText = text.optional();
export const id = z.string().min(1).max(200);
export const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

/** An instant as the app stores and reads it (shared/time parseInstant): ISO 8601 with a time and Z or an offset. */
export const instant = z
  .string()
  .max(40)
  .refine(
    (value) => {
      try {
        parseInstant(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected an ISO 8601 instant (e.g. 2026-05-10T05:00:00.000Z)' },
  );
export const optionalInstant = instant.optional();

/** A calendar date, YYYY-MM-DD, that exists. */
export const day = z.iso.date();
export const optionalDay = day.optional();

/** A decision with a reason (withdrawal, void): when, why, who. */
export const reasonMark = { at: instant, reason: text, actor: text };
/** The audit event that last wrote a record (shared/audit/record-seal.ts). */
export const auditRef = z.looseObject({ seq: z.number().int().positive(), hash: hex64 }).optional();
