/** Live read of the head of the audit trail (the anchor keeper follows it). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditAnchor } from '../../shared/audit/anchor';
import { database } from './database';
import { auditHead } from './integrity-check';

export function useAuditHead(): AuditAnchor | undefined {
  return useLiveQuery(() => auditHead(database()), []);
}
