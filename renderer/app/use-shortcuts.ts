/**
 * Keyboard shortcuts (issue 13 item 5): Ctrl/Cmd+N registers a new request, Ctrl/Cmd+F focuses the
 * case search, Ctrl/Cmd+Enter submits the form the focus is in.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc';
import { navigate, type Area } from './routes';

/** The shortcuts Help lists ('escape' is the shared hook of every dialog, use-escape.ts). */
export const SHORTCUTS = ['new', 'search', 'submit', 'escape', 'areas'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

/** Focuses the case list's search box once the list is on screen. */
function focusSearch(): void {
  const find = (): HTMLInputElement | null => document.querySelector<HTMLInputElement>('input[type="search"]');
  const box = find();
  if (box) {
    box.focus();
    box.select();
    return;
  }
  navigate('cases');
  // The list draws its search box once its data has loaded (slow on a loaded machine): wait for it while the
  // window stays on the case list, for at most ten seconds.
  const until = Date.now() + 10_000;
  const retry = (): void => {
    if (!/^#\/cases\/?$/.test(window.location.hash)) return;
    const found = find();
    if (found) found.focus();
    else if (Date.now() < until) requestAnimationFrame(retry);
  };
  requestAnimationFrame(retry);
}

const MENU_AREAS = {
  'navigate-cases': 'cases',
  'navigate-deadlines': 'deadlines',
  'navigate-documents': 'documents',
  'navigate-register': 'register',
  'navigate-breaches': 'breaches',
  'navigate-settings': 'settings',
} as const satisfies Partial<Record<MenuCommand, Area>>;

/**
 * What a native-menu command does. New request and Find run the very code of Ctrl/Cmd+N and Ctrl/Cmd+F: the
 * menu shows those accelerators without registering them (electron/main/menu.ts), so a key press acts once,
 * here in the keydown handler, and a click on the menu item acts once, here.
 */
export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'new-request':
      navigate('cases', 'new');
      return;
    case 'find':
      focusSearch();
      return;
    case 'help-shortcuts':
      navigate('settings', 'help');
      return;
    case 'about':
      navigate('settings');
      return;
    default:
      navigate(MENU_AREAS[command]);
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        runMenuCommand('new-request');
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        runMenuCommand('find');
      } else if (event.key === 'Enter') {
        const form = (event.target as Element | null)?.closest?.('form');
        if (form instanceof HTMLFormElement) {
          event.preventDefault();
          form.requestSubmit();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
