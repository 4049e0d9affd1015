/** The integrity check's report: the chain verdict, each record or entry that fails (named), and the anchor. */
import { anchorShort } from '../../../shared/audit/anchor';
import type { IntegrityFinding, IntegrityReport } from '../../../shared/audit/integrity';
import type { Translate } from '../../app/app-context';

function findingText(t: Translate, finding: IntegrityFinding): string {
  if (finding.kind === 'anchor') {
    return finding.problem === 'truncated'
      ? t('integrity.anchor.truncated', { head: finding.head.seq, anchor: anchorShort(finding.anchor) })
      : t('integrity.anchor.rewritten', { seq: finding.anchor.seq, hash: anchorShort(finding.anchor).split(' · ')[1] ?? '' });
  }
  const what = [t(`integrity.table.${finding.table}`), finding.label, finding.caseNumber ? t('integrity.ofCase', { number: finding.caseNumber }) : '']
    .filter((part) => part !== '')
    .join(' ');
  return `${what}: ${t(`integrity.problem.${finding.problem}`, { seq: finding.seq })}`;
}

export function IntegrityFindings({ report, t }: { report: IntegrityReport; t: Translate }) {
  const { chain } = report;
  return (
    <div data-testid="integrity-report" className={report.ok ? 'status status--ok' : 'status status--bad'}>
      <p data-testid="integrity-result">
        {chain.ok
          ? t('register.integrity.ok', { count: chain.count })
          : t('register.integrity.broken', { seq: chain.brokenAt, count: chain.count, reason: t(`register.integrity.${chain.reason}`) })}
      </p>
      {report.findings.length > 0 && (
        <>
          <p>{t('integrity.failed')}</p>
          <ul data-testid="integrity-findings">
            {report.findings.map((finding, index) => (
              <li key={index}>{findingText(t, finding)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('integrity.records', { count: report.checked })}</p>
      {report.legacy > 0 && <p>{t('integrity.legacy', { count: report.legacy })}</p>}
      <p>
        {t('integrity.head', { anchor: anchorShort(report.head) })}{' '}
        {report.anchor ? t('integrity.anchor', { anchor: anchorShort(report.anchor) }) : t('integrity.anchor.none')}
      </p>
    </div>
  );
}
