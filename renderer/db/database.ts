/** The Dexie database of one Qorgau installation (origin app://qorgau). */
import Dexie, { type Table } from 'dexie';
import type { AuditEvent } from '../../shared/audit/chain';
import type { AuditRef } from '../../shared/audit/record-seal';
import type { ActionRecord, AttachmentRecord, CaseRecord, DocumentRecord, ObligationRecord } from '../../shared/cases/model';
import type { IncidentAttachmentRecord, IncidentDocumentRecord, IncidentObligationRecord, IncidentRecord } from '../../shared/incidents/model';
import type { RegisterVersionRecord } from '../../shared/processing/model';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import type { CaseFacts, MonthKey, MonthTotals } from '../../shared/overview/month-totals';
import type { ActScanRecord } from '../../shared/documents/act-scan';
import { DATABASE_NAME } from './database-name';
import { trackSealedWrites } from './record-stamps';
import { SCHEMA_HISTORY, type SchemaVersion } from './schema';

export { DATABASE_NAME };

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
  readonly updatedAt: string;
}

export interface CounterRow {
  readonly key: string;
  readonly value: number;
}

export interface CalendarOverrideRow {
  readonly id: string;
  readonly calendar: 'kz' | 'ru';
  /** YYYY-MM-DD */
  readonly date: string;
  readonly working: boolean;
  readonly note: string;
  readonly createdAt: string;
  /** The audit event that last wrote this row (shared/audit/record-seal.ts). */
  readonly auditRef?: AuditRef | undefined;
}

/** How far the overview's cache follows the audit trail (renderer/db/overview-cache.ts). */
export interface OverviewCacheMeta {
  readonly key: 'meta';
  /** The last audit event whose changes the cache holds (0: none). */
  readonly upToSeq: number;
  /** That event's hash: another event at that seq (a restore, a truncated trail) means the cache is not of this trail. */
  readonly headHash: string;
  /** The zone whose local months the cache is kept by. */
  readonly zone: string;
  /** The schema version it was built under: an upgrade may rewrite records without an audit event. */
  readonly schemaVersion: number;
}

/**
 * The build of the overview's cache under way (overview-cache.ts rebuildCache): written when a build empties the
 * cache, its token checked by each chunk and by the last step. A later build (another window) or a restore replaces
 * or removes it, and the earlier build then stops without writing its months or its meta.
 */
export interface OverviewBuildMark {
  readonly key: 'build';
  readonly token: string;
}

export class QorgauDatabase extends Dexie {
  settings!: Table<SettingRow, string>;
  cases!: Table<CaseRecord, string>;
  obligations!: Table<ObligationRecord, string>;
  actions!: Table<ActionRecord, string>;
  attachments!: Table<AttachmentRecord, string>;
  documents!: Table<DocumentRecord, string>;
  audit!: Table<AuditEvent, number>;
  counters!: Table<CounterRow, string>;
  calendarOverrides!: Table<CalendarOverrideRow, string>;
  incidents!: Table<IncidentRecord, string>;
  incidentObligations!: Table<IncidentObligationRecord, string>;
  incidentDocuments!: Table<IncidentDocumentRecord, string>;
  incidentAttachments!: Table<IncidentAttachmentRecord, string>;
  processingRegister!: Table<RegisterVersionRecord, string>;
  relationships!: Table<RelationshipRecord, string>;
  overviewFacts!: Table<CaseFacts, string>;
  overviewMonths!: Table<MonthTotals, MonthKey>;
  overviewMeta!: Table<OverviewCacheMeta | OverviewBuildMark, 'meta' | 'build'>;
  actScans!: Table<ActScanRecord, string>;

  /** `upTo` opens the database as an older release would (used by the migration tests). */
  constructor(name: string = DATABASE_NAME, options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, {
      // Every transaction (legal records and their audit events above all) commits only once the
      // browser has flushed it to disk, where it supports the hint (Chromium, hence Electron).
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    applySchema(
      this,
      SCHEMA_HISTORY.filter((v) => v.version <= (options.upTo ?? Number.POSITIVE_INFINITY)),
    );
    trackSealedWrites(this);
  }
}

export function applySchema(db: Dexie, history: readonly SchemaVersion[]): void {
  for (const step of history) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

let instance: QorgauDatabase | undefined;

/** The app-wide database (opened lazily on first use). */
export function database(): QorgauDatabase {
  instance ??= new QorgauDatabase();
  return instance;
}

/** For tests: replaces the app-wide database. */
export function useDatabaseForTests(db: QorgauDatabase | undefined): void {
  instance = db;
}
