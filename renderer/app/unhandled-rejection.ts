/**
 * The safety net: a promise rejected with nobody to handle it is shown on the error surface of the
 * area on screen, as a failed task is (the browser still logs it).
 */
import { reportFailure } from './failure-sink';

export function installRejectionNet(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onRejection = (event: Event) => {
    reportFailure({ error: 'reason' in event ? event.reason : undefined, source: 'unhandled-rejection' });
  };
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
