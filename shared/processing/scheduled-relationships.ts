/**
 * Schema version 8 moves the relationships named by an issued, not voided act of scheduled destruction that was
 * not yet carried out from `kept` to `scheduled` (the act's number with them), so the destruction queue no
 * longer offers them to a second act. Used by the database upgrade and the backup upgrade alike.
 */
type Row = Record<string, unknown>;

/** The relationships that change (each a new object), for the documents as stored. */
export function scheduledByActs(relationships: readonly Row[], documents: readonly Row[]): Row[] {
  const actOf = new Map<unknown, string>();
  for (const doc of documents) {
    if (doc['kind'] !== 'destruction-act' || doc['voided'] !== undefined || !Array.isArray(doc['relationshipIds'])) continue;
    for (const id of doc['relationshipIds'] as unknown[]) actOf.set(id, String(doc['number']));
  }
  const out: Row[] = [];
  for (const row of relationships) {
    const number = actOf.get(row['id']);
    if (number !== undefined && row['status'] === 'kept') out.push({ ...row, status: 'scheduled', actNumber: number });
  }
  return out;
}

/** The relationships table with those changes applied. */
export function withScheduledRelationships(relationships: readonly Row[], documents: readonly Row[]): Row[] {
  const changed = new Map(scheduledByActs(relationships, documents).map((r) => [r['id'], r]));
  return relationships.map((r) => changed.get(r['id']) ?? r);
}
