/**
 * axe-core in the built app under its strict CSP. A <script> tag (page.addScriptTag) is refused by the
 * policy, so the source is evaluated through the DevTools protocol (page.evaluate of a string), which the
 * page's CSP does not govern. `axeVersion` proves it ran.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { target: readonly string[]; failureSummary?: string }[];
}

interface AxeOutcome {
  readonly version: string;
  readonly violations: readonly AxeViolation[];
  readonly passes: number;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export async function runAxe(page: Page): Promise<AxeOutcome> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { version: string; run: (c: Document, o: object) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      version: axe.version,
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  }, TAGS);
}

/** Runs axe on the screen; returns each violation described with its first nodes (none: []). */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const outcome = await runAxe(page);
  // It really ran: axe 4.x answered and some rules passed.
  expect(outcome.version).toMatch(/^4\./);
  expect(outcome.passes).toBeGreaterThan(0);
  return outcome.violations.map(
    (v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}
