/** zod pieces shared by the record schemas of the backup file (schema.ts, action-schema.ts, audit-schema.ts). */
import { z } from 'zod';

export const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');
export const text = z.string();
export const optionalText = z.string().optional();
export const id = z.string().min(1);
export const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');
