/** zod schemas of the breach register's tables in a backup file (schema version 5), tied to their record types. */
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../cases/model';
import {
  BREACH_DOCUMENT_KINDS,
  BREACH_LANGUAGES,
  DETECTION_METHODS,
  INCIDENT_OBLIGATION_STATUSES,
  INCIDENT_RULE_IDS,
  INCIDENT_STATUSES,
  type IncidentAttachmentRecord,
  type IncidentDocumentRecord,
  type IncidentObligationRecord,
  type IncidentRecord,
} from '../incidents/model';
import { base64, day, hex64, id, instant, optionalInstant, optionalText, text } from './record-parts';
import type { Encoded, SameShape } from './same-shape';

const blob = z.object({ type: z.string().max(255), base64 });
const count = z.number().int().nonnegative();

export const incidentRecordSchema = z.looseObject({
  id,
  number: id,
  year: z.number().int().min(2000).max(2200),
  seq: z.number().int().positive(),
  status: z.enum(INCIDENT_STATUSES),
  detectedAt: instant,
  detectedZone: text,
  detectionMethod: z.enum(DETECTION_METHODS),
  detectedBy: text,
  description: text,
  systems: z.array(text),
  dataCategories: z.array(text),
  subjects: z.looseObject({ categories: z.array(text), kzCount: count, rfCount: count }),
  rfConcerned: z.boolean(),
  causes: text,
  consequences: text,
  measuresTaken: text,
  measuresPlanned: text,
  subjectsContactData: text,
  contact: z.looseObject({ name: text, position: text, phone: text, email: text }),
  investigationResults: text,
  responsiblePersons: text,
  nextDueAt: instant.or(z.literal('')),
  enteredAt: instant,
  updatedAt: instant,
  closedAt: optionalInstant,
});

export const incidentObligationRecordSchema = z.looseObject({
  id,
  incidentId: id,
  ruleId: z.enum(INCIDENT_RULE_IDS),
  triggerAt: instant,
  dueAt: instant,
  status: z.enum(INCIDENT_OBLIGATION_STATUSES),
  urgentFromStart: z.boolean(),
  completedAt: optionalInstant,
  completedByDocumentId: optionalText,
  notified: z.array(z.enum(NOTIFICATION_KINDS)),
});

export const incidentDocumentRecordSchema = z.looseObject({
  id,
  incidentId: id,
  kind: z.enum(BREACH_DOCUMENT_KINDS),
  number: id,
  date: day,
  language: z.enum(BREACH_LANGUAGES),
  sha256: hex64,
  createdAt: instant,
  bytes: blob,
  series: z.literal('letter'),
  year: z.number().int().min(2000).max(2200),
  seq: z.number().int().positive(),
  size: count,
});

export const incidentAttachmentRecordSchema = z.looseObject({
  id,
  incidentId: id,
  name: text,
  type: text,
  size: count,
  sha256: hex64,
  addedAt: instant,
  blob,
});

const _incidents: SameShape<z.output<typeof incidentRecordSchema>, IncidentRecord> = true;
const _obligations: SameShape<z.output<typeof incidentObligationRecordSchema>, IncidentObligationRecord> = true;
const _documents: SameShape<z.output<typeof incidentDocumentRecordSchema>, Encoded<IncidentDocumentRecord, 'bytes'>> = true;
const _attachments: SameShape<z.output<typeof incidentAttachmentRecordSchema>, Encoded<IncidentAttachmentRecord, 'blob'>> = true;
