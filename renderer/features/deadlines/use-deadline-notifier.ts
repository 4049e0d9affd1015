import { useEffect } from 'react';
import { ruleById } from '../../../shared/rules';
import { useApp } from '../../app/app-context';
import { dueDeadlineNotices, dueIncidentNotices, markIncidentNoticesShown, markNoticesShown } from '../../db/notification-repository';
import { formatDateTime } from '../../i18n/format';
import { runTask } from '../../app/run-task';

const CHECK_EVERY_MS = 60_000;

/** Checks deadlines at start and every minute; each obligation notifies at most once per kind. */
export function useDeadlineNotifier(): void {
  const { platform, t, settings } = useApp();
  useEffect(() => {
    let running = false;
    const check = async () => {
      if (running) return;
      running = true;
      try {
        const now = new Date();
        // The incidents' clocks first: they run in hours (R10) or from the moment of detection (K8).
        const incidents = await dueIncidentNotices(now);
        for (const { obligation, kind, incidentNumber } of incidents.slice(0, 5)) {
          const title = ruleById(obligation.ruleId)?.title[settings.locale] ?? obligation.ruleId;
          await platform.notify(
            t(kind === 'overdue' ? 'notify.overdue.title' : 'notify.lastHours.title', { number: incidentNumber }),
            t('notify.deadline.body', { obligation: title, due: formatDateTime(new Date(obligation.dueAt), settings.displayTimeZone) }),
          );
        }
        if (incidents.length > 0) await markIncidentNoticesShown(incidents);
        const due = await dueDeadlineNotices(now);
        if (due.length === 0) return;
        for (const { obligation, kind, caseNumber } of due.slice(0, 5)) {
          const title = ruleById(obligation.ruleId)?.title[settings.locale] ?? obligation.ruleId;
          await platform.notify(
            t(kind === 'overdue' ? 'notify.overdue.title' : 'notify.lastHours.title', { number: caseNumber }),
            t('notify.deadline.body', { obligation: title, due: formatDateTime(new Date(obligation.dueAt), settings.displayTimeZone) }),
          );
        }
        if (due.length > 5) await platform.notify(t('notify.more.title'), t('notify.more.body', { count: due.length - 5 }));
        await markNoticesShown(due);
      } finally {
        running = false;
      }
    };
    runTask(check());
    const timer = setInterval(() => runTask(check()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [platform, t, settings.locale, settings.displayTimeZone]);
}
