/** The case of a destruction act with its destroy action, obligation and trail, loaded once per case and action. */
import { useEffect, useState } from 'react';
import type { ActCase } from '../../../shared/documents/case-documents';
import { fetchActCases } from '../../db/document-queries';

export function useActCases(caseId: string | undefined, actionId: string): ActCase[] | undefined {
  const [loaded, setLoaded] = useState<{ key: string; cases: ActCase[] }>();
  const key = `${caseId ?? ''}:${actionId}`;
  useEffect(() => {
    if (caseId === undefined) return;
    let current = true;
    void fetchActCases([caseId], actionId).then((cases) => current && setLoaded({ key, cases }));
    return () => {
      current = false;
    };
  }, [caseId, actionId, key]);
  return loaded?.key === key ? loaded.cases : undefined;
}
