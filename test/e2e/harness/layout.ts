/**
 * Generic layout checks for a screen of the app (issue 13 item 8: every screen usable at 1 280 × 800).
 *
 * - The main pane and the page do not scroll sideways.
 * - No box inside the main pane scrolls sideways (a table's container above all) unless it is a deliberate
 *   scrollable region a keyboard and a screen reader can use: a name (aria-label / aria-labelledby) and a
 *   tabindex, so it can be focused and scrolled with the arrow keys.
 * - Every visible interactive element inside the main pane lies horizontally within the window and within
 *   the pane, and is not cut by an ancestor that clips it (other than such a deliberate region).
 *
 * Returns a list of readable problems, empty when the screen is fine.
 */
import type { Page } from 'playwright-core';

export interface LayoutOptions {
  /**
   * A control inside a named, focusable scroll region may lie beyond the window (it is reached by scrolling the
   * region): true for a zoomed window, where a wide table scrolls inside itself; false (the default) where every
   * control must be in view as the screen opens.
   */
  readonly scrollRegionsMayHideControls?: boolean;
}

export async function layoutProblems(page: Page, screen: string, options: LayoutOptions = {}): Promise<string[]> {
  const found = await page.evaluate((regionsMayHide) => {
    const problems: string[] = [];
    const main = document.querySelector<HTMLElement>('#main');
    if (!main) return ['no #main'];
    const describe = (el: Element): string => {
      const testid = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${testid ? ` data-testid=${testid}` : ''}${cls}>${text ? ` “${text}”` : ''}`;
    };
    const deliberateRegion = (el: Element): boolean =>
      (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) && el.hasAttribute('tabindex') && Number(el.getAttribute('tabindex')) >= 0;
    function* ancestors(el: Element) {
      for (let up = el.parentElement; up && up !== main; up = up.parentElement) yield up;
    }
    const scrollsSideways = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    };

    if (main.scrollWidth > main.clientWidth + 1)
      problems.push(`the main pane scrolls sideways: scrollWidth ${main.scrollWidth} > clientWidth ${main.clientWidth}`);
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways: scrollWidth ${doc.scrollWidth} > window ${window.innerWidth}`);

    // Boxes that scroll sideways: every table's containers up to the pane, and every other overflowing box.
    const reported = new Set<Element>();
    const checkBox = (el: Element) => {
      if (reported.has(el) || !scrollsSideways(el) || deliberateRegion(el)) return;
      if (el.matches('input, textarea, select')) return; // a field scrolls its own text
      if (el.clientWidth <= 1) return; // visually hidden, for screen readers only
      if (getComputedStyle(el).textOverflow === 'ellipsis') return; // a deliberately shortened line
      reported.add(el);
      problems.push(`${describe(el)} scrolls sideways without being a named, focusable region: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    };
    for (const table of main.querySelectorAll('table')) {
      for (let el: Element | null = table; el && el !== main; el = el.parentElement) checkBox(el);
    }
    for (const el of main.querySelectorAll('*')) checkBox(el);

    // Interactive elements: within the window and the pane horizontally, and not cut by an ancestor.
    const mainBox = main.getBoundingClientRect();
    const right = Math.min(window.innerWidth, mainBox.right);
    const interactive = main.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    for (const el of interactive) {
      if (regionsMayHide && [...ancestors(el)].some(deliberateRegion)) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // not drawn (closed, hidden, visually-hidden)
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue; // e.g. a file input laid over its label
      if (box.left < mainBox.left - 1 || box.right > right + 1) {
        problems.push(
          `${describe(el)} is outside the window/pane: [${Math.round(box.left)}, ${Math.round(box.right)}] not within [${Math.round(mainBox.left)}, ${Math.round(right)}]`,
        );
        continue;
      }
      for (let up = el.parentElement; up && up !== main; up = up.parentElement) {
        const clip = getComputedStyle(up);
        if (!['auto', 'scroll', 'hidden', 'clip'].includes(clip.overflowX)) continue;
        const upBox = up.getBoundingClientRect();
        if (box.left < upBox.left - 1 || box.right > upBox.right + 1) {
          if (deliberateRegion(up)) break;
          problems.push(
            `${describe(el)} is cut by ${describe(up)}: [${Math.round(box.left)}, ${Math.round(box.right)}] not within [${Math.round(upBox.left)}, ${Math.round(upBox.right)}]`,
          );
          break;
        }
      }
    }
    return problems;
  }, options.scrollRegionsMayHideControls ?? false);
  return found.map((problem) => `${screen}: ${problem}`);
}
