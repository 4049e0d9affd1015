/**
 * The register of requests and the audit trail: integrity check of the hash chain (naming the first
 * broken link), CSV export of the register, and every case (newest first).
 */
import { useState } from 'react';
import type { IntegrityReport } from '../../../shared/audit/integrity';
import type { RegisterFormat } from '../../../shared/cases/register-csv';
import { zonedDate } from '../../../shared/format';
import { REQUEST_TYPE_DEFINITIONS } from '../../../shared/rules/request-types';
import { useApp } from '../../app/app-context';
import { PageHeader } from '../../components/PageHeader';
import { checkAppIntegrity } from '../../db/integrity-check';
import { keepFurtherAnchor } from '../../app/anchor-keeper';
import { IntegrityFindings } from './IntegrityFindings';
import { exportRegisterCsv } from '../../db/register-export';
import { actorLabel } from '../../app/actor-label';
import { DEFAULT_SORT, type CaseSort } from '../../db/case-queries';
import { formatDateTime } from '../../i18n/format';
import { CaseList } from '../cases/CaseList';
import { runTask } from '../../app/run-task';

const NO_FILTER = {};

export function RegisterPage() {
  const { t, settings, platform } = useApp();
  const [verdict, setVerdict] = useState<IntegrityReport>();
  const [checking, setChecking] = useState(false);
  const [sort, setSort] = useState<CaseSort>(DEFAULT_SORT);
  const [exportStatus, setExportStatus] = useState('');
  const typeLabel = (id: string) => REQUEST_TYPE_DEFINITIONS.find((d) => d.id === id)?.label[settings.locale] ?? id;

  const verify = async () => {
    // The button keeps focus while it works (aria-disabled, not disabled); a second press does nothing.
    if (checking) return;
    setChecking(true);
    // Checked against the anchor kept outside the database; an intact trail then anchors its head.
    const kept = await platform.readAnchor();
    const report = await checkAppIntegrity(kept.ok ? kept.value : null);
    setVerdict(report);
    if (report.ok) await keepFurtherAnchor(platform);
    setChecking(false);
  };

  const exportCsv = async () => {
    const format: RegisterFormat = {
      columns: {
        number: t('cases.col.number'),
        received: t('cases.col.received'),
        channel: t('intake.channel'),
        subject: t('cases.col.subject'),
        types: t('cases.col.types'),
        met: t('register.col.met'),
        missed: t('register.col.missed'),
        open: t('register.col.open'),
        status: t('cases.col.status'),
        outcome: t('case.outcome'),
        reply: t('register.col.reply'),
        actor: t('register.col.actor'),
        anchor: t('register.anchor'),
      },
      instant: (iso) => formatDateTime(new Date(iso), settings.displayTimeZone),
      channel: (c) => t(`channel.${c}`),
      type: typeLabel,
      status: (s) => t(`case.status.${s}`),
      withdrawn: t('register.withdrawn'),
      outcome: (o) => t(`outcome.${o}`),
    };
    const bytes = await exportRegisterCsv(format, new Date(), (actor) => actorLabel(t, actor));
    const day = zonedDate(new Date(), settings.displayTimeZone);
    const result = await platform.saveFile(`qorgau-register-${day}.csv`, bytes, [{ name: 'CSV', extensions: ['csv'] }]);
    setExportStatus(
      result.ok
        ? result.value.status === 'saved'
          ? t('save.saved', { path: result.value.path })
          : result.value.status === 'downloaded'
            ? t('save.downloaded', { fileName: result.value.fileName })
            : t('save.canceled')
        : t('error.generic', { message: result.message }),
    );
  };

  return (
    <>
      <PageHeader title={t('register.title')} subtitle={t('register.subtitle')} />
      <div className="settings-grid register-cards">
        <section className="card" aria-labelledby="integrity-title">
          <h2 id="integrity-title">{t('register.integrity')}</h2>
          <p className="card__hint">{t('register.integrity.hint')}</p>
          <button type="button" className="btn" aria-disabled={checking} onClick={() => runTask(verify())}>
            {t('register.verify')}
          </button>
          {/* The live region is there before the verdict, so that the verdict is read when it comes. */}
          <div role="status">{verdict && <IntegrityFindings report={verdict} t={t} />}</div>
        </section>
        <section className="card" aria-labelledby="export-title">
          <h2 id="export-title">{t('register.export')}</h2>
          <p className="card__hint">{t('register.export.hint')}</p>
          <button type="button" className="btn" onClick={() => runTask(exportCsv())}>
            {t('register.export.csv')}
          </button>
          <p className="status-line" data-testid="export-status" role="status">
            {exportStatus}
          </p>
        </section>
      </div>
      <CaseList filter={NO_FILTER} search="" sort={sort} onSort={setSort} typeLabel={typeLabel} />
    </>
  );
}
