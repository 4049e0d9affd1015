/** Intake values → a registered case with its obligations computed on the calendars. */
import { intakeObligations } from '../../../shared/cases/deadlines';
import type { IntakeValues } from '../../../shared/cases/intake-schema';
import type { CaseRecord } from '../../../shared/cases/model';
import { localInputToInstant, zonedParts } from '../../../shared/format';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { createCase } from '../../db/case-repository';
import { database } from '../../db/database';
import type { Settings } from '../../db/settings-repository';
import { loadDeadlineContext } from './deadline-context';

export const CURRENT_ACTOR = 'dpo';

export async function registerRequest(values: IntakeValues, files: readonly File[], settings: Settings, now: Date = new Date()): Promise<CaseRecord> {
  const db = database();
  const received = localInputToInstant(values.receivedAt, settings.displayTimeZone);
  if (received === undefined) throw new RangeError(`not a wall time: ${values.receivedAt}`);
  const receivedAt = received.toISOString();
  const context = await loadDeadlineContext(db, settings);
  const obligations = intakeObligations({ receivedAt, requestTypes: values.requestTypes, rfSubject: values.rfSubject }, context);
  const registrationYear = zonedParts(now, DEFAULT_TIME_ZONE).year;
  const optional = (value: string) => (value === '' ? undefined : value);
  return createCase(
    db,
    {
      receivedAt,
      enteredAt: now.toISOString(),
      registrationYear,
      channel: values.channel,
      language: values.language,
      rfSubject: values.rfSubject,
      requestTypes: values.requestTypes,
      subject: {
        fullName: values.subject.fullName,
        iin: optional(values.subject.iin.replace(/\s/g, '')),
        birthDate: optional(values.subject.birthDate),
        email: optional(values.subject.email),
        phone: optional(values.subject.phone),
        address: optional(values.subject.address),
      },
      representative: values.onBehalf ? { fullName: values.representative.fullName, authorityDocument: values.representative.authorityDocument } : undefined,
      description: values.description,
    },
    obligations,
    files.map((file) => ({ name: file.name, type: file.type, blob: file })),
    CURRENT_ACTOR,
  );
}
