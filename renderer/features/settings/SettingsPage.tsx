import type { ReactNode } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useApp } from '../../app/app-context';
import { useSubpath } from '../../app/routes';
import { AppLockSection } from '../backup/AppLockSection';
import { BackupSection } from '../backup/BackupSection';
import { CalendarFileSection } from '../calendar/CalendarFileSection';
import { CalendarSection } from '../calendar/CalendarSection';
import { ActDefaultsSection } from '../documents/ActDefaultsSection';
import { GroundsSection } from '../documents/GroundsSection';
import { OrgProfileSection } from '../documents/OrgProfileSection';
import { AboutSection } from './AboutSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { HelpSection } from './HelpSection';
import { MomentReadingSection } from './MomentReadingSection';
import { PreferencesSection } from './PreferencesSection';
import { ActorSection } from './ActorSection';
import { SETTINGS_SECTIONS, isSettingsSection, type SettingsSection } from './settings-sections';
import { StorageSection } from './StorageSection';
import { TermsSection } from './TermsSection';

function sectionContent(section: SettingsSection): ReactNode {
  switch (section) {
    case 'general':
      return (
        <>
          <PreferencesSection />
          <ActorSection />
          <MomentReadingSection />
        </>
      );
    case 'calendar':
      return (
        <>
          <CalendarSection />
          <CalendarFileSection />
        </>
      );
    case 'terms':
      return <TermsSection />;
    case 'profile':
      return <OrgProfileSection />;
    case 'grounds':
      return <GroundsSection />;
    case 'acts':
      return <ActDefaultsSection />;
    case 'backup':
      return (
        <>
          <BackupSection />
          <StorageSection />
        </>
      );
    case 'lock':
      return <AppLockSection />;
    case 'help':
      return <HelpSection />;
    case 'about':
      return (
        <>
          <AboutSection />
          <DiagnosticsSection />
        </>
      );
  }
}

/**
 * Settings: a navigation column of sections, each with its own address (#/settings/profile). The bare
 * address (#/settings) shows every section one after another, each under its name.
 */
export function SettingsPage() {
  const { t } = useApp();
  const subpath = useSubpath();
  const chosen = isSettingsSection(subpath) ? subpath : undefined;
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="settings-layout">
        {/* A navigation landmark (role), not a <nav> element: `nav a` stays the sidebar's areas. */}
        <div className="settings-nav" role="navigation" aria-label={t('settings.nav.label')} data-testid="settings-nav">
          <ul>
            <li>
              <a href="#/settings" aria-current={chosen ? undefined : 'page'}>
                {t('settings.nav.all')}
              </a>
            </li>
            {SETTINGS_SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#/settings/${section}`} aria-current={chosen === section ? 'page' : undefined} data-section={section}>
                  {t(`settings.nav.${section}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="settings-sections">
          {chosen ? (
            <div className="settings-grid" data-section={chosen}>
              {sectionContent(chosen)}
            </div>
          ) : (
            SETTINGS_SECTIONS.map((section) => (
              <div key={section} className="settings-group" data-section={section}>
                <h2 className="settings-group__title">{t(`settings.nav.${section}`)}</h2>
                <div className="settings-grid">{sectionContent(section)}</div>
              </div>
            ))
          )}
        </div>
      </div>
    </>
  );
}
