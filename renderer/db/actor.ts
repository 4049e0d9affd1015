/**
 * Who the audit trail names as having acted: a person of the organisation profile (the DPO or a deputy),
 * chosen in Settings or at unlock on a shared computer. Events written before people were named say 'dpo'.
 */
import { profilePeople, type OrgProfileSetting } from '../../shared/documents/profile-schema';

/** The actor of events written before the profile named people (and while it names none). */
export const LEGACY_ACTOR = 'dpo';

let current = LEGACY_ACTOR;

/** The person acting now, as the steps write it into their audit events. */
export const currentActor = (): string => current;

export function setCurrentActor(name: string): void {
  current = name.trim() === '' ? LEGACY_ACTOR : name.trim();
}

/** The chosen person while the profile still names them; else the profile's DPO; else the legacy actor. */
export function resolveActor(chosen: string | null, profile: OrgProfileSetting | null): string {
  const people = profilePeople(profile);
  if (chosen !== null && people.some((p) => p.name === chosen)) return chosen;
  return people[0]?.name ?? LEGACY_ACTOR;
}
