/** Hash routes: they work identically under app://, http:// and file://. */
import { useEffect, useState } from 'react';

export const AREAS = ['cases', 'deadlines', 'documents', 'register', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export function areaFromHash(hash: string): Area {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : 'cases';
}

export function navigate(area: Area): void {
  window.location.hash = `#/${area}`;
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
