/**
 * Overview (issue 13 item 6): for a month, quarter or year, the requests by type and channel, answered
 * in time or late, the time to reply, refusals by ground and the open obligations by due bucket — as
 * charts (recharts, SVG) and as the same figures in a table, exportable to CSV.
 */
import { DEFAULT_GROUNDS, findGround } from '../../../shared/documents/grounds';
import { groundDisplay } from '../../../shared/documents/grounds-display';
import { useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { bucketBounds, bucketClock } from '../../../shared/cases/buckets';
import { zonedDate } from '../../../shared/format';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { resolveGrounds } from '../../../shared/documents/grounds-library';
import { OVERVIEW_SECTIONS, overviewCsv, overviewRows, type OverviewLabels } from '../../../shared/overview/overview-table';
import { PERIOD_KINDS, periodBounds, type Period, type PeriodKind } from '../../../shared/overview/period';
import { REQUEST_TYPE_DEFINITIONS } from '../../../shared/rules/request-types';
import { getTimeZone } from '../../../shared/time/zone';
import { useApp } from '../../app/app-context';
import { overviewReport } from '../../../shared/overview/overview-report';
import type { Locale } from '../../../shared/locale';
import { translate, type MessageArgs, type MessageKey } from '../../i18n/messages';
import { formatDate, formatDateTime } from '../../i18n/format';
import { renderPdf } from '../documents/pdf-browser';
import { runTask } from '../../app/run-task';
import { spanText } from '../cases/countdown';
import { monthTitle } from '../../../shared/format/month-names';
import { useAsyncData } from '../../app/use-async-data';
import { PageHeader } from '../../components/PageHeader';
import { useDeadlineContext } from '../../db/deadline-hooks';
import { fetchOverview, type BuildProgress } from '../../db/overview-queries';
import type { SaveOutcome } from '../../platform/platform';

/**
 * The last save or export, kept as what happened (not as a sentence): the status line is translated when drawn,
 * so it follows a change of the interface language.
 */
export type ExportStatus = SaveOutcome | { readonly status: 'failed'; readonly message: string };

function currentPeriod(kind: PeriodKind, zone: string): Period {
  const [year = 2026, month = 1] = zonedDate(new Date(), zone).split('-').map(Number);
  return { kind, year, index: kind === 'month' ? month : kind === 'quarter' ? Math.ceil(month / 3) : 1 };
}

export function OverviewPage() {
  const { t, settings, platform } = useApp();
  const zoneId = settings.displayTimeZone || DEFAULT_TIME_ZONE;
  const [period, setPeriod] = useState<Period>(() => currentPeriod('month', zoneId));
  const [status, setStatus] = useState<ExportStatus>();
  const [progress, setProgress] = useState<BuildProgress>();
  const [loading, setLoading] = useState(false);
  // Only the latest load draws progress: one started for a period chosen before may still be waiting for the build.
  const loads = useRef(0);
  const buildLine = useRef<HTMLParagraphElement>(null);
  const context = useDeadlineContext(settings);
  const bounds = useMemo(() => periodBounds(period, getTimeZone(zoneId)), [period, zoneId]);
  const data = useAsyncData(async () => {
    if (!context) return undefined;
    const load = ++loads.current;
    const latest = (): boolean => loads.current === load;
    const zone = getTimeZone(DEFAULT_TIME_ZONE);
    const now = new Date();
    const clock = bucketClock(now, context.calendars.kz, zone);
    setProgress(undefined);
    setLoading(true);
    try {
      return await fetchOverview({ period, zone: getTimeZone(zoneId), now, bucketBounds: bucketBounds(clock, zone) }, (next) => {
        if (latest()) setProgress(next);
      });
    } finally {
      if (latest()) {
        setProgress(undefined);
        setLoading(false);
      }
    }
  }, [period, zoneId, context]);
  // The figures could not be read or prepared (the cache build failed): said, with a retry, never a stuck "preparing".
  const failed = data.status === 'error' && !loading;
  const locale = settings.locale;
  const library = useMemo(() => resolveGrounds(settings.groundsLibrary), [settings.groundsLibrary]);
  // The labels in a language: the screen's, or the report's (kk or ru).
  const labelsIn = (loc: Locale): OverviewLabels => {
    const tr = <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string => translate(loc, key, ...args);
    return {
      section: (s) => tr(`overview.section.${s}`),
      type: (id) => REQUEST_TYPE_DEFINITIONS.find((d) => d.id === id)?.label[loc] ?? id,
      channel: (c) => tr(`channel.${c}`),
      bucket: (b) => tr(`bucket.${b}`),
      ground: (g) => {
        const found = library.find((x) => x.id === g);
        return found ? groundDisplay(found, findGround(DEFAULT_GROUNDS, g), loc).text : g;
      },
      received: tr('overview.received'),
      inTime: tr('overview.inTime'),
      late: tr('overview.late'),
      overdueOpen: tr('overview.overdueOpen'),
      pending: tr('overview.pending'),
      average: tr('overview.average'),
      longest: tr('overview.longest'),
      replied: tr('overview.replied'),
      refusals: tr('overview.refusals'),
      duration: (hours) => {
        if (hours === undefined) return '—';
        // Whole hours first, so 23.6 h reads "1 day", never "0 days 24 hours"; zero parts left out ("7 hours").
        const whole = Math.round(hours);
        return spanText(tr, { days: Math.floor(whole / 24), hours: whole % 24 });
      },
      header: [tr('overview.col.section'), tr('overview.col.figure'), tr('overview.col.value')],
    };
  };
  const labels = labelsIn(locale);
  const overview = data.status === 'ready' ? data.value : undefined;
  const rows = overview ? overviewRows(overview, labels) : [];
  // The period as the DPO reads it: its first and last local day (bounds.to is the day after).
  const periodName = `${formatDate(bounds.from)} — ${formatDate(zonedDate(new Date(Date.parse(bounds.endAt) - 1), zoneId))}`;

  const exportCsv = async () => {
    const result = await platform.saveFile(`qorgau-overview-${bounds.from}.csv`, overviewCsv(rows, labels), [{ name: 'CSV', extensions: ['csv'] }]);
    setStatus(result.ok ? result.value : { status: 'failed', message: result.message });
  };

  /** The same figures as a printable PDF report in Kazakh or Russian, saved through the platform. */
  const exportPdf = async (lang: 'kk' | 'ru') => {
    if (!overview) return;
    const reportLabels = labelsIn(lang);
    const definition = overviewReport(
      overviewRows(overview, reportLabels),
      reportLabels,
      {
        title: translate(lang, 'overview.report.title'),
        period: translate(lang, 'overview.report.period', {
          from: formatDate(bounds.from),
          to: formatDate(zonedDate(new Date(Date.parse(bounds.endAt) - 1), zoneId)),
        }),
        prepared: translate(lang, 'overview.report.prepared', { at: formatDateTime(new Date(), zoneId), zone: zoneId }),
      },
      lang,
    );
    const bytes = await renderPdf(definition);
    const result = await platform.saveFile(`qorgau-overview-${bounds.from}-${lang}.pdf`, bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
    setStatus(result.ok ? result.value : { status: 'failed', message: result.message });
  };

  const indexCount = period.kind === 'month' ? 12 : period.kind === 'quarter' ? 4 : 1;
  const typeData = overview ? REQUEST_TYPE_DEFINITIONS.map((d) => ({ name: d.label[locale], value: overview.byType[d.id] })).filter((d) => d.value > 0) : [];
  const timeData = overview
    ? [
        { name: labels.inTime, value: overview.answeredInTime },
        { name: labels.late, value: overview.answeredLate },
        { name: labels.overdueOpen, value: overview.overdueOpen },
      ]
    : [];
  return (
    <>
      <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />
      <div className="toolbar" role="group" aria-label={t('overview.period')}>
        <label>
          {t('overview.periodKind')}{' '}
          <select value={period.kind} onChange={(e) => setPeriod(currentPeriod(e.target.value as PeriodKind, zoneId))}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`overview.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('overview.year')}{' '}
          <input
            type="number"
            min={2000}
            max={2200}
            value={period.year}
            onChange={(e) => {
              const year = Number(e.target.value);
              if (Number.isInteger(year) && year >= 2000 && year <= 2200) setPeriod({ ...period, year });
            }}
          />
        </label>
        {indexCount > 1 && (
          <label>
            {t(period.kind === 'month' ? 'overview.month' : 'overview.quarter')}{' '}
            <select value={period.index} onChange={(e) => setPeriod({ ...period, index: Number(e.target.value) })}>
              {Array.from({ length: indexCount }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {period.kind === 'month' ? monthTitle(i + 1, locale) : t('overview.quarterName', { quarter: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="btn" disabled={!overview} onClick={() => runTask(exportCsv())}>
          {t('overview.csv')}
        </button>
        <button type="button" className="btn" disabled={!overview} onClick={() => runTask(exportPdf('kk'))}>
          {t('overview.pdf.kk')}
        </button>
        <button type="button" className="btn" disabled={!overview} onClick={() => runTask(exportPdf('ru'))}>
          {t('overview.pdf.ru')}
        </button>
      </div>
      <p className="status-line" role="status" data-testid="overview-status">
        {status === undefined
          ? ''
          : status.status === 'saved'
            ? t('save.saved', { path: status.path })
            : status.status === 'downloaded'
              ? t('save.downloaded', { fileName: status.fileName })
              : status.status === 'canceled'
                ? t('save.canceled')
                : t('error.generic', { message: status.message })}
      </p>
      {/* Always in the page (a live region announces changes of a region already there): the progress while the
          figures' cache is built from the records (first use, after a restore), or why the figures are missing. */}
      <div className="overview-build">
        <p className="status-line" role="status" data-testid="overview-preparing" ref={buildLine} tabIndex={-1}>
          {progress
            ? progress.total > 0
              ? t('overview.preparing', { done: progress.done, total: progress.total })
              : t('overview.preparingStart')
            : failed
              ? t('overview.failed')
              : ''}
        </p>
        {failed && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              // The button goes away while trying again: the focus waits on the line that tells how it goes.
              buildLine.current?.focus();
              data.reload();
            }}
          >
            {t('overview.retry')}
          </button>
        )}
      </div>
      {overview && (
        <div className="overview-charts" aria-hidden="true" data-testid="overview-charts">
          <figure className="card">
            <figcaption>{t('overview.section.types')}</figcaption>
            <BarChart width={520} height={240} data={typeData} layout="vertical" margin={{ left: 140, right: 16 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={140} />
              <Bar dataKey="value" fill="#1f5f8b" isAnimationActive={false} />
            </BarChart>
          </figure>
          <figure className="card">
            <figcaption>{t('overview.section.timeliness')}</figcaption>
            {/* Bars across, their names beside them (wrapped): three long names never fit under bars, where the
                chart library would silently drop the one in the middle. */}
            <BarChart width={520} height={200} data={timeData} layout="vertical" margin={{ left: 140, right: 16 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={140} interval={0} />
              <Bar dataKey="value" fill="#a4161a" isAnimationActive={false} />
            </BarChart>
          </figure>
        </div>
      )}
      <table className="overview-table" data-testid="overview-table">
        <caption>{t('overview.tableCaption', { period: periodName })}</caption>
        <thead>
          <tr>
            {labels.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {OVERVIEW_SECTIONS.flatMap((section) =>
            rows
              .filter((r) => r.section === section)
              .map((r, i) => (
                <tr key={`${section}-${r.label}`}>
                  {i === 0 ? <th scope="row">{labels.section(section)}</th> : <td />}
                  <td>{r.label}</td>
                  <td className="num">{r.value}</td>
                </tr>
              )),
          )}
        </tbody>
      </table>
    </>
  );
}
