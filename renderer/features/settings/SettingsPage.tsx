import { PageHeader } from '../../components/PageHeader';
import { useApp } from '../../app/app-context';
import { AppLockSection } from '../backup/AppLockSection';
import { BackupSection } from '../backup/BackupSection';
import { CalendarFileSection } from '../calendar/CalendarFileSection';
import { CalendarSection } from '../calendar/CalendarSection';
import { ActDefaultsSection } from '../documents/ActDefaultsSection';
import { GroundsSection } from '../documents/GroundsSection';
import { OrgProfileSection } from '../documents/OrgProfileSection';
import { AboutSection } from './AboutSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { MomentReadingSection } from './MomentReadingSection';
import { PreferencesSection } from './PreferencesSection';
import { ActorSection } from './ActorSection';
import { StorageSection } from './StorageSection';
import { TermsSection } from './TermsSection';

export function SettingsPage() {
  const { t } = useApp();
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="settings-grid">
        <PreferencesSection />
        <ActorSection />
        <CalendarSection />
        <CalendarFileSection />
        <TermsSection />
        <MomentReadingSection />
        <OrgProfileSection />
        <GroundsSection />
        <ActDefaultsSection />
        <StorageSection />
        <AppLockSection />
        <BackupSection />
        <AboutSection />
        <DiagnosticsSection />
      </div>
    </>
  );
}
