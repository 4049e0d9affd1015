import { Icon, type IconName } from './Icon';

/** What an area will hold, said plainly while it holds nothing. */
export function EmptyState({ icon, title, body }: { icon: IconName; title: string; body: string }) {
  return (
    <section className="empty-state" aria-live="polite">
      <div className="empty-state__icon">
        <Icon name={icon} size={40} />
      </div>
      <h2>{title}</h2>
      <p>{body}</p>
    </section>
  );
}
