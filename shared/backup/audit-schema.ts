/**
 * zod schema of the audit table: one member per event type, each with the data of its type, tied to
 * AuditEvent (shared/audit/events.ts). The hash chain is verified apart (codec.ts).
 */
import { z } from 'zod';
import { ACTION_EVENT_TYPES, AUDITED_SETTING_KEYS, type AuditEvent } from '../audit/events';
import { SEALED_TABLES } from '../audit/record-seal';
import { ACTION_KINDS } from '../cases/action-kinds';
import { FORMS_OF_ADDRESS } from '../cases/form-of-address';
import { ACTION_CORRECTABLE_FIELDS, CORRECTABLE_FIELDS } from '../cases/corrections';
import { CALENDAR_IDS } from '../calendar/types';
import { AUTHORITY_KINDS, CASE_OUTCOMES, CHANNELS, DOCUMENT_LANGUAGES } from '../cases/model';
import { CASE_DOCUMENT_KINDS } from '../documents/document-kinds';
import { REQUEST_LANGUAGES } from '../locale';
import { REQUEST_TYPES } from '../rules/request-types';
import { RULE_IDS } from '../rules/rule-id';
import { BREACH_DOCUMENT_KINDS, BREACH_LANGUAGES, EDITABLE_INCIDENT_FIELDS, INCIDENT_RULE_IDS, INCIDENT_STATUSES } from '../incidents/model';
import { actionDataSchema } from './action-schema';
import { day, hex64, id, instant, optionalText, text } from './record-parts';
import type { SameShape } from './same-shape';

const count = z.number().int().nonnegative();
const fileRef = z.looseObject({ name: text, sha256: text, size: count });
const dueRef = z.looseObject({ ruleId: z.enum(RULE_IDS), dueAt: instant });
const counts = z.record(z.string(), count);
const incidentDueRef = z.looseObject({ ruleId: z.enum(INCIDENT_RULE_IDS), dueAt: instant });
const redated = z.array(z.looseObject({ obligationId: text, ruleId: z.enum(RULE_IDS), triggerAt: text, from: text, to: text }));
const correctionValue = z.union([text, z.boolean(), z.array(text)]);

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
        .looseObject({
          fullName: text,
          iin: optionalText,
          birthDate: optionalText,
          email: optionalText,
          phone: optionalText,
          address: optionalText,
          formOfAddress: z.enum(FORMS_OF_ADDRESS).optional(),
        })
        .optional(),
      representative: z
        .looseObject({
          fullName: text,
          iin: optionalText,
          authorityDocument: text,
          authorityKind: z.enum(AUTHORITY_KINDS).optional(),
          authorityNumber: optionalText,
          authorityDate: optionalText,
          email: optionalText,
          address: optionalText,
          formOfAddress: z.enum(FORMS_OF_ADDRESS).optional(),
        })
        .optional(),
      description: optionalText,
      rfSubject: z.boolean().optional(),
    }),
  ),
  event(z.literal('case.annotated'), z.looseObject({ note: text })),
  event(
    z.literal('case.corrected'),
    z.looseObject({
      field: z.enum(CORRECTABLE_FIELDS),
      from: correctionValue,
      to: correctionValue,
      reason: text,
      redated,
      added: z.array(dueRef),
      dropped: z.array(text),
      documentsOnEarlierData: z.array(text),
    }),
  ),
  event(
    z.literal('case.action-corrected'),
    z.looseObject({ actionId: text, kind: z.enum(ACTION_KINDS), field: z.enum(ACTION_CORRECTABLE_FIELDS), from: text, to: text, reason: text, redated }),
  ),
  event(z.literal('case.withdrawn'), z.looseObject({ number: text, reason: text, dropped: z.array(text) })),
  event(z.literal('case.reopened'), z.looseObject({ reason: text, reopened: z.array(text) })),
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
  event(
    z.literal('document.voided'),
    z.looseObject({
      documentId: id,
      kind: z.enum(CASE_DOCUMENT_KINDS),
      number: text,
      sha256: text,
      date: text,
      reason: text,
      relationshipsReoffered: count.optional(),
    }),
  ),
  event(z.literal('backup.exported'), z.looseObject(exported)),
  event(
    z.literal('incident.registered'),
    z.looseObject({
      incidentId: id,
      number: text,
      detectedAt: instant,
      detectedZone: text,
      rfConcerned: z.boolean(),
      obligations: z.array(incidentDueRef),
      attachments: z.array(fileRef),
    }),
  ),
  event(
    z.literal('incident.updated'),
    z.looseObject({
      incidentId: id,
      number: text,
      fields: z.array(z.enum(EDITABLE_INCIDENT_FIELDS)),
      spawns: z.array(incidentDueRef),
      attachments: z.array(fileRef),
    }),
  ),
  event(
    z.literal('incident.clocks-recomputed'),
    z.looseObject({ cause: text, moved: z.array(z.looseObject({ id: text, incidentId: text, from: text, to: text })) }),
  ),
  event(
    z.literal('incident.status-changed'),
    z.looseObject({ incidentId: id, number: text, from: z.enum(INCIDENT_STATUSES), to: z.enum(INCIDENT_STATUSES), note: text }),
  ),
  event(
    z.literal('incident.document-issued'),
    z.looseObject({
      incidentId: id,
      documentId: id,
      kind: z.enum(BREACH_DOCUMENT_KINDS),
      number: text,
      date: text,
      language: z.enum(BREACH_LANGUAGES),
      sha256: text,
      size: count,
      completes: z.array(text),
    }),
  ),
  event(
    z.literal('register.version-saved'),
    z.looseObject({
      versionId: id,
      version: count,
      effectiveFrom: day,
      source: z.enum(['edit', 'starter', 'import']),
      note: text,
      activities: count,
      added: z.array(text),
      removed: z.array(text),
      changed: z.array(text),
    }),
  ),
  event(z.literal('relationships.imported'), z.looseObject({ system: text, fileName: text, sha256: text, rows: count, imported: count, skipped: count })),
  event(
    z.literal('relationships.destroyed'),
    z.looseObject({ documentId: id, actNumber: text, destroyedAt: text, destroyedBy: text.optional(), relationships: count }),
  ),
  event(z.literal('settings.changed'), z.looseObject({ key: z.enum(AUDITED_SETTING_KEYS), before: z.unknown(), after: z.unknown() })),
  event(z.literal('backup.restored'), z.looseObject({ ...exported, createdAt: text, appVersion: text, schemaVersion: z.number().int() })),
]);

const _audit: SameShape<z.output<typeof auditEventSchema>, AuditEvent> = true;
