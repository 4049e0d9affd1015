/**
 * Versions of the register: which one is in force on a day, what a new version changes, and whether it may
 * take effect on the day asked. A new version never takes effect before the latest one (answers already given
 * cite that one); on the same day, the later saved version prevails.
 */
import { canonicalJson } from '../audit/canonical-json';
import { parseDateKey } from '../time/civil-date';
import type { ProcessingActivity, RegisterVersionRecord } from './model';

/** The version in force on `day` (YYYY-MM-DD): the latest saved among those effective on or before it. */
export const versionInForce = <V extends Pick<RegisterVersionRecord, 'version' | 'effectiveFrom'>>(versions: readonly V[], day: string): V | undefined => {
  let best: V | undefined;
  for (const v of versions) {
    if (v.effectiveFrom > day) continue;
    if (best === undefined || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version)) best = v;
  }
  return best;
};

/** The latest version saved (the one a new version follows). */
export const latestVersion = <V extends Pick<RegisterVersionRecord, 'version'>>(versions: readonly V[]): V | undefined =>
  versions.reduce<V | undefined>((best, v) => (best === undefined || v.version > best.version ? v : best), undefined);

export type EffectiveProblem = 'reg.error.date' | 'reg.error.before-latest';

/** Why a new version may not take effect on `effectiveFrom`, if it may not. */
export const effectiveProblem = (latest: Pick<RegisterVersionRecord, 'effectiveFrom'> | undefined, effectiveFrom: string): EffectiveProblem | undefined => {
  if (parseDateKey(effectiveFrom) === undefined) return 'reg.error.date';
  if (latest !== undefined && effectiveFrom < latest.effectiveFrom) return 'reg.error.before-latest';
  return undefined;
};

export interface RegisterChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** Activity ids a new version adds, removes and changes against the previous one. */
export const registerChange = (before: readonly ProcessingActivity[], after: readonly ProcessingActivity[]): RegisterChange => {
  const old = new Map(before.map((a) => [a.id, canonicalJson(a)]));
  const now = new Map(after.map((a) => [a.id, canonicalJson(a)]));
  return {
    added: after.filter((a) => !old.has(a.id)).map((a) => a.id),
    removed: before.filter((a) => !now.has(a.id)).map((a) => a.id),
    changed: after.filter((a) => old.has(a.id) && old.get(a.id) !== now.get(a.id)).map((a) => a.id),
  };
};

export const isEmptyChange = (change: RegisterChange): boolean => change.added.length + change.removed.length + change.changed.length === 0;
