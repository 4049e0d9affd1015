/**
 * Beside a due date counted through a year whose official calendar is not published yet: a visible mark
 * with a short explanation (tooltip and the link's accessible description) and a link to the calendar
 * settings, where the DPO loads the published calendar or corrects a day.
 */
import { useId, useMemo } from 'react';
import type { DeadlineWarning } from '../../../shared/calendar/trace-types';
import type { CalendarId } from '../../../shared/calendar/types';
import { zonedDate } from '../../../shared/format/zoned-parts';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';
import { estimatedYearsOf, type DeadlineContext } from '../../../shared/cases/deadlines';
import type { ObligationRecord } from '../../../shared/cases/model';
import { useApp } from '../../app/app-context';
import { Icon } from '../../components/Icon';

type Counted = Pick<ObligationRecord, 'ruleId' | 'triggerAt' | 'extended' | 'termCount'>;

/** The distinct years of a deadline's estimated-calendar warnings, in order. */
export const warnedYears = (warnings: readonly DeadlineWarning[]): readonly number[] => [...new Set(warnings.map((w) => w.year))].sort((a, b) => a - b);

/** The mark for a request's obligation, counted again under the current calendars (nothing while they load). */
export function ObligationEstimateWarning({ obligation, context }: { obligation: Counted; context: DeadlineContext | undefined }) {
  const { ruleId, triggerAt, extended, termCount } = obligation;
  const years = useMemo(
    () => (context ? warnedYears(estimatedYearsOf({ ruleId, triggerAt, extended, termCount }, context)) : []),
    [context, ruleId, triggerAt, extended, termCount],
  );
  return <EstimateWarning years={years} />;
}

/**
 * The mark for a list row that keeps only the next due instant (case list, breach register): the due date's
 * year (in the organisation's zone) is an estimate in one of the calendars the row's clocks run on.
 */
export function DueYearEstimateWarning({
  dueAt,
  calendars,
  context,
  compact = false,
}: {
  dueAt: string;
  calendars: readonly CalendarId[];
  context: DeadlineContext | undefined;
  compact?: boolean;
}) {
  const year = dueAt === '' ? undefined : Number(zonedDate(new Date(dueAt), DEFAULT_TIME_ZONE).slice(0, 4));
  const estimated = year !== undefined && context !== undefined && calendars.some((id) => context.calendars[id].yearStatus(year) === 'estimate');
  return <EstimateWarning years={estimated ? [year] : []} compact={compact} />;
}

/** `compact`: the icon alone is seen (a fixed-height list row); the words stay the link's name for screen readers. */
export function EstimateWarning({ years, compact = false }: { years: readonly number[]; compact?: boolean }) {
  const { t } = useApp();
  const id = useId();
  if (years.length === 0) return null;
  const explain = t('estimate.explain', { years: years.join(', ') });
  return (
    <span className={`estimate-warning${compact ? ' estimate-warning--compact' : ''}`} data-testid="estimate-warning" data-years={years.join(' ')}>
      <a href="#/settings/calendar" title={explain} aria-describedby={id} onClick={(event) => event.stopPropagation()}>
        <Icon name="warning" size={16} />
        <span className={compact ? 'visually-hidden' : undefined}>{t('estimate.badge')}</span>
      </a>
      <span id={id} className="visually-hidden">
        {explain}
      </span>
    </span>
  );
}
