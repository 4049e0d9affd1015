/**
 * Esc closes a dialog (issue 13 item 5): every dialog of the app calls this one hook. Only the most
 * recently opened dialog hears Esc, so a confirmation over a form closes alone.
 */
import { useEffect, useRef } from 'react';

const stack: (() => void)[] = [];

function onKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const top = stack[stack.length - 1];
  if (!top) return;
  event.preventDefault();
  event.stopPropagation();
  top();
}

export function useEscape(onEscape: () => void, active = true): void {
  const current = useRef(onEscape);
  useEffect(() => {
    current.current = onEscape;
  });
  useEffect(() => {
    if (!active) return;
    const entry = () => current.current();
    if (stack.length === 0) document.addEventListener('keydown', onKey, { capture: true });
    stack.push(entry);
    return () => {
      const at = stack.lastIndexOf(entry);
      if (at >= 0) stack.splice(at, 1);
      if (stack.length === 0) document.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [active]);
}
