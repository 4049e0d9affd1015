/**
 * zod schemas of the backup file: the manifest and one record schema per table. Records are
 * checked, never transformed: what is restored is exactly what was read. Members the schema does
 * not know are kept (a later release may add a field within the same schema version).
 */
import { z } from 'zod';
import { CALENDAR_IDS } from '../calendar/types';
import { FORMS_OF_ADDRESS } from '../cases/form-of-address';
import {
  AUTHORITY_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  CHANNELS,
  DOCUMENT_LANGUAGES,
  NOTIFICATION_KINDS,
  OBLIGATION_STATUSES,
  type AttachmentRecord,
  type CaseRecord,
  type DocumentRecord,
  type ObligationRecord,
} from '../cases/model';
import { CASE_DOCUMENT_KINDS, DOCUMENT_SERIES } from '../documents/document-kinds';
import { REQUEST_LANGUAGES } from '../locale';
import { REQUEST_TYPES } from '../rules/request-types';
import { RULE_IDS } from '../rules/rule-id';
import { actionRecordSchema } from './action-schema';
import { actScanRecordSchema, registerVersionRowSchema, relationshipRowSchema } from './processing-schema';
import { auditEventSchema } from './audit-schema';
import { incidentAttachmentRecordSchema, incidentDocumentRecordSchema, incidentObligationRecordSchema, incidentRecordSchema } from './incident-schema';
import { MAX_ITERATIONS, MIN_ITERATIONS } from './crypto';
import { BACKUP_KINDS, type BackupManifest, type BackupTable } from './format';
import { CORRECTABLE_FIELDS } from '../cases/corrections';
import { auditRef, base64, day, hex64, id, instant, optionalDay, optionalInstant, optionalText, reasonMark, text } from './record-parts';
import { settingValueProblem } from './setting-schemas';
import type { Encoded, SameShape } from './same-shape';

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
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: hex64 }).optional(),
}) satisfies z.ZodType<BackupManifest>;

const blob = z.object({ type: z.string().max(255), base64 });

const subject = z.looseObject({
  fullName: text,
  iin: optionalText,
  birthDate: optionalText,
  email: optionalText,
  phone: optionalText,
  address: optionalText,
  formOfAddress: z.enum(FORMS_OF_ADDRESS).optional(),
});

export const correctionValueSchema = z.union([text, z.boolean(), z.array(text)]);

const caseCorrectionSchema = z.looseObject({
  id,
  field: z.enum(CORRECTABLE_FIELDS),
  from: correctionValueSchema,
  to: correctionValueSchema,
  ...reasonMark,
});

export const caseRecordSchema = z.looseObject({
  id,
  number: id,
  year: z.number().int().min(2000).max(2200),
  seq: z.number().int().positive(),
  status: z.enum(CASE_STATUSES),
  receivedAt: instant,
  enteredAt: instant,
  channel: z.enum(CHANNELS),
  language: z.enum(REQUEST_LANGUAGES),
  jurisdiction: z.literal('kz'),
  rfSubject: z.boolean(),
  requestTypes: z.array(z.enum(REQUEST_TYPES)),
  subject,
  representative: z
    .looseObject({
      fullName: text,
      iin: optionalText,
      authorityDocument: text,
      authorityKind: z.enum(AUTHORITY_KINDS).optional(),
      authorityNumber: optionalText,
      authorityDate: optionalDay,
      email: optionalText,
      address: optionalText,
      formOfAddress: z.enum(FORMS_OF_ADDRESS).optional(),
    })
    .optional(),
  description: text,
  subjectName: text,
  subjectIin: text,
  // Derived (shared/cases/search-tokens.ts): recomputed on restore; absent in files before schema version 5.
  searchTokens: z
    .array(z.tuple([z.string().max(1000), z.number()]).readonly())
    .max(5000)
    .default([]),
  nextDueAt: instant.or(z.literal('')),
  outcome: z.enum(CASE_OUTCOMES).optional(),
  closedAt: optionalInstant,
  replyAt: optionalInstant,
  updatedAt: instant,
  corrections: z.array(caseCorrectionSchema).optional(),
  withdrawal: z.looseObject(reasonMark).optional(),
  auditRef,
});

const obligationOutcomeSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('fulfilled'), actionId: text }),
  z.looseObject({ kind: z.literal('partly'), actionId: text }),
  z.looseObject({ kind: z.literal('refused'), actionId: text }),
  z.looseObject({ kind: z.literal('restricted'), actionId: text, until: z.string() }),
  z.looseObject({ kind: z.literal('impossible'), actionId: text }),
  z.looseObject({ kind: z.literal('followed-up'), actionId: text }),
  z.looseObject({ kind: z.literal('superseded'), by: text }),
  z.looseObject({ kind: z.literal('waived'), reason: text, at: instant }),
  z.looseObject({ kind: z.literal('not-applicable'), reason: text, at: instant }),
]);

export const obligationRecordSchema = z.looseObject({
  id,
  caseId: id,
  ruleId: z.enum(RULE_IDS),
  parentId: optionalText,
  triggerAt: instant,
  dueAt: instant,
  status: z.enum(OBLIGATION_STATUSES),
  urgentFromStart: z.boolean(),
  extended: z.boolean(),
  termCount: z.number().int().min(1).max(366).optional(),
  completedAt: optionalInstant,
  completedByActionId: optionalText,
  outcome: obligationOutcomeSchema.optional(),
  notified: z.array(z.enum(NOTIFICATION_KINDS)),
  auditRef,
});

export const attachmentRecordSchema = z.looseObject({
  id,
  caseId: id,
  actionId: optionalText,
  name: text,
  type: text,
  size: z.number().int().nonnegative(),
  sha256: hex64,
  addedAt: instant,
  blob,
  auditRef,
});

const optionalList = z.array(text).optional();

export const documentRecordSchema = z.looseObject({
  id,
  caseId: id.optional(),
  kind: z.enum(CASE_DOCUMENT_KINDS),
  number: id,
  date: day,
  language: z.enum(DOCUMENT_LANGUAGES),
  sha256: hex64,
  createdAt: instant,
  bytes: blob,
  signedAt: optionalInstant,
  signedScanId: optionalText,
  series: z.enum(DOCUMENT_SERIES).optional(),
  year: z.number().int().min(2000).max(2200).optional(),
  seq: z.number().int().positive().optional(),
  size: z.number().int().nonnegative().optional(),
  caseIds: optionalList,
  caseNumbers: optionalList,
  actionIds: optionalList,
  relationshipIds: optionalList,
  destroyedOn: optionalDay,
  voided: z.looseObject({ ...reasonMark, date: day }).optional(),
  destruction: z.looseObject({ at: instant, by: text, actor: text, recordedAt: instant }).optional(),
  actScanId: optionalText,
  annexOf: id.optional(),
  auditRef,
});

// Each schema names exactly the members of its record type (see same-shape.ts).
const _cases: SameShape<z.output<typeof caseRecordSchema>, CaseRecord> = true;
const _obligations: SameShape<z.output<typeof obligationRecordSchema>, ObligationRecord> = true;
const _attachments: SameShape<z.output<typeof attachmentRecordSchema>, Encoded<AttachmentRecord, 'blob'>> = true;
const _documents: SameShape<z.output<typeof documentRecordSchema>, Encoded<DocumentRecord, 'bytes'>> = true;

/** Rows of the tables renderer/db/database.ts types (test/unit/backup/record-schemas.test.ts ties them). */
export const settingRowSchema = z
  .looseObject({ key: id, value: z.unknown(), updatedAt: instant })
  // Each setting by its own schema: a value the app would not read is refused, not restored.
  .superRefine((row, ctx) => {
    const issue = settingValueProblem(row.key, row.value);
    if (issue !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: `setting ${row.key}: ${issue}` });
  });
export const counterRowSchema = z.looseObject({ key: id, value: z.number().int().nonnegative() });
export const calendarOverrideRowSchema = z.looseObject({
  id,
  calendar: z.enum(CALENDAR_IDS),
  date: day,
  working: z.boolean(),
  note: text,
  createdAt: instant,
  auditRef,
});

export const RECORD_SCHEMAS: Readonly<Record<BackupTable, z.ZodType>> = {
  settings: settingRowSchema,
  counters: counterRowSchema,
  calendarOverrides: calendarOverrideRowSchema,
  cases: caseRecordSchema,
  obligations: obligationRecordSchema,
  actions: actionRecordSchema,
  attachments: attachmentRecordSchema,
  documents: documentRecordSchema,
  processingRegister: registerVersionRowSchema,
  relationships: relationshipRowSchema,
  actScans: actScanRecordSchema,
  audit: auditEventSchema,
  incidents: incidentRecordSchema,
  incidentObligations: incidentObligationRecordSchema,
  incidentDocuments: incidentDocumentRecordSchema,
  incidentAttachments: incidentAttachmentRecordSchema,
};
