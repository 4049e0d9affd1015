/** The case of a destruction act with its destroy action, obligation and trail, loaded once per case and action. */
import type { ActCase } from '../../../shared/documents/case-documents';
import { useAsyncData, type AsyncDataWithReload } from '../../app/use-async-data';
import { fetchActCases } from '../../db/document-queries';

export function useActCases(caseId: string, actionId: string): AsyncDataWithReload<ActCase[]> {
  return useAsyncData(() => fetchActCases([caseId], actionId), [caseId, actionId]);
}
