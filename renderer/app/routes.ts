/** Hash routes: they work identically under app://, http:// and file://. */
import { useEffect, useState } from 'react';

export const AREAS = ['cases', 'deadlines', 'documents', 'register', 'settings'] as const;
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

export function useSubpath(): string {
  const [subpath, setSubpath] = useState(() => subpathFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSubpath(subpathFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return subpath;
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
