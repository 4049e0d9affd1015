/**
 * The diagnostic report of a failure: a file the DPO saves through the platform (Electron: the Save
 * dialog; browser: a download) and may send to whoever supports Qorgau. It holds the versions, where
 * and how it failed, the time, the interface language and the schema version — built field by field,
 * never from settings or records, and every text of the error passed through redactPersonalData.
 */
import type { AppInfo } from '../../shared/ipc';
import type { Locale } from '../../shared/locale';
import type { Result } from '../../shared/result';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { APP_VERSION } from '../platform/browser-platform';
import type { Platform, PlatformError, PlatformKind, SaveOutcome } from '../platform/platform';
import { errorMessage, type Failure, type FailureArea, type FailureSource } from './failure';
import { redactPersonalData } from './redact';

const MAX_MESSAGE = 2_000;
const MAX_STACK = 8_000;

export interface ErrorReport {
  readonly report: 'qorgau-error-report';
  readonly formatVersion: 1;
  readonly time: string;
  readonly app: { readonly version: string; readonly electron: string; readonly chrome: string; readonly os: string };
  readonly platform: PlatformKind;
  readonly area: FailureArea;
  readonly source: FailureSource;
  readonly locale: Locale;
  readonly schemaVersion: number;
  readonly error: { readonly name: string; readonly message: string; readonly stack: string };
  readonly componentStack: string;
}

export interface ReportContext {
  readonly area: FailureArea;
  readonly locale: Locale;
  readonly platform: Platform;
  readonly now?: Date;
}

const clean = (text: string, max: number): string => redactPersonalData(text.length > max ? `${text.slice(0, max)}…` : text);

function errorName(error: unknown): string {
  if (error instanceof Error) return error.name;
  return error === null ? 'null' : typeof error;
}

async function appVersions(platform: Platform): Promise<ErrorReport['app']> {
  let info: AppInfo | undefined;
  try {
    info = await platform.appInfo();
  } catch {
    info = undefined;
  }
  return info
    ? { version: info.version, electron: info.electron, chrome: info.chrome, os: info.platform }
    : { version: APP_VERSION, electron: '', chrome: '', os: 'unknown' };
}

export async function buildErrorReport(failure: Failure, context: ReportContext): Promise<ErrorReport> {
  const stack = failure.error instanceof Error ? (failure.error.stack ?? '') : '';
  return {
    report: 'qorgau-error-report',
    formatVersion: 1,
    time: (context.now ?? new Date()).toISOString(),
    app: await appVersions(context.platform),
    platform: context.platform.kind,
    area: context.area,
    source: failure.source,
    locale: context.locale,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    error: {
      name: clean(errorName(failure.error), 200),
      message: clean(errorMessage(failure.error), MAX_MESSAGE),
      stack: clean(stack, MAX_STACK),
    },
    componentStack: clean(failure.componentStack ?? '', MAX_STACK),
  };
}

export function errorReportFileName(report: ErrorReport): string {
  return `qorgau-error-report-${report.time.slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export function saveErrorReport(platform: Platform, report: ErrorReport): Promise<Result<SaveOutcome, PlatformError>> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
  return platform.saveFile(errorReportFileName(report), bytes, [{ name: 'JSON', extensions: ['json'] }]);
}
