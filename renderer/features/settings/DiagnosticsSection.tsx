import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { storageUse } from '../../db/storage';
import type { SaveOutcome } from '../../platform/platform';

const NOTIFY_KEY = { shown: 'notify.shown', denied: 'notify.denied', unsupported: 'notify.unsupported' } as const;

function describeSave(outcome: SaveOutcome, t: ReturnType<typeof useApp>['t']): string {
  switch (outcome.status) {
    case 'saved':
      return t('save.saved', { path: outcome.path });
    case 'downloaded':
      return t('save.downloaded', { fileName: outcome.fileName });
    case 'canceled':
      return t('save.canceled');
  }
}

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
      settings,
      storage: (await storageUse()) ?? null,
      userAgent: navigator.userAgent,
    };
    const bytes = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
    const result = await platform.saveFile('qorgau-diagnostics.json', bytes, [{ name: 'JSON', extensions: ['json'] }]);
    setStatus(result.ok ? describeSave(result.value, t) : t('error.generic', { message: result.message }));
  };

  return (
    <section className="card" aria-labelledby="diag-title">
      <h2 id="diag-title">{t('settings.diagnostics')}</h2>
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void sendTest()}>
          {t('settings.diagnostics.notify')}
        </button>
        <button type="button" className="btn" onClick={() => void saveReport()}>
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
