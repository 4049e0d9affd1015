/**
 * Registering a request: subject, representative, channel, receipt time (separate from entry time),
 * language, request types, text and attachments. Validated by the shared intake schema; every invalid
 * field gets a localized message and nothing is saved until all pass. "Not in the future" is checked
 * against the clock at submission; Cancel asks before it drops anything typed or attached.
 */
import { messageWithTyped, typedLength } from '../../i18n/too-long';
import { isQuotaExceeded } from '../../app/failure';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, get, useForm, type FieldError, type FieldPath } from 'react-hook-form';
import { intakeSchema, type IntakeInput, type IntakeValues } from '../../../shared/cases/intake-schema';
import { instantToLocalInput, localInputToInstant } from '../../../shared/format';
import { formatDateTime } from '../../i18n/format';
import { useLeaveGuard } from '../../app/leave-guard';
import { clearIntakeDraft, readIntakeDraft, writeIntakeDraft, type IntakeDraft } from './intake/intake-draft';
import type { RequestType } from '../../../shared/rules/request-types';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { MessageKey } from '../../i18n/messages';
import { FormButtons } from './intake/FormButtons';
import { RepresentativeFields } from './intake/RepresentativeFields';
import { RequestFields } from './intake/RequestFields';
import { SubjectFields } from './intake/SubjectFields';

export interface RequestTypeOption {
  readonly id: RequestType;
  readonly label: string;
}

const systemClock = (): Date => new Date();

/** The fields the summary may list, in the order of the form, with their labels. */
const SUMMARY_FIELDS: readonly (readonly [FieldPath<IntakeInput>, MessageKey])[] = [
  ['subject.fullName', 'intake.fullName'],
  ['subject.iin', 'intake.iin'],
  ['subject.birthDate', 'intake.birthDate'],
  ['subject.email', 'intake.email'],
  ['subject.phone', 'intake.phone'],
  ['representative.fullName', 'intake.representative'],
  ['representative.authorityKind', 'intake.authorityKind'],
  ['representative.authorityNumber', 'intake.authorityNumber'],
  ['representative.authorityDate', 'intake.authorityDate'],
  ['representative.authorityDocument', 'intake.authorityDetails'],
  ['representative.email', 'intake.representativeEmail'],
  ['receivedAt', 'intake.receivedAt'],
  ['requestTypes', 'intake.types'],
  ['bodyTerm', 'intake.bodyTerm'],
  ['description', 'intake.description'],
];

export function IntakeForm(props: {
  requestTypes: readonly RequestTypeOption[];
  onSubmit: (values: IntakeValues, files: File[]) => Promise<void>;
  onCancel: () => void;
  now?: () => Date;
}) {
  const { t, settings } = useApp();
  const zone = settings.displayTimeZone;
  const now = props.now ?? systemClock;
  const [files, setFiles] = useState<File[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const resolver = useMemo(
    () => zodResolver(intakeSchema({ requestTypes: props.requestTypes.map((r) => r.id), now, localToInstant: (local) => localInputToInstant(local, zone) })),
    [props.requestTypes, now, zone],
  );
  const [defaults] = useState<IntakeInput>(() => ({
    subject: { fullName: '', iin: '', birthDate: '', email: '', phone: '', address: '', formOfAddress: 'neutral' },
    onBehalf: false,
    representative: {
      fullName: '',
      authorityKind: '',
      authorityNumber: '',
      authorityDate: '',
      authorityDocument: '',
      email: '',
      address: '',
      formOfAddress: 'neutral',
    },
    channel: 'email',
    receivedAt: instantToLocalInput(now(), zone),
    language: settings.locale === 'kk' ? 'kk' : 'ru',
    rfSubject: false,
    requestTypes: [],
    description: '',
    bodyTerm: '',
  }));
  const form = useForm<IntakeInput, unknown, IntakeValues>({
    resolver,
    // Validated on submit, then again as each field changes: tabbing through an empty form says nothing.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: defaults,
  });
  const { handleSubmit, formState } = form;
  const errors = formState.errors;
  // Read while rendering, so react-hook-form keeps isDirty up to date.
  const typedSomething = formState.isDirty || files.length > 0;
  // Released just before the form lets go of its input on purpose (registered, or discarded after asking).
  const release = useLeaveGuard(() => typedSomething);

  // The draft of an earlier, unfinished request is offered first; while it is, this form does not overwrite it.
  const [offer, setOffer] = useState<IntakeDraft | undefined>(() => readIntakeDraft(defaults));
  const offerPending = useRef(offer !== undefined);
  useEffect(() => {
    const defaultsText = JSON.stringify(defaults);
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        if (offerPending.current) return;
        if (JSON.stringify(values) === defaultsText) clearIntakeDraft();
        else writeIntakeDraft(values, new Date());
      },
    });
  }, [form, defaults]);
  const restoreDraft = (draft: IntakeDraft) => {
    offerPending.current = false;
    setOffer(undefined);
    // Against the same defaults: the restored input counts as unsaved (guarded, kept).
    form.reset(draft.values, { keepDefaultValues: true });
    writeIntakeDraft(draft.values, new Date(draft.savedAt));
  };
  const dropDraft = () => {
    offerPending.current = false;
    setOffer(undefined);
    clearIntakeDraft();
    const current = form.getValues();
    if (JSON.stringify(current) !== JSON.stringify(defaults)) writeIntakeDraft(current, new Date());
  };
  const cancel = () => {
    release(true);
    clearIntakeDraft();
    props.onCancel();
  };

  const submit = handleSubmit(async (values) => {
    setSaving(true);
    setFailure(undefined);
    release(true);
    try {
      await props.onSubmit(values, files);
      clearIntakeDraft();
    } catch (cause) {
      release(false);
      setFailure(isQuotaExceeded(cause) ? t('errors.quota') : t('error.generic', { message: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setSaving(false);
    }
  });

  return (
    <FormProvider {...form}>
      <form className="intake" onSubmit={(e) => (saving ? e.preventDefault() : runTask(submit(e)))} noValidate aria-label={t('intake.title')}>
        {offer && (
          <div className="draft-offer" role="status" data-testid="intake-draft-offer">
            <span>
              {t('intake.draft.offer', { when: formatDateTime(new Date(offer.savedAt), zone) })} {t('intake.draft.files')}
            </span>
            <button type="button" className="btn btn--primary" onClick={() => restoreDraft(offer)}>
              {t('intake.draft.restore')}
            </button>
            <button type="button" className="btn" onClick={dropDraft}>
              {t('intake.draft.drop')}
            </button>
          </div>
        )}
        <SubjectFields />
        <RepresentativeFields />
        <RequestFields requestTypes={props.requestTypes} files={files} onFiles={setFiles} />
        <div className="form-problem">
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
        </div>
        <ErrorSummary
          title={t('intake.fixErrors')}
          items={SUMMARY_FIELDS.flatMap(([name, label]) => {
            const error: FieldError | undefined = get(errors, name);
            return error?.message ? [{ name, label: t(label), message: messageWithTyped(t, error.message as MessageKey, typedLength(error.ref)) }] : [];
          })}
          onFocusField={(name) => form.setFocus(name as FieldPath<IntakeInput>)}
        />
        <FormButtons saving={saving} typedSomething={typedSomething} onCancel={cancel} />
      </form>
    </FormProvider>
  );
}
