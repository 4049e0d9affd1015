/**
 * Keeps the anchor of the audit trail outside IndexedDB (through the platform): whenever the trail grows
 * past the kept anchor and still holds it, its new head is kept. A trail cut short or rewritten does not
 * move the anchor, so the integrity check reports it against the anchor.
 */
import { useEffect } from 'react';
import type { AuditAnchor } from '../../shared/audit/anchor';
import { useAuditHead } from '../db/audit-hooks';
import { appAuditHead, appFurtherHead } from '../db/integrity-check';
import type { Platform } from '../platform/platform';
import { useApp } from './app-context';
import { runTask } from './run-task';

/** Keeps the head if it extends the kept anchor; resolves to the anchor kept now (null: none could be kept). */
export async function keepFurtherAnchor(platform: Platform): Promise<AuditAnchor | null> {
  const kept = await platform.readAnchor();
  if (!kept.ok) return null;
  const next = await appFurtherHead(kept.value);
  if (next === undefined) return kept.value;
  const written = await platform.keepAnchor(next, false);
  return written.ok ? written.value : kept.value;
}

/** After a restore: the restored trail's head replaces the kept anchor (the restore is an event of that trail). */
export async function replaceAnchor(platform: Platform): Promise<void> {
  await platform.keepAnchor(await appAuditHead(), true);
}

export function useAnchorKeeper(): void {
  const { platform } = useApp();
  const head = useAuditHead();
  useEffect(() => {
    if (head === undefined) return;
    runTask(keepFurtherAnchor(platform));
  }, [platform, head]);
}
