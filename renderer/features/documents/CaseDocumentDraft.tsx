/**
 * The form of one document of a case: its language, then the per-kind form (refusal, confirmation, extension
 * notice, destruction act) prefilled from the case, its actions and Settings, with preview and issue.
 */
import { useState } from 'react';
import { useLeaveGuard } from '../../app/leave-guard';
import type { ActionRecord, CaseRecord } from '../../../shared/cases/model';
import { CONFIRMATION_OF, type DocumentOffer } from '../../../shared/documents/case-documents';
import type { LanguageChoice } from '../../../shared/documents/model';
import type { OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import type { IssuedDocument } from '../../db/document-repository';
import { LanguagePicker } from './draft-fields';
import { ActDraft } from './drafts/ActDraft';
import { ConfirmationDraft } from './drafts/ConfirmationDraft';
import type { DraftProps } from './drafts/draft-props';
import { ExtensionDraft } from './drafts/ExtensionDraft';
import { InformationAnswerDraft } from './drafts/InformationAnswerDraft';
import { RefusalDraft } from './drafts/RefusalDraft';

function KindForm(props: DraftProps) {
  const { kind } = props.offer;
  if (kind === 'refusal-letter') return <RefusalDraft {...props} />;
  if (kind === 'extension-notice') return <ExtensionDraft {...props} />;
  if (kind === 'destruction-act') return <ActDraft {...props} />;
  if (kind === 'information-answer') return <InformationAnswerDraft {...props} />;
  if (CONFIRMATION_OF[kind] !== undefined) return <ConfirmationDraft {...props} />;
  return null;
}

export function CaseDocumentDraft({
  record,
  offer,
  actions,
  profile,
  issued,
  onClose,
}: {
  record: CaseRecord;
  offer: DocumentOffer;
  actions: readonly ActionRecord[];
  profile: OrgProfileSetting;
  issued: readonly IssuedDocument[];
  onClose: (doc?: IssuedDocument) => void;
}) {
  const { t } = useApp();
  const [language, setLanguage] = useState<LanguageChoice>(record.language);
  // Any field changed (typed, ticked, chosen) and not issued yet: leaving the screen asks first.
  const [touched, setTouched] = useState(false);
  useLeaveGuard(() => touched);
  return (
    <div className="doc-draft" data-testid="doc-draft" onChange={() => setTouched(true)}>
      <div className="doc-draft__head">
        <h3>{t(`doc.kind.${offer.kind}`)}</h3>
        <button type="button" className="btn btn--small" onClick={() => onClose()}>
          {t('doc.close')}
        </button>
      </div>
      <div className="field">
        <span>{t('doc.draft.language')}</span>
        <LanguagePicker value={language} onChange={setLanguage} />
        <small>{t('doc.draft.languageHint', { language: t(`doc.lang.${record.language}`) })}</small>
      </div>
      <KindForm record={record} offer={offer} actions={actions} profile={profile} issued={issued} language={language} onIssued={(doc) => onClose(doc)} />
    </div>
  );
}
