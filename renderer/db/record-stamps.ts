/**
 * Which sealed records a transaction wrote. Dexie table hooks note every create, update and delete of the
 * sealed tables (shared/audit/record-seal.ts) per IndexedDB transaction; appendAudit takes the list, seals
 * each record into its event and stamps the record with the event's position. So every domain step that
 * appends its audit event after its writes seals what it wrote, without naming it.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { SEALED_TABLES, type SealedTable } from '../../shared/audit/record-seal';

export type Touched = Map<SealedTable, Set<string>>;

const touchedBy = new WeakMap<IDBTransaction, Touched>();

function note(transaction: Transaction, table: SealedTable, key: unknown): void {
  if (typeof key !== 'string') return;
  const native = transaction.idbtrans;
  let touched = touchedBy.get(native);
  if (!touched) {
    touched = new Map();
    touchedBy.set(native, touched);
  }
  let keys = touched.get(table);
  if (!keys) {
    keys = new Set();
    touched.set(table, keys);
  }
  keys.add(key);
}

/** Only the stamp itself changes: not a write of the record. */
const onlyStamp = (mods: object): boolean => {
  const keys = Object.keys(mods);
  return keys.length > 0 && keys.every((key) => key === 'auditRef' || key.startsWith('auditRef.'));
};

/** Registers the hooks on every sealed table the database declares. */
export function trackSealedWrites(db: Dexie): void {
  const declared = new Set(db.tables.map((t) => t.name));
  for (const table of SEALED_TABLES) {
    if (!declared.has(table)) continue;
    const hooks = db.table(table).hook;
    hooks('creating', function (primKey, obj: { id?: unknown }, transaction) {
      note(transaction, table, primKey ?? obj.id);
    });
    hooks('updating', function (mods, primKey, _obj, transaction) {
      if (!onlyStamp(mods)) note(transaction, table, primKey);
    });
    hooks('deleting', function (primKey, _obj, transaction) {
      note(transaction, table, primKey);
    });
  }
}

/** The records the transaction wrote since the last call, forgotten once taken. */
export function takeTouched(native: IDBTransaction): Touched {
  const touched = touchedBy.get(native) ?? new Map<SealedTable, Set<string>>();
  touchedBy.delete(native);
  return touched;
}
