/**
 * After a navigation (a change of the hash route), focus goes to the new screen's heading, so that the
 * keyboard carries on from there and a screen reader reads where it is; document.title names the screen
 * (and the case) from that heading. Screens draw their heading when their data has loaded, so the hook
 * watches the pane until one appears.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function headingOf(pane: HTMLElement): HTMLElement | null {
  return pane.querySelector<HTMLElement>('h1');
}

export function useScreenFocus(pane: RefObject<HTMLElement | null>, route: string, areaName: string): void {
  const first = useRef(true);
  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const focus = !first.current;
    first.current = false;
    // The heading focus was given to. The old screen's heading can still be on the page when this runs (a part
    // of the screen re-renders a moment later); once it is gone, the new screen's heading takes focus.
    let target: HTMLElement | null = null;
    const update = () => {
      const heading = headingOf(element);
      const text = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const title = !text || text === areaName ? `${areaName} — Qorgau` : `${text} — ${areaName} — Qorgau`;
      if (document.title !== title) document.title = title;
      if (!focus || !heading || (target !== null && target.isConnected)) return;
      const active = document.activeElement;
      // Whatever the user focused meanwhile (a form field that took focus on its own) keeps it.
      if (target === null && active !== null && active !== document.body && element.contains(active)) {
        target = heading;
        return;
      }
      if (active === null || active === document.body || !element.contains(active) || active === target) {
        target = heading;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    };
    update();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(update);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pane, route, areaName]);
}
