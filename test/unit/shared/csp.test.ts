import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('content security policy', () => {
  it('denies by default and loads scripts only from the app', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('allows no remote host, inline script or eval anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
  });

  it('runs no worker from a blob: (pdfmake needs none); workers fall back to script-src', () => {
    const workers = directives.get('worker-src') ?? directives.get('child-src') ?? directives.get('script-src');
    expect(workers).toEqual(["'self'"]);
  });
});
