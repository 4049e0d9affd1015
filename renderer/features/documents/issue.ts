/** Previewing and issuing a draft in the app: pdfmake renders, renderer/db numbers and stores. */
import { issueDraft, previewDraft, type DraftPlan, type Preview } from '../../db/document-issue';
import type { IssuedDocument } from '../../db/document-repository';
import type { OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { renderPdf } from './pdf-browser';

export type { DraftPlan, Preview };

/** The preview with how long rendering took (shown to the DPO). */
export interface TimedPreview extends Preview {
  readonly renderMs: number;
}

export async function previewDocument(plan: DraftPlan, profile: OrgProfileSetting, date: string): Promise<TimedPreview> {
  const started = performance.now();
  const preview = await previewDraft(plan, profile, date, renderPdf);
  return { ...preview, renderMs: performance.now() - started };
}

export const issueDocumentPreview = (plan: DraftPlan, profile: OrgProfileSetting, preview: Preview): Promise<IssuedDocument> =>
  issueDraft(plan, profile, preview, renderPdf);

/** 'DPO/2026/0007' + refusal-letter + kk → 'DPO-2026-0007_refusal-letter_kk.pdf' */
export const documentFileName = (doc: { number: string; kind: string; language: string }): string =>
  `${doc.number.replace(/[\\/:*?"<>|\s]+/g, '-')}_${doc.kind}_${doc.language}.pdf`;
