/**
 * First run (issue 13 item 1): what must be set before the first letter — the organisation profile,
 * the destruction-act defaults and a first backup in the backup folder — with the app lock offered as
 * optional. Shown on the start screen until the required steps are done; each step links to its
 * settings section. The state of each step is said in words, not by colour.
 */
import { useApp } from '../../app/app-context';
import type { SettingsSection } from '../settings/settings-sections';

interface Step {
  readonly id: 'profile' | 'acts' | 'backup' | 'lock';
  readonly section: SettingsSection;
  readonly done: boolean;
  readonly optional: boolean;
}

export function FirstRunChecklist() {
  const { t, settings } = useApp();
  const steps: readonly Step[] = [
    { id: 'profile', section: 'profile', done: settings.orgProfile !== null, optional: false },
    { id: 'acts', section: 'acts', done: settings.actDefaults !== null, optional: false },
    { id: 'backup', section: 'backup', done: settings.lastBackup !== null, optional: false },
    { id: 'lock', section: 'lock', done: settings.appLock !== null, optional: true },
  ];
  if (steps.every((step) => step.done || step.optional)) return null;
  const left = steps.filter((step) => !step.done && !step.optional).length;
  return (
    <section className="card first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <p className="card__hint">{t('firstRun.intro', { count: left })}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.id} data-step={step.id} data-done={step.done}>
            <span className={`first-run__state first-run__state--${step.done ? 'done' : 'todo'}`}>
              {step.done ? t('firstRun.done') : step.optional ? t('firstRun.optional') : t('firstRun.todo')}
            </span>{' '}
            <a href={`#/settings/${step.section}`}>{t(`firstRun.step.${step.id}`)}</a>
            <span className="muted"> — {t(`firstRun.why.${step.id}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
