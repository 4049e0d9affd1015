/**
 * Screens for what another window did to the database (renderer/db/connection-watch.ts): this window is
 * waiting for an older one to let an upgrade through, or has stopped because another window upgraded or
 * deleted the data. Each says what happened and offers a reload — never a blank window.
 */
import type { Locale } from '../../shared/locale';
import type { ElsewhereChange } from '../db/connection-watch';
import { translate } from '../i18n/messages';

function ElsewhereScreen(props: { locale: Locale; testId: string; title: string; body: string; reload: () => void }) {
  const { locale, testId, title, body, reload } = props;
  return (
    <div className="lock-screen" role="alertdialog" aria-labelledby={`${testId}-title`} data-testid={testId} lang={locale}>
      <div className="lock-screen__card">
        <h1 id={`${testId}-title`}>{title}</h1>
        <p>{body}</p>
        <div className="button-row">
          <button type="button" className="btn btn--primary" onClick={() => reload()}>
            {translate(locale, 'elsewhere.reload')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** This window's upgrade waits for another (older) window to close the database. */
export function DatabaseBlocked({ locale, reload }: { locale: Locale; reload: () => void }) {
  return (
    <ElsewhereScreen
      locale={locale}
      testId="database-blocked"
      title={translate(locale, 'elsewhere.blocked.title')}
      body={translate(locale, 'elsewhere.blocked.body')}
      reload={reload}
    />
  );
}

/** Another window upgraded or deleted the database: this one has let go of it. */
export function DatabaseChangedElsewhere({ locale, change, reload }: { locale: Locale; change: ElsewhereChange; reload: () => void }) {
  return (
    <ElsewhereScreen
      locale={locale}
      testId="database-changed-elsewhere"
      title={translate(locale, change === 'upgraded' ? 'elsewhere.upgraded.title' : 'elsewhere.deleted.title')}
      body={translate(locale, change === 'upgraded' ? 'elsewhere.upgraded.body' : 'elsewhere.deleted.body')}
      reload={reload}
    />
  );
}
