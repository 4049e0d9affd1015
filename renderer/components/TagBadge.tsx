/**
 * A rule's or a ground's confidence tag ([P], [S], [K], [I]): its meaning as the tooltip and the link's
 * description, and a link to the Help section that explains what each tag means for the DPO.
 */
import type { StatusTag } from '../../shared/rules/types';
import { useApp } from '../app/app-context';

/** `link={false}` inside a form's label, where following a link would leave the form. */
export function TagBadge({ tag, link = true }: { tag: StatusTag; link?: boolean }) {
  const { t } = useApp();
  const meaning = t(`doc.tag.${tag}`);
  if (!link) {
    return (
      <span className={`badge badge--tag badge--tag-${tag}`} title={meaning} data-testid="tag-badge">
        [{tag}]<span className="visually-hidden"> {meaning}</span>
      </span>
    );
  }
  return (
    <a href="#/settings/help" className={`badge badge--tag badge--tag-${tag}`} title={meaning} aria-label={`[${tag}] ${meaning}`} data-testid="tag-badge">
      [{tag}]
    </a>
  );
}
