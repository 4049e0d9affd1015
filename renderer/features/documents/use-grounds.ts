/** The grounds library as the DPO keeps it in Settings, for the refusal action and the refusal letter. */
import { useMemo } from 'react';
import { groundsForOperator, resolveGrounds } from '../../../shared/documents/grounds-library';
import type { Ground } from '../../../shared/documents/model';
import { useApp } from '../../app/app-context';

/** Defaults with the DPO's edits, then added grounds; entries written for another kind of operator left out. */
export function useGroundsLibrary(): Ground[] {
  const { settings } = useApp();
  const { groundsLibrary, orgProfile } = settings;
  return useMemo(() => groundsForOperator(resolveGrounds(groundsLibrary), orgProfile?.kind), [groundsLibrary, orgProfile?.kind]);
}
