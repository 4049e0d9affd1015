import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeSave } from '../../app/describe-save';
import { runTask } from '../../app/run-task';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { storageUse } from '../../db/storage';
import { settingsSummary } from './settings-summary';

const NOTIFY_KEY = { shown: 'notify.shown', denied: 'notify.denied', unsupported: 'notify.unsupported' } as const;

export function DiagnosticsSection() {
  const { t, platform, settings } = useApp();
  const [status, setStatus] = useState('');

  const sendTest = async () => {
    setStatus(t(NOTIFY_KEY[await platform.notify(t('notify.test.title'), t('notify.test.body'))]));
  };

  const saveReport = async () => {
    const report = {
      generatedAt: new Date().toISOString(),
      app: await platform.appInfo(),
      platform: platform.kind,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      settings: settingsSummary(settings),
      storage: (await storageUse()) ?? null,
      userAgent: navigator.userAgent,
    };
    const bytes = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
    setStatus(describeSave(await platform.saveFile('qorgau-diagnostics.json', bytes, [{ name: 'JSON', extensions: ['json'] }]), t));
  };

  return (
    <section className="card" aria-labelledby="diag-title">
      <h2 id="diag-title">{t('settings.diagnostics')}</h2>
      <div className="button-row">
        <button type="button" className="btn" onClick={() => runTask(sendTest)}>
          {t('settings.diagnostics.notify')}
        </button>
        <button type="button" className="btn" onClick={() => runTask(saveReport)}>
          {t('settings.diagnostics.report')}
        </button>
      </div>
      <small>{t('settings.diagnostics.reportHint')}</small>
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
