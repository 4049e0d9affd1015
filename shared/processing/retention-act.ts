/**
 * The act of a scheduled destruction: relationships of the destruction queue whose storage term expired
 * (seed policy §4.3–4.4). Reason "storage term expired"; the legal ground adds each activity's retention
 * basis as the register states it; the information systems are those the relationships live in; the
 * categories are the activities' data categories. It answers no request: no cases, one subject row per
 * relationship (identifier: masked IIN and contract number).
 */
import type { Bilingual } from '../documents/model';
import type { ActDefaults } from '../documents/profile-schema';
import { processorOf } from '../documents/profile-schema';
import type { DestructionActInput, OrgProfile } from '../documents/model';
import { maskIin } from '../validation';
import type { ProcessingActivity } from './model';
import type { RelationshipRecord } from './relationship';

export interface RetentionActArgs {
  readonly org: OrgProfile;
  readonly defaults: ActDefaults;
  readonly act: { readonly number: string; readonly date: string };
  readonly relationships: readonly RelationshipRecord[];
  /** The register's activities in force (the relationships' activityId name them). */
  readonly activities: readonly ProcessingActivity[];
  /** When the data were destroyed in the systems (ISO instant). */
  readonly destroyedAt: string;
}

const distinct = (items: readonly Bilingual[]): Bilingual[] => {
  const seen = new Set<string>();
  return items.filter((b) => {
    const key = `${b.kk}\u0000${b.ru}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The activities the relationships fall under, in the order first met; throws RangeError for one not in the register. */
export const activitiesOf = (relationships: readonly RelationshipRecord[], activities: readonly ProcessingActivity[]): ProcessingActivity[] => {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const out: ProcessingActivity[] = [];
  for (const r of relationships) {
    const activity = byId.get(r.activityId);
    if (activity === undefined) throw new RangeError(`activity not in the register: ${r.activityId}`);
    if (!out.includes(activity)) out.push(activity);
  }
  return out;
};

export const retentionActInputOf = (args: RetentionActArgs): DestructionActInput => {
  const { org, defaults, relationships } = args;
  if (relationships.length === 0) throw new RangeError('an act needs at least one relationship');
  const activities = activitiesOf(relationships, args.activities);
  const processor = processorOf(defaults);
  const systems = [...new Set(relationships.map((r) => r.system))].sort((a, b) => a.localeCompare(b));
  // Met when every relationship was destroyed by the end of its day (Almaty); else the first missed day, with the late contracts.
  const endOf = (day: string) => `${day}T23:59:59+05:00`;
  const dues = relationships.map((r) => r.destroyOn).filter((d) => d !== '');
  const late = relationships.filter((r) => r.destroyOn !== '' && Date.parse(endOf(r.destroyOn)) < Date.parse(args.destroyedAt));
  const firstLate = late.map((r) => r.destroyOn).sort()[0];
  const latestDue = [...dues].sort().at(-1);
  const lateNumbers = late.map((r) => r.contractNo).join(', ');
  const byId = new Map(activities.map((a) => [a.id, a]));
  return {
    org,
    act: args.act,
    ...(processor === undefined ? {} : { processor }),
    cases: [],
    subjects: relationships.map((r) => ({
      fullName: r.subjectName,
      identifier: { kk: `ЖСН ${maskIin(r.subjectIin)}, шарт № ${r.contractNo}`, ru: `ИИН ${maskIin(r.subjectIin)}, договор № ${r.contractNo}` },
    })),
    categories: distinct(activities.map((a) => a.dataCategories)),
    paperCarriers: [],
    informationSystems: systems.map((s) => ({ kk: s, ru: s })),
    method: defaults.methods,
    reason: 'storage-term-expired',
    reasonDetails: {
      kk: activities.map((a) => a.purpose.kk).join('; '),
      ru: activities.map((a) => a.purpose.ru).join('; '),
    },
    extraCitations: distinct(activities.map((a) => a.retention.basis)),
    destroyedAt: args.destroyedAt,
    ...(firstLate !== undefined
      ? { dueBy: endOf(firstLate), lateReason: { kk: `мерзімі өткен шарттар: ${lateNumbers}`, ru: `с нарушением срока по договорам: ${lateNumbers}` } }
      : latestDue === undefined
        ? {}
        : { dueBy: endOf(latestDue) }),
    retained: [],
    destroyedBy: defaults.destroyedBy,
    commission: defaults.commission,
    systemLog: [],
    systemLogAbsent: {
      kk: `Ақпараттық жүйелердің (${systems.join(', ')}) оқиғаларды тіркеу журналынан үзінді Qorgau-ға жүктелмеген; ол актінің қол қойылған данасына қоса беріледі.`,
      ru: `Выгрузка из журнала регистрации событий информационных систем (${systems.join(', ')}) в Qorgau не загружалась; она прилагается к подписанному экземпляру акта.`,
    },
    // Annex 2: what Qorgau records of each relationship — the day its storage term ended and the basis.
    eventLog: relationships.map((r) => {
      const activity = byId.get(r.activityId)!;
      const day = r.destroyOn.split('-').reverse().join('.');
      return {
        at: args.destroyedAt,
        actor: 'Qorgau',
        action: {
          kk: `сақтау мерзімі ${day} өтті (${activity.retention.basis.kk})`,
          ru: `срок хранения истёк ${day} (${activity.retention.basis.ru})`,
        },
        record: { kk: `${r.activityId} · шарт № ${r.contractNo}`, ru: `${r.activityId} · договор № ${r.contractNo}` },
        categories: activity.dataCategories,
        system: { kk: r.system, ru: r.system },
      };
    }),
    includesRfSubjects: relationships.some((r) => r.rfSubject),
  };
};
