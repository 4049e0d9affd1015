/**
 * zod schema of the audit table: one member per event type, each with the data of its type, tied to
 * AuditEvent (shared/audit/events.ts). The hash chain is verified apart (codec.ts).
 */
import { z } from 'zod';
import { ACTION_EVENT_TYPES, AUDITED_SETTING_KEYS, type AuditEvent } from '../audit/events';
import { SEALED_TABLES } from '../audit/record-seal';
import { CALENDAR_IDS } from '../calendar/types';
import { CASE_OUTCOMES, CHANNELS, DOCUMENT_LANGUAGES } from '../cases/model';
import { CASE_DOCUMENT_KINDS } from '../documents/document-kinds';
import { REQUEST_LANGUAGES } from '../locale';
import { REQUEST_TYPES } from '../rules/request-types';
import { RULE_IDS } from '../rules/rule-id';
import { actionDataSchema } from './action-schema';
import { day, hex64, id, instant, optionalText, text } from './record-parts';
import type { SameShape } from './same-shape';

const count = z.number().int().nonnegative();
const fileRef = z.looseObject({ name: text, sha256: text, size: count });
const dueRef = z.looseObject({ ruleId: z.enum(RULE_IDS), dueAt: instant });
const counts = z.record(z.string(), count);

const event = <T extends z.ZodType, D extends z.ZodType>(type: T, data: D) =>
  z.looseObject({
    seq: z.number().int().positive(),
    at: instant,
    actor: text,
    type,
    caseId: optionalText,
    data,
    records: z.array(z.looseObject({ table: z.enum(SEALED_TABLES), id, sha256: hex64.nullable() })).optional(),
    prevHash: hex64,
    hash: hex64,
  });

const calendarDay = { calendar: z.enum(CALENDAR_IDS), date: day, working: z.boolean() };
const exported = { fileName: text, payloadSha256: text, encrypted: z.boolean(), counts };

export const auditEventSchema = z.discriminatedUnion('type', [
  event(
    z.literal('case.created'),
    z.looseObject({
      number: text,
      receivedAt: instant,
      channel: z.enum(CHANNELS),
      language: z.enum(REQUEST_LANGUAGES),
      requestTypes: z.array(z.enum(REQUEST_TYPES)),
      obligations: z.array(dueRef),
      attachments: z.array(fileRef),
      subject: z
        .looseObject({ fullName: text, iin: optionalText, birthDate: optionalText, email: optionalText, phone: optionalText, address: optionalText })
        .optional(),
      representative: z.looseObject({ fullName: text, iin: optionalText, authorityDocument: text }).optional(),
      description: optionalText,
      rfSubject: z.boolean().optional(),
    }),
  ),
  event(z.literal('case.annotated'), z.looseObject({ note: text })),
  event(
    z.enum(ACTION_EVENT_TYPES),
    z.looseObject({
      at: text,
      note: text,
      obligationId: optionalText,
      data: actionDataSchema,
      completes: z.array(text),
      spawns: z.array(dueRef),
      extends: z.array(z.looseObject({ obligationId: text, dueAt: text })),
      closes: z.enum(CASE_OUTCOMES).optional(),
      attachments: z.array(fileRef),
    }),
  ),
  event(z.literal('deadlines.recomputed'), z.looseObject({ cause: text, moved: z.array(z.looseObject({ id: text, caseId: text, from: text, to: text })) })),
  event(z.literal('calendar.override-set'), z.looseObject({ ...calendarDay, note: text })),
  event(z.literal('calendar.override-removed'), z.looseObject(calendarDay)),
  event(
    z.enum(['calendar.file-applied', 'calendar.file-removed']),
    z.looseObject({
      calendar: z.enum(CALENDAR_IDS),
      fileName: text,
      sha256: text,
      title: text,
      years: z.array(z.number().int()),
      changed: z.array(z.looseObject({ date: text, working: z.boolean() })),
    }),
  ),
  event(
    z.literal('document.issued'),
    z.looseObject({
      documentId: id,
      kind: z.enum(CASE_DOCUMENT_KINDS),
      number: text,
      date: text,
      language: z.enum(DOCUMENT_LANGUAGES),
      sha256: text,
      size: count,
      cases: count,
    }),
  ),
  event(z.literal('document.signed'), z.looseObject({ documentId: id, number: text, scan: fileRef })),
  event(z.literal('document.deleted'), z.looseObject({ documentId: id, kind: z.enum(CASE_DOCUMENT_KINDS), number: text, sha256: text })),
  event(z.literal('backup.exported'), z.looseObject(exported)),
  event(z.literal('settings.changed'), z.looseObject({ key: z.enum(AUDITED_SETTING_KEYS), before: z.unknown(), after: z.unknown() })),
  event(z.literal('backup.restored'), z.looseObject({ ...exported, createdAt: text, appVersion: text, schemaVersion: z.number().int() })),
]);

const _audit: SameShape<z.output<typeof auditEventSchema>, AuditEvent> = true;
