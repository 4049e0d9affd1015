import { useMemo, useState } from 'react';
import { bucketBounds, bucketClock, DUE_BUCKETS, type DueBucket } from '../../../shared/cases/buckets';
import { localInputToInstant } from '../../../shared/format';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { getTimeZone } from '../../../shared/time/zone';
import { registerRequest } from '../../db/case-steps';
import { useDeadlineContext } from '../../db/deadline-hooks';
import type { IntakeValues } from '../../../shared/cases/intake-schema';
import type { CaseStatus } from '../../../shared/cases/model';
import { isRequestType, type RequestType } from '../../../shared/rules/request-types';
import { useApp } from '../../app/app-context';
import { announce } from '../../app/announce';
import { navigate, useSubpath } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { DEFAULT_SORT, type CaseFilter, type CaseSort } from '../../db/case-queries';
import { CaseList } from './CaseList';
import { FirstRunChecklist } from './FirstRunChecklist';
import { CaseScreen } from './CaseScreen';
import { IntakeForm } from './IntakeForm';
import { useRequestTypes } from './request-types';

export function CasesPage() {
  const subpath = useSubpath();
  if (subpath === 'new') return <NewCase />;
  if (subpath) return <CaseScreen caseId={subpath} />;
  return <CaseListPage />;
}

function NewCase() {
  const { t, settings } = useApp();
  const requestTypes = useRequestTypes();
  const submit = async (values: IntakeValues, files: File[]) => {
    // The form's schema has already refused a wall time that does not exist.
    const received = localInputToInstant(values.receivedAt, settings.displayTimeZone);
    if (received === undefined) throw new RangeError(`not a wall time: ${values.receivedAt}`);
    const created = await registerRequest(values, received, files, settings);
    announce(t('a11y.registered', { number: created.number }));
    navigate('cases', created.id);
  };
  return (
    <>
      <PageHeader title={t('intake.title')} subtitle={t('cases.subtitle')} />
      <IntakeForm requestTypes={requestTypes} onSubmit={submit} onCancel={() => navigate('cases')} />
    </>
  );
}

function CaseListPage() {
  const { t } = useApp();
  const requestTypes = useRequestTypes();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('open');
  const [requestType, setRequestType] = useState<RequestType | ''>('');
  const [rf, setRf] = useState<'' | 'yes' | 'no'>('');
  const [bucket, setBucket] = useState<DueBucket | ''>('');
  const [sort, setSort] = useState<CaseSort>(DEFAULT_SORT);
  const { settings } = useApp();
  const context = useDeadlineContext(settings);
  // The bucket's bounds are taken when a bucket is chosen (and when the calendars change).
  const bounds = useMemo(() => {
    if (!context || !bucket) return undefined;
    const zone = getTimeZone(DEFAULT_TIME_ZONE);
    return bucketBounds(bucketClock(new Date(), context.calendars.kz, zone), zone);
  }, [context, bucket]);
  const filter = useMemo<CaseFilter>(
    () => ({
      ...(status ? { status } : {}),
      ...(requestType ? { requestType } : {}),
      ...(rf ? { rfSubject: rf === 'yes' } : {}),
      ...(bucket && bounds ? { dueAfter: bounds[bucket][0], dueBefore: bounds[bucket][1] } : {}),
    }),
    [status, requestType, rf, bucket, bounds],
  );
  const labels = useMemo(() => new Map<string, string>(requestTypes.map((r) => [r.id, r.label])), [requestTypes]);
  return (
    <>
      <div className="page-header page-header--with-action">
        <div>
          <h1>{t('cases.title')}</h1>
          <p>{t('cases.subtitle')}</p>
        </div>
        <button type="button" className="btn btn--primary" onClick={() => navigate('cases', 'new')}>
          {t('cases.new')}
        </button>
      </div>
      <FirstRunChecklist />
      <div className="toolbar">
        <input
          type="search"
          className="search"
          placeholder={t('cases.search')}
          aria-label={t('cases.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <select aria-label={t('cases.col.status')} value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
          <option value="">{t('cases.filter.allStatuses')}</option>
          <option value="open">{t('case.status.open')}</option>
          <option value="closed">{t('case.status.closed')}</option>
        </select>
        <select aria-label={t('cases.col.types')} value={requestType} onChange={(e) => setRequestType(isRequestType(e.target.value) ? e.target.value : '')}>
          <option value="">{t('cases.filter.allTypes')}</option>
          {requestTypes.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        <select aria-label={t('cases.filter.jurisdiction')} value={rf} onChange={(e) => setRf(e.target.value as '' | 'yes' | 'no')}>
          <option value="">{t('cases.filter.allJurisdictions')}</option>
          <option value="no">{t('cases.filter.kzOnly')}</option>
          <option value="yes">{t('cases.filter.rf')}</option>
        </select>
        <select aria-label={t('cases.col.due')} value={bucket} onChange={(e) => setBucket(e.target.value as DueBucket | '')}>
          <option value="">{t('cases.filter.anyDeadline')}</option>
          {DUE_BUCKETS.map((b) => (
            <option key={b} value={b}>
              {t(`bucket.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <CaseList filter={filter} search={search} sort={sort} onSort={setSort} typeLabel={(id) => labels.get(id) ?? id} context={context} />
    </>
  );
}
