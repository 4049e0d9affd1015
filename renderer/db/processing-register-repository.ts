/**
 * The register of processing activities as stored: one row per version, never changed once written. Saving a
 * version is one transaction that re-reads the latest version, checks the new one (every field, the effective
 * day), writes it with its audit event and moves the retention clock of the relationships whose activity
 * changed — all or nothing.
 */
import type { ProcessingActivity, RegisterVersionRecord, VersionSource } from '../../shared/processing/model';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import { destructionDate } from '../../shared/processing/retention';
import { activitiesSchema, problemsOf, type RegisterProblem } from '../../shared/processing/schema';
import { effectiveProblem, isEmptyChange, latestVersion, registerChange } from '../../shared/processing/versions';
import { appendAudit } from './audit-log';
import type { QorgauDatabase } from './database';

export class RegisterWriteError extends Error {
  constructor(readonly problems: readonly RegisterProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.code}`).join('; '));
    this.name = 'RegisterWriteError';
  }
}

export interface NewRegisterVersion {
  readonly activities: readonly ProcessingActivity[];
  readonly effectiveFrom: string;
  readonly source: VersionSource;
  readonly note: string;
}

/** Every version, newest first. */
export const listRegisterVersions = async (db: QorgauDatabase): Promise<RegisterVersionRecord[]> =>
  (await db.processingRegister.orderBy('version').toArray()).reverse();

/** The relationships whose activity is named, with the destruction day the version gives them (changed ones only). */
export const reclock = (rows: readonly RelationshipRecord[], activities: readonly ProcessingActivity[]): RelationshipRecord[] => {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const out: RelationshipRecord[] = [];
  for (const row of rows) {
    const activity = byId.get(row.activityId);
    if (activity === undefined || row.status !== 'kept') continue;
    const destroyOn = destructionDate(activity.retention, row);
    if (destroyOn !== row.destroyOn) out.push({ ...row, destroyOn });
  }
  return out;
};

/** Stores a new version (or nothing: RegisterWriteError names every problem). */
export async function saveRegisterVersion(db: QorgauDatabase, draft: NewRegisterVersion, actor: string, now: string): Promise<RegisterVersionRecord> {
  const parsed = activitiesSchema.safeParse(draft.activities);
  if (!parsed.success) throw new RegisterWriteError(problemsOf(parsed.error, 'activities'));
  const activities = parsed.data as readonly ProcessingActivity[];
  return db.transaction('rw', [db.processingRegister, db.relationships, db.audit], async () => {
    const latest = latestVersion(await db.processingRegister.toArray());
    const dateProblem = effectiveProblem(latest, draft.effectiveFrom);
    if (dateProblem !== undefined) throw new RegisterWriteError([{ path: 'effectiveFrom', code: dateProblem }]);
    const change = registerChange(latest?.activities ?? [], activities);
    if (latest !== undefined && isEmptyChange(change)) throw new RegisterWriteError([{ path: 'activities', code: 'reg.error.unchanged' }]);
    const record: RegisterVersionRecord = {
      id: globalThis.crypto.randomUUID(),
      version: (latest?.version ?? 0) + 1,
      effectiveFrom: draft.effectiveFrom,
      savedAt: now,
      source: draft.source,
      note: draft.note.trim(),
      activities,
    };
    await db.processingRegister.add(record);
    const touched = [...change.added, ...change.changed];
    if (touched.length > 0) {
      const rows = await db.relationships.where('activityId').anyOf(touched).toArray();
      const moved = reclock(rows, activities);
      if (moved.length > 0) await db.relationships.bulkPut(moved);
    }
    await appendAudit(db, actor, now, [
      {
        type: 'register.version-saved',
        data: {
          versionId: record.id,
          version: record.version,
          effectiveFrom: record.effectiveFrom,
          source: record.source,
          note: record.note,
          activities: activities.length,
          added: change.added,
          removed: change.removed,
          changed: change.changed,
        },
      },
    ]);
    return record;
  });
}
