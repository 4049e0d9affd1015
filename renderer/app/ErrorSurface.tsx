/**
 * What the DPO sees when something failed: in an area (replacing it), over the whole window (the
 * shell or a startup screen failed), or inline above the area (an action did not complete). Works
 * outside the app context too: it takes the language and the platform as props.
 */
import { useState } from 'react';
import type { Locale } from '../../shared/locale';
import { translate, type MessageKey } from '../i18n/messages';
import type { Platform } from '../platform/platform';
import type { Translate } from './app-context';
import { describeSave } from './describe-save';
import { buildErrorReport, saveErrorReport } from './error-report';
import { errorMessage, isQuotaExceeded, type Failure, type FailureArea } from './failure';
import { redactPersonalData } from './redact';
import { runTask } from './run-task';
import './error-surface.css';

export type SurfaceVariant = 'area' | 'screen' | 'inline';

export interface ErrorSurfaceProps {
  readonly failure: Failure;
  readonly area: FailureArea;
  readonly locale: Locale;
  readonly platform: Platform;
  readonly variant: SurfaceVariant;
  /** Area and screen: "Back to the case list". */
  readonly onBack?: () => void;
  /** Inline: closes the alert. */
  readonly onDismiss?: () => void;
}

type SendState = { readonly step: 'idle' } | { readonly step: 'saving' } | { readonly step: 'done'; readonly text: string };

function title(t: Translate, area: FailureArea, failure: Failure): string {
  if (failure.source === 'task' || failure.source === 'unhandled-rejection') return t('errors.task.title');
  if (area === 'app' || area === 'startup') return t('errors.app.title');
  return t('errors.area.title', { area: t(`nav.${area}` as MessageKey) });
}

export function ErrorSurface({ failure, area, locale, platform, variant, onBack, onDismiss }: ErrorSurfaceProps) {
  const t: Translate = (key, ...args) => translate(locale, key, ...args);
  const [send, setSend] = useState<SendState>({ step: 'idle' });
  const inline = variant === 'inline';

  const sendReport = async () => {
    setSend({ step: 'saving' });
    let text: string;
    try {
      const report = await buildErrorReport(failure, { area, locale, platform });
      text = describeSave(await saveErrorReport(platform, report), t);
    } catch (error) {
      text = t('error.generic', { message: errorMessage(error) });
    }
    setSend({ step: 'done', text });
  };

  const Heading = variant === 'screen' ? 'h1' : 'h2';
  const surface = (
    <section
      className={`error-surface error-surface--${variant}`}
      role="alert"
      data-testid="error-surface"
      data-area={area}
      data-source={failure.source}
      lang={locale}
    >
      <Heading>{title(t, area, failure)}</Heading>
      <p>{isQuotaExceeded(failure.error) ? t('errors.quota') : inline ? t('errors.task.body') : t('errors.body')}</p>
      <div className="button-row">
        {!inline && (
          <button type="button" className="btn btn--primary" onClick={onBack}>
            {t('errors.back')}
          </button>
        )}
        <button type="button" className="btn" aria-disabled={send.step === 'saving'} onClick={() => send.step !== 'saving' && runTask(sendReport)}>
          {t('errors.report')}
        </button>
        {inline && (
          <button type="button" className="btn" onClick={onDismiss}>
            {t('errors.dismiss')}
          </button>
        )}
      </div>
      <small>{t('errors.report.hint')}</small>
      {send.step === 'done' && (
        <p className="status-line" role="status" data-testid="error-report-status">
          {send.text}
        </p>
      )}
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{redactPersonalData(`${failure.error instanceof Error ? failure.error.name : 'Error'}: ${errorMessage(failure.error)}`)}</pre>
      </details>
    </section>
  );
  return variant === 'screen' ? <div className="error-screen">{surface}</div> : surface;
}
