/**
 * Preview and issue one document: "Preview" renders the PDF with the number it will get and shows it in the
 * app (an iframe on a blob: URL); "Issue" stores exactly those bytes with their SHA-256 and the audit event.
 * Changing any input discards the preview.
 */
import { useEffect, useState } from 'react';
import { useLeaveGuard } from '../../app/leave-guard';
import { DocumentInputError } from '../../../shared/documents/errors';
import { zonedDate } from '../../../shared/format';
import type { OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import { DocumentWriteError, type IssuedDocument } from '../../db/document-repository';
import type { MessageKey } from '../../i18n/messages';
import { DocumentActions } from './DocumentActions';
import { issueDocumentPreview, previewDocument, type DraftPlan, type TimedPreview } from './issue';
import { runTask } from '../../app/run-task';

export type PlanResult = DraftPlan | { readonly problem: MessageKey };

export function DraftWorkspace({
  makePlan,
  profile,
  inputsKey,
  onIssued,
}: {
  /** The plan from the current inputs, or the first problem to fix. */
  makePlan: () => PlanResult | Promise<PlanResult>;
  profile: OrgProfileSetting;
  /** Changes whenever an input changes: the preview is discarded. */
  inputsKey: string;
  onIssued?: (doc: IssuedDocument) => void;
}) {
  const { t, settings, platform } = useApp();
  // The preview and the problem belong to the inputs they were made from: any change of inputs hides them.
  const [shown, setPreview] = useState<{ plan: DraftPlan; data: TimedPreview; url: string; key: string }>();
  const [busy, setBusy] = useState<'rendering' | 'issuing'>();
  const [raised, setRaised] = useState<{ text: string; key: string }>();
  const [issued, setIssued] = useState<IssuedDocument>();
  const preview = shown?.key === inputsKey ? shown : undefined;
  const problem = raised?.key === inputsKey ? raised.text : undefined;
  const setProblem = (text: string | undefined) => setRaised(text === undefined ? undefined : { text, key: inputsKey });

  useEffect(() => () => (shown ? URL.revokeObjectURL(shown.url) : undefined), [shown]);
  // A preview made but not issued is unsaved work: leaving the screen asks first.
  useLeaveGuard(() => preview !== undefined);

  const show = async () => {
    setProblem(undefined);
    setIssued(undefined);
    setBusy('rendering');
    try {
      const plan = await makePlan();
      if ('problem' in plan) {
        setProblem(t(plan.problem));
        return;
      }
      const data = await previewDocument(plan, profile, zonedDate(new Date(), settings.displayTimeZone));
      const url = URL.createObjectURL(new Blob([data.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
      setPreview({ plan, data, url, key: inputsKey });
    } catch (error) {
      setProblem(
        error instanceof DocumentInputError
          ? t('doc.draft.problem.input', { field: error.field })
          : t('doc.action.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(undefined);
    }
  };

  const openPreview = async (data: TimedPreview) => {
    const result = await platform.openPdf(`preview-${data.number.replace(/[\\/:*?"<>|\s]+/g, '-')}.pdf`, data.bytes);
    if (!result.ok) setProblem(t('doc.action.failed', { message: result.message }));
  };

  const issue = async () => {
    if (!preview) return;
    setBusy('issuing');
    try {
      const doc = await issueDocumentPreview(preview.plan, profile, preview.data);
      setIssued(doc);
      setPreview(undefined);
      onIssued?.(doc);
    } catch (error) {
      if (error instanceof DocumentWriteError && error.problem === 'queue-changed') {
        // What the preview recorded is no longer what would be issued: it cannot be issued, only made again.
        setPreview(undefined);
        setProblem(t('queue.act.problem.changed', { count: error.count ?? 0 }));
        return;
      }
      setProblem(t('doc.action.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="draft-workspace">
      <div className="button-row">
        <button type="button" className="btn" aria-disabled={busy !== undefined} onClick={() => busy === undefined && runTask(show())}>
          {t('doc.draft.preview')}
        </button>
        {preview && (
          <button type="button" className="btn" onClick={() => runTask(openPreview(preview.data))}>
            {t('doc.draft.openPreview')}
          </button>
        )}
        {preview && (
          <button type="button" className="btn btn--primary" aria-disabled={busy !== undefined} onClick={() => busy === undefined && runTask(issue())}>
            {t('doc.draft.issue', { number: preview.data.number })}
          </button>
        )}
      </div>
      <p role="status" className="status-line">
        {busy === 'rendering'
          ? t('doc.draft.rendering')
          : busy === 'issuing'
            ? t('doc.draft.issuing')
            : preview
              ? t('doc.draft.previewReady', {
                  number: preview.data.number,
                  ms: Math.round(preview.data.renderMs),
                  kb: Math.round(preview.data.bytes.byteLength / 1024),
                })
              : issued
                ? t('doc.draft.issued', { number: issued.number, sha: issued.sha256.slice(0, 12) })
                : ''}
      </p>
      {problem !== undefined && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      {/* Inline only in a browser: the desktop window has no PDF plugin, its preview opens in the system viewer. */}
      {preview && platform.kind === 'browser' && (
        <iframe className="doc-preview" title={t('doc.draft.previewTitle', { number: preview.data.number })} src={preview.url} data-testid="doc-preview" />
      )}
      {issued && <DocumentActions doc={issued} />}
    </div>
  );
}
