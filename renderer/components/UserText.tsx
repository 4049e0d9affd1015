/**
 * Text a person typed or a file came with (names, file names, descriptions): isolated from what is around
 * it (<bdi>: its own direction, `unicode-bidi: isolate`), so a right-to-left run or a bidi control in it
 * cannot reorder the case number, the size or the punctuation next to it.
 */
import type { ReactNode } from 'react';
import { hasBidiControls, revealBidiControls } from '../../shared/format';
import { useApp } from '../app/app-context';

export function UserText({ children }: { children: ReactNode }) {
  return <bdi className="user-text">{children}</bdi>;
}

/**
 * A file name; one holding bidi controls (which can disguise "fdp.exe" as ".pdf") is flagged and shown with
 * each control made visible as its code point.
 */
export function FileName({ name }: { name: string }) {
  const { t } = useApp();
  if (!hasBidiControls(name)) return <UserText>{name}</UserText>;
  return (
    <span className="file-name--flagged" data-testid="file-name-flagged">
      <span className="badge badge--warn">{t('bidi.flag')}</span> <UserText>{revealBidiControls(name)}</UserText>
    </span>
  );
}
