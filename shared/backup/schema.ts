/**
 * zod schemas of the backup file: the manifest and one record schema per table. Records are
 * checked, never transformed: what is restored is exactly what was read. Members the schema does
 * not know are kept (a later release may add a field within the same schema version).
 */
import { z } from 'zod';
import { CASE_OUTCOMES, CASE_STATUSES, CHANNELS, OBLIGATION_STATUSES } from '../cases/model';
import { REQUEST_LANGUAGES } from '../locale';
import { BACKUP_KINDS, type BackupManifest, type BackupTable } from './format';
import { MAX_ITERATIONS, MIN_ITERATIONS } from './crypto';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');
const text = z.string();
const optionalText = z.string().optional();
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

export const encryptionHeaderSchema = z.object({
  cipher: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
  salt: base64.length(24), // 16 bytes, as docs/backup-format.md and its JSON Schema say
  iv: base64.length(16),
});

export const manifestSchema = z.object({
  app: z.literal('Qorgau'),
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  kind: z.enum(BACKUP_KINDS),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  payloadBytes: z.number().int().nonnegative(),
  payloadSha256: hex64,
  encryption: encryptionHeaderSchema.nullable(),
}) satisfies z.ZodType<BackupManifest>;

const blob = z.object({ type: z.string().max(255), base64 });

const subject = z.looseObject({
  fullName: text,
  iin: optionalText,
  birthDate: optionalText,
  email: optionalText,
  phone: optionalText,
  address: optionalText,
});

export const RECORD_SCHEMAS: Readonly<Record<BackupTable, z.ZodType>> = {
  settings: z.looseObject({ key: z.string().min(1), value: z.unknown(), updatedAt: text }),
  counters: z.looseObject({ key: z.string().min(1), value: z.number().int() }),
  calendarOverrides: z.looseObject({
    id: z.string().min(1),
    calendar: z.enum(['kz', 'ru']),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    working: z.boolean(),
    note: text,
    createdAt: text,
  }),
  cases: z.looseObject({
    id: z.string().min(1),
    number: z.string().min(1),
    year: z.number().int(),
    seq: z.number().int().nonnegative(),
    status: z.enum(CASE_STATUSES),
    receivedAt: text,
    enteredAt: text,
    channel: z.enum(CHANNELS),
    language: z.enum(REQUEST_LANGUAGES),
    jurisdiction: text,
    rfSubject: z.boolean(),
    requestTypes: z.array(text),
    subject,
    representative: z.looseObject({ fullName: text, iin: optionalText, authorityDocument: text }).optional(),
    description: text,
    subjectName: text,
    subjectIin: text,
    nextDueAt: text,
    outcome: z.enum(CASE_OUTCOMES).optional(),
    closedAt: optionalText,
    replyAt: optionalText,
    updatedAt: text,
  }),
  obligations: z.looseObject({
    id: z.string().min(1),
    caseId: z.string().min(1),
    ruleId: z.string().min(1),
    parentId: optionalText,
    triggerAt: text,
    dueAt: text,
    status: z.enum(OBLIGATION_STATUSES),
    urgentFromStart: z.boolean(),
    extended: z.boolean(),
    completedAt: optionalText,
    completedByActionId: optionalText,
    notified: z.array(text),
  }),
  actions: z.looseObject({
    id: z.string().min(1),
    caseId: z.string().min(1),
    obligationId: optionalText,
    kind: z.string().min(1),
    at: text,
    recordedAt: text,
    actor: text,
    note: text,
    data: z.record(z.string(), z.unknown()),
  }),
  attachments: z.looseObject({
    id: z.string().min(1),
    caseId: z.string().min(1),
    actionId: optionalText,
    name: text,
    type: text,
    size: z.number().int().nonnegative(),
    sha256: hex64,
    addedAt: text,
    blob,
  }),
  documents: z.looseObject({
    id: z.string().min(1),
    caseId: z.string().min(1),
    kind: z.string().min(1),
    number: z.string().min(1),
    date: text,
    language: z.enum(['kk', 'ru', 'both']),
    sha256: text,
    createdAt: text,
    bytes: blob,
    signedAt: optionalText,
    signedScanId: optionalText,
  }),
  audit: z.looseObject({
    seq: z.number().int().positive(),
    at: text,
    actor: text,
    type: z.string().min(1),
    caseId: optionalText,
    data: z.unknown(),
    prevHash: hex64,
    hash: hex64,
  }),
};
