/** Record schemas of the register of processing activities and the relationships (schema version 5). */
import { z } from 'zod';
import { registerVersionSchema } from '../processing/schema';
import { RELATIONSHIP_STATUSES, type RelationshipRecord } from '../processing/relationship';
import type { ActScanRecord } from '../documents/act-scan';
import { auditRef, base64, hex64, day, id, instant, optionalDay, optionalInstant, optionalText, text } from './record-parts';
import type { Encoded, SameShape } from './same-shape';

/** A register version exactly as the app validates an imported one (every activity complete). */
export const registerVersionRowSchema = registerVersionSchema;

export const relationshipRowSchema = z.looseObject({
  id,
  subjectIin: text,
  subjectName: text,
  rfSubject: z.boolean(),
  contractNo: text,
  activityId: id,
  system: text,
  createdAt: instant,
  opened: day,
  ended: optionalDay,
  lastOperation: optionalDay,
  consentWithdrawn: optionalDay,
  destroyOn: day.or(z.literal('')),
  status: z.enum(RELATIONSHIP_STATUSES),
  destroyedAt: optionalInstant,
  actNumber: optionalText,
});

const _relationships: SameShape<z.output<typeof relationshipRowSchema>, RelationshipRecord> = true;

/** The scan of a signed act of scheduled destruction (schema version 8). */
export const actScanRecordSchema = z.looseObject({
  id,
  documentId: id,
  name: text,
  type: text,
  size: z.number().int().nonnegative(),
  sha256: hex64,
  addedAt: instant,
  blob: z.object({ type: z.string().max(255), base64 }),
  auditRef,
});

const _actScans: SameShape<z.output<typeof actScanRecordSchema>, Encoded<ActScanRecord, 'blob'>> = true;
