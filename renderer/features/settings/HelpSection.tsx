/** Help: the keyboard shortcuts, and what the confidence tags [P] [S] [K] [I] beside citations mean for the DPO. */
import { useApp } from '../../app/app-context';
import { SHORTCUTS } from '../../app/use-shortcuts';

const TAGS = ['P', 'P-old', 'S', 'K', 'I'] as const;

export function HelpSection() {
  const { t } = useApp();
  const mac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
  const mod = mac ? '⌘' : 'Ctrl';
  const keys: Readonly<Record<(typeof SHORTCUTS)[number], string>> = {
    new: `${mod}+N`,
    search: `${mod}+F`,
    submit: `${mod}+Enter`,
    escape: 'Esc',
    areas: `${mod}+1…5`,
  };
  return (
    <>
      <section className="card" aria-labelledby="help-keys-title" data-testid="help-shortcuts">
        <h2 id="help-keys-title">{t('help.keys.title')}</h2>
        <table className="overview-table">
          <thead>
            <tr>
              <th scope="col">{t('help.keys.key')}</th>
              <th scope="col">{t('help.keys.does')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s}>
                <td>
                  <kbd>{keys[s]}</kbd>
                </td>
                <td>{t(`help.keys.${s}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="help-tags-title" data-testid="help-tags">
        <h2 id="help-tags-title">{t('help.tags.title')}</h2>
        <p className="card__hint">{t('help.tags.intro')}</p>
        <dl>
          {TAGS.map((tag) => (
            <div key={tag}>
              <dt>
                <strong>[{tag}]</strong> {t(`help.tag.${tag}.name`)}
              </dt>
              <dd>{t(`help.tag.${tag}.means`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
