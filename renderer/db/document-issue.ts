/**
 * Preview, then issue. A preview is rendered with the number the document will get if nothing else is
 * issued first; issuing stores exactly those bytes in one transaction that re-checks the number. If the
 * number was taken meanwhile (another window), the document is rendered again with the next number and
 * stored — numbers never skip or repeat. Rendering is the caller's (pdfmake in the renderer).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { seriesOf, type CaseDocumentKind } from '../../shared/documents/case-documents';
import type { LanguageChoice, OutgoingRef } from '../../shared/documents/model';
import { composeOutgoingNumber } from '../../shared/documents/outgoing-number';
import type { OrgProfileSetting } from '../../shared/documents/profile-schema';
import { stampAnchor } from '../../shared/documents/anchor-footer';
import { currentActor } from './actor';
import { auditHead } from './integrity-check';
import { database, type QorgauDatabase } from './database';
import { DocumentWriteError, issueDocument, nextSequence, type IssuedDocument } from './document-repository';

export interface DraftPlan {
  readonly kind: CaseDocumentKind;
  readonly language: LanguageChoice;
  readonly caseIds: readonly string[];
  readonly caseNumbers: readonly string[];
  readonly actionIds: readonly string[];
  /** A scheduled (retention) act: the relationships it records (caseIds is then empty). */
  readonly relationshipIds?: readonly string[] | undefined;
  readonly destroyedOn?: string | undefined;
  /** Annex 1 of a scheduled act: the act's id. */
  readonly annexOf?: string | undefined;
  /** The pdfmake definition with this number and date (throws DocumentInputError when an element is missing). */
  readonly build: (outgoing: OutgoingRef) => TDocumentDefinitions;
}

export interface Preview {
  readonly number: string;
  readonly seq: number;
  readonly year: number;
  readonly date: string;
  readonly bytes: Uint8Array;
}

/** Turns a pdfmake definition into the PDF's bytes. */
export type RenderPdf = (definition: TDocumentDefinitions) => Promise<Uint8Array>;

export const prefixFor = (kind: CaseDocumentKind, profile: OrgProfileSetting): string =>
  seriesOf(kind) === 'act' ? profile.actNumberPrefix : profile.outgoingNumberPrefix;

/** Renders the document as it will be issued on `date` (YYYY-MM-DD in the organisation's zone). */
export async function preparePreview(db: QorgauDatabase, plan: DraftPlan, profile: OrgProfileSetting, date: string, render: RenderPdf): Promise<Preview> {
  const year = Number(date.slice(0, 4));
  const seq = await nextSequence(db, seriesOf(plan.kind), year);
  const number = composeOutgoingNumber(prefixFor(plan.kind, profile), year, seq);
  // The audit trail's anchor at issue (its head now) is printed on every page.
  const bytes = await render(stampAnchor(plan.build({ number, date }), await auditHead(db)));
  return { number, seq, year, date, bytes };
}

/** Stores the previewed PDF; renders again with the next number if its number was taken meanwhile. */
export async function issuePreview(
  db: QorgauDatabase,
  plan: DraftPlan,
  profile: OrgProfileSetting,
  preview: Preview,
  render: RenderPdf,
  now: () => Date = () => new Date(),
): Promise<IssuedDocument> {
  let current = preview;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await issueDocument(
        db,
        {
          kind: plan.kind,
          year: current.year,
          seq: current.seq,
          number: current.number,
          date: current.date,
          language: plan.language,
          caseIds: plan.caseIds,
          caseNumbers: plan.caseNumbers,
          actionIds: plan.actionIds,
          relationshipIds: plan.relationshipIds,
          destroyedOn: plan.destroyedOn,
          annexOf: plan.annexOf,
          bytes: current.bytes,
        },
        currentActor(),
        now().toISOString(),
      );
    } catch (error) {
      if (!(error instanceof DocumentWriteError && error.problem === 'number-taken') || attempt >= 3) throw error;
      current = await preparePreview(db, plan, profile, current.date, render);
    }
  }
}

/** The app's preview of a draft. */
export const previewDraft = (plan: DraftPlan, profile: OrgProfileSetting, date: string, render: RenderPdf): Promise<Preview> =>
  preparePreview(database(), plan, profile, date, render);

/** The app's issue of a previewed draft. */
export const issueDraft = (plan: DraftPlan, profile: OrgProfileSetting, preview: Preview, render: RenderPdf): Promise<IssuedDocument> =>
  issuePreview(database(), plan, profile, preview, render);
