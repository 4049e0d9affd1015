/**
 * One polite live region for the whole app (drawn by the Shell): a completed action says so to a screen
 * reader without moving focus. The text is cleared first so that the same message twice is read twice.
 */
export const ANNOUNCER_ID = 'announcer';

export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = '';
  // A separate task: screen readers notice a change of content, not a re-set of the same text.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
