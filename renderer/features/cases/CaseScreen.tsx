/**
 * One case: the subject, the request, each obligation with its countdown, its citation and the trace
 * of how its deadline was computed, the actions allowed now, and the case's own audit history.
 */
import { TagBadge } from '../../components/TagBadge';
import { ObligationEstimateWarning } from '../calendar/EstimateWarning';
import { messageWithTyped } from '../../i18n/too-long';
import { useEffect, useRef, useState } from 'react';
import { explainObligation, type DeadlineContext } from '../../../shared/cases/deadlines';
import type { CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { allowedActions } from '../../../shared/cases/workflow';
import { ruleById } from '../../../shared/rules';
import { REQUEST_TYPE_DEFINITIONS } from '../../../shared/rules/request-types';
import { useApp } from '../../app/app-context';
import { navigate } from '../../app/routes';
import { useCase, useCaseFiles, useCaseHistory, useObligations, useRepeatRequest } from '../../db/case-hooks';
import { annotateCase } from '../../db/case-steps';
import { useDeadlineContext } from '../../db/deadline-hooks';
import { formatDate, formatDateTime } from '../../i18n/format';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel';
import { CaseFilePanel } from '../case-file/CaseFilePanel';
import { ActionForm } from './ActionForm';
import { ActionsList } from './ActionsList';
import { CloseCase, ReopenCase, WithdrawCase, WithdrawnLine } from './CaseDecisions';
import { CorrectionForm } from './CorrectionForm';
import { HistoryEntry } from './HistoryEntry';
import { countdown, countdownText } from './countdown';
import { runTask } from '../../app/run-task';
import { UserText } from '../../components/UserText';
import { StoredFileItem } from '../attachments/StoredFileItem';
import type { SignedScan } from '../../../shared/cases/case-files';
import { TEXT_LIMIT, textTooLong } from '../../../shared/text-limits';

export function CaseScreen({ caseId }: { caseId: string }) {
  const { t, settings } = useApp();
  const record = useCase(caseId);
  const obligations = useObligations(caseId);
  const files = useCaseFiles(caseId);
  const history = useCaseHistory(caseId);
  const context = useDeadlineContext(settings);
  const repeat = useRepeatRequest(caseId, settings.deadlineTerms);
  const [now, setNow] = useState(() => new Date());
  const [correcting, setCorrecting] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  if (record === undefined || !obligations) return <p className="muted">…</p>;
  if (record === null) return <p role="alert">{t('case.notFound')}</p>;
  const zone = settings.displayTimeZone;
  const when = (iso: string) => formatDateTime(new Date(iso), zone);
  const typeLabel = (id: string) => REQUEST_TYPE_DEFINITIONS.find((d) => d.id === id)?.label[settings.locale] ?? id;
  const sorted = [...obligations].sort((a, b) => (a.status === b.status ? a.dueAt.localeCompare(b.dueAt) : a.status === 'open' ? -1 : 1));

  return (
    <div className="case-screen">
      <div className="page-header page-header--with-action">
        <div>
          <div className="case-title">
            <h1>
              <span className="mono" data-testid="case-number">
                {record.number}
              </span>
            </h1>
            <span className={`badge badge--${record.status}`}>{t(`case.status.${record.status}`)}</span>
            {record.withdrawal && <span className="badge badge--withdrawn">{t('case.withdrawn')}</span>}
          </div>
          <p>
            {t('case.receivedLine', {
              received: when(record.receivedAt),
              entered: when(record.enteredAt),
              channel: t(`channel.${record.channel}`),
              language: t(`lang.${record.language}`),
            })}
          </p>
          <WithdrawnLine record={record} />
        </div>
        <button type="button" className="btn" onClick={() => navigate('cases')}>
          {t('case.back')}
        </button>
      </div>
      <div className="case-grid">
        <section className="card" aria-labelledby="subject-title">
          <h2 id="subject-title">{t('intake.subject')}</h2>
          <dl className="facts">
            <dt>{t('intake.fullName')}</dt>
            <dd>
              <UserText>{record.subject.fullName}</UserText>
            </dd>
            {record.subject.iin && (
              <>
                <dt>{t('intake.iin')}</dt>
                <dd className="mono">{record.subject.iin}</dd>
              </>
            )}
            {record.subject.birthDate && (
              <>
                <dt>{t('intake.birthDate')}</dt>
                <dd>{formatDate(record.subject.birthDate)}</dd>
              </>
            )}
            {record.subject.email && (
              <>
                <dt>{t('intake.email')}</dt>
                <dd>{record.subject.email}</dd>
              </>
            )}
            {record.subject.phone && (
              <>
                <dt>{t('intake.phone')}</dt>
                <dd>{record.subject.phone}</dd>
              </>
            )}
            {record.subject.address && (
              <>
                <dt>{t('intake.address')}</dt>
                <dd>{record.subject.address}</dd>
              </>
            )}
            {record.rfSubject && (
              <>
                <dt>152-ФЗ</dt>
                <dd>{t('intake.rfSubject')}</dd>
              </>
            )}
            {record.representative && (
              <>
                <dt>{t('intake.representative')}</dt>
                <dd data-testid="case-representative">
                  <UserText>
                    {[
                      record.representative.fullName,
                      record.representative.authorityKind ? t(`intake.authorityKind.${record.representative.authorityKind}`) : '',
                      record.representative.authorityNumber ? `№ ${record.representative.authorityNumber}` : '',
                      record.representative.authorityDate ? formatDate(record.representative.authorityDate) : '',
                      record.representative.authorityDocument,
                      record.representative.email ?? '',
                      record.representative.address ?? '',
                    ]
                      .filter((part) => part !== '')
                      .join(' · ')}
                  </UserText>
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="request-title">
          <h2 id="request-title">{t('intake.request')}</h2>
          <p>{record.requestTypes.map(typeLabel).join(', ')}</p>
          {repeat && (
            <p className="field-error" role="note" data-testid="repeat-request">
              {t('case.repeat', {
                number: repeat.previous.number,
                date: when(repeat.previous.receivedAt),
                allowed: formatDate(repeat.allowedFrom),
              })}
            </p>
          )}
          {record.description && (
            <blockquote className="request-text" lang={record.language} dir="auto">
              {record.description}
            </blockquote>
          )}
          <h3 className="stored-files__title" id="request-files-title">
            {t('files.request.title')}
          </h3>
          {files !== undefined && files.request.length === 0 && <p className="muted">{t('files.request.none')}</p>}
          {files !== undefined && files.request.length > 0 && (
            <ul className="stored-files" aria-labelledby="request-files-title" data-testid="request-files">
              {files.request.map((a) => (
                <StoredFileItem key={a.id} file={a} />
              ))}
            </ul>
          )}
        </section>
      </div>
      {!record.withdrawal &&
        (correcting ? (
          <CorrectionForm record={record} onDone={() => setCorrecting(false)} />
        ) : (
          <div className="button-row">
            <button type="button" className="btn" onClick={() => setCorrecting(true)}>
              {t('correct.open')}
            </button>
          </div>
        ))}

      <section className="card" aria-labelledby="obligations-title">
        <h2 id="obligations-title">{t('case.obligations')}</h2>
        {sorted.length === 0 && <p className="muted">{t('case.noObligations')}</p>}
        <ul className="obligations">
          {sorted.map((o) => (
            <ObligationRow key={o.id} record={record} obligation={o} all={obligations} now={now} context={context} />
          ))}
        </ul>
      </section>

      <CaseDocumentsPanel record={record} />

      {files !== undefined && files.scans.length > 0 && <SignedScans scans={files.scans} />}

      <ActionsList record={record} files={files?.byAction} />

      <CaseFilePanel record={record} context={context} />

      {record.status === 'open' ? (
        <CloseCase record={record} obligations={obligations} />
      ) : (
        <>
          <Annotate record={record} />
          {!record.withdrawal && <ReopenCase record={record} />}
        </>
      )}
      {!record.withdrawal && <WithdrawCase record={record} />}

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('case.history')}</h2>
        <ol className="history" data-testid="case-history">
          {(history ?? []).map((e) => (
            <HistoryEntry key={e.seq} event={e} />
          ))}
        </ol>
      </section>
    </div>
  );
}

function ObligationRow({
  record,
  obligation,
  all,
  now,
  context,
}: {
  record: CaseRecord;
  obligation: ObligationRecord;
  all: readonly ObligationRecord[];
  now: Date;
  context: DeadlineContext | undefined;
}) {
  const { t, settings } = useApp();
  const [acting, setActing] = useState<ReturnType<typeof allowedActions>[number]>();
  const rule = ruleById(obligation.ruleId);
  const left = countdown(obligation.dueAt, now);
  const actions = record.status === 'open' ? allowedActions(obligation, all) : [];
  const due = formatDateTime(new Date(obligation.dueAt), settings.displayTimeZone);
  // When the action form closes, focus goes back to the button that opened it (or the next one there is).
  // A recorded action changes the row's buttons a moment later (the live query): focus lost with the
  // button it was on is put back in the row.
  const row = useRef<HTMLLIElement>(null);
  const reopen = useRef<string>(undefined);
  const actionsKey = actions.join(' ');
  useEffect(() => {
    const kind = reopen.current;
    if (acting || !kind) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (!lost) {
      // Focus is in the row already, or the user has moved on.
      if (!row.current?.contains(active)) reopen.current = undefined;
      return;
    }
    const target =
      row.current?.querySelector<HTMLElement>(`button[data-action="${kind}"]`) ??
      row.current?.querySelector<HTMLElement>('.button-row button') ??
      document.getElementById('obligations-title');
    if (target?.tagName === 'H2' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus();
  }, [acting, actionsKey]);
  return (
    <li
      ref={row}
      className={`obligation obligation--${obligation.status}${obligation.status === 'open' && left.state === 'overdue' ? ' obligation--overdue' : ''}`}
      data-rule={obligation.ruleId}
      data-testid="obligation"
    >
      <div className="obligation__main">
        <div>
          <strong>{rule?.title[settings.locale] ?? obligation.ruleId}</strong>
          {obligation.urgentFromStart && obligation.status === 'open' && <span className="badge badge--urgent">{t('case.urgent')}</span>}
          {obligation.extended && <span className="badge">{t('case.extended')}</span>}
          <div className="muted">
            {rule && (
              <>
                <span data-testid="rule-citation">{rule.citation[settings.locale]}</span> <TagBadge tag={rule.tag} />
              </>
            )}
          </div>
          {obligation.termCount !== undefined && (
            <div className="muted" data-testid="body-term">
              {t('case.bodyTerm', { count: obligation.termCount })}
            </div>
          )}
        </div>
        <div className="obligation__due">
          <span data-testid="due">{t('case.dueAt', { due, zone: settings.displayTimeZone })}</span>
          {obligation.status === 'open' && <ObligationEstimateWarning obligation={obligation} context={context} />}
          {obligation.status === 'open' ? (
            <span className={`countdown countdown--${left.state}`} data-testid="countdown">
              {countdownText(t, left)}
            </span>
          ) : (
            <span className="countdown">
              {t(`obligation.status.${obligation.status}`)}
              {obligation.completedAt ? ` ${formatDateTime(new Date(obligation.completedAt), settings.displayTimeZone)}` : ''}
              {obligation.completedAt ? (obligation.completedAt <= obligation.dueAt ? ` · ${t('case.inTime')}` : ` · ${t('case.late')}`) : ''}
              {obligation.outcome && <span data-testid="outcome">{` · ${t(`case.outcome.${obligation.outcome.kind}`)}`}</span>}
            </span>
          )}
        </div>
      </div>
      {context && (
        <details className="trace">
          <summary>{t('case.howComputed')}</summary>
          <ol>
            {explainObligation(obligation, context, settings.locale).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </details>
      )}
      {actions.length > 0 && !acting && (
        <div className="button-row">
          {actions.map((a) => (
            <button key={a} type="button" className="btn" data-action={a} onClick={() => setActing(a)}>
              {t(`case.action.${a}`)}
            </button>
          ))}
        </div>
      )}
      {acting && (
        <ActionForm
          record={record}
          obligation={obligation}
          kind={acting}
          onDone={() => {
            reopen.current = acting;
            setActing(undefined);
          }}
        />
      )}
    </li>
  );
}

/** The scans of the signed paper of the case's issued documents, each under its document's number. */
function SignedScans({ scans }: { scans: readonly SignedScan[] }) {
  const { t } = useApp();
  return (
    <section className="card" aria-labelledby="signed-scans-title" data-testid="signed-scans">
      <h2 id="signed-scans-title">{t('files.scans.title')}</h2>
      <p className="card__hint">{t('files.scans.hint')}</p>
      <ul className="stored-files" aria-labelledby="signed-scans-title">
        {scans.map(({ document, scan }) => (
          <StoredFileItem key={scan.id} file={scan}>
            <span className="stored-file__doc" data-testid="scan-document">
              {t('files.scans.of', { kind: t(`doc.kind.${document.kind}`), number: document.number, date: formatDate(document.date) })}:
            </span>
          </StoredFileItem>
        ))}
      </ul>
    </section>
  );
}

function Annotate({ record }: { record: CaseRecord }) {
  const { t } = useApp();
  const [note, setNote] = useState('');
  const [tooLong, setTooLong] = useState(false);
  return (
    <section className="card" aria-labelledby="annotate-title">
      <h2 id="annotate-title">{t('case.closedNotice')}</h2>
      <label className="field">
        <span>{t('case.annotation')}</span>
        <textarea name="annotation" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {tooLong && (
        <p className="field-error" role="alert">
          {t('case.annotation')}: {messageWithTyped(t, textTooLong(TEXT_LIMIT.note), note.length)}
        </p>
      )}
      <button
        type="button"
        className="btn"
        disabled={note.trim().length === 0}
        onClick={() => {
          setTooLong(note.length > TEXT_LIMIT.note);
          if (note.length <= TEXT_LIMIT.note) runTask(annotateCase(record.id, note).then(() => setNote('')));
        }}
      >
        {t('case.action.annotate')}
      </button>
    </section>
  );
}
