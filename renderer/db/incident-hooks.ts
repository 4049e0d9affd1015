/** Live reads of the breach register: the incidents, one incident with its clocks, notices and files. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '../../shared/audit/chain';
import type { IncidentAttachmentRecord, IncidentDocumentRecord, IncidentObligationRecord, IncidentRecord } from '../../shared/incidents/model';
import { database } from './database';

/** Every incident, the latest detected first (the register is small: filters apply in memory). */
export function useIncidents(): IncidentRecord[] | undefined {
  return useLiveQuery(() => database().incidents.orderBy('detectedAt').reverse().toArray(), []);
}

export function useIncident(incidentId: string): IncidentRecord | null | undefined {
  return useLiveQuery(async () => (await database().incidents.get(incidentId)) ?? null, [incidentId]);
}

export function useIncidentObligations(incidentId: string): IncidentObligationRecord[] | undefined {
  return useLiveQuery(() => database().incidentObligations.where('incidentId').equals(incidentId).sortBy('dueAt'), [incidentId]);
}

export function useIncidentDocuments(incidentId: string): IncidentDocumentRecord[] | undefined {
  return useLiveQuery(() => database().incidentDocuments.where('incidentId').equals(incidentId).sortBy('createdAt'), [incidentId]);
}

export function useIncidentAttachments(incidentId: string): IncidentAttachmentRecord[] | undefined {
  return useLiveQuery(() => database().incidentAttachments.where('incidentId').equals(incidentId).toArray(), [incidentId]);
}

/** Every incident with its clocks, in one read (the register's export). */
export async function loadRegister(): Promise<{ incident: IncidentRecord; obligations: IncidentObligationRecord[] }[]> {
  const db = database();
  return db.transaction('r', [db.incidents, db.incidentObligations], async () => {
    const incidents = await db.incidents.orderBy('detectedAt').toArray();
    const all = await db.incidentObligations.toArray();
    return incidents.map((incident) => ({ incident, obligations: all.filter((o) => o.incidentId === incident.id) }));
  });
}

/** The bytes of an issued notice. */
export async function incidentDocumentBytes(doc: IncidentDocumentRecord): Promise<Uint8Array> {
  return new Uint8Array(await doc.bytes.arrayBuffer());
}

/** The incident's own audit events (they name it in their data), in order. */
export function useIncidentHistory(incidentId: string): AuditEvent[] | undefined {
  return useLiveQuery(
    () =>
      database()
        .audit.filter(
          (e) =>
            e.type.startsWith('incident.') &&
            (('incidentId' in e.data && e.data.incidentId === incidentId) ||
              (e.type === 'incident.clocks-recomputed' && e.data.moved.some((m) => m.incidentId === incidentId))),
        )
        .sortBy('seq'),
    [incidentId],
  );
}
