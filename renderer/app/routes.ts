/** Hash routes: they work identically under app://, http:// and file://. */
import { useEffect, useState } from 'react';

export const AREAS = ['cases', 'deadlines', 'documents', 'register', 'overview', 'processing', 'breaches', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export function areaFromHash(hash: string): Area {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : 'cases';
}

/** The part of the route after the area, e.g. 'new' or a case id in '#/cases/<id>'. */
export function subpathFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split('/').slice(1).join('/');
}

export function navigate(area: Area, subpath = ''): void {
  window.location.hash = subpath ? `#/${area}/${subpath}` : `#/${area}`;
}

/** Starts the window again at an area (when there is no shell to navigate in, or it must start afresh). */
export function reloadAt(area: Area, reload: () => void = () => window.location.reload()): void {
  window.location.hash = `#/${area}`;
  reload();
}

export function useSubpath(): string {
  const [subpath, setSubpath] = useState(() => subpathFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSubpath(subpathFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return subpath;
}

/** The whole route (e.g. '#/cases/<id>'): error boundaries start afresh when it changes. */
export function useRoute(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function useArea(): Area {
  const [area, setArea] = useState<Area>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return area;
}
