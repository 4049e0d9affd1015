/**
 * The retention clock at scale (issue 14, item 6), in Debian Chromium with real IndexedDB:
 *   retention_import_100k_ms           the app's import of 100 000 checked relationship rows (one Dexie transaction:
 *                                      the register re-read, the duplicate check, destruction dates, bulk writes in
 *                                      chunks, the audit event), median of two runs;
 *   retention_import_vs_raw_idb_ratio  that over plain IndexedDB puts of the same rows into a store with the same
 *                                      indexes (one transaction, the same 'strict' durability hint as the app), the
 *                                      two measured in the same page, alternating which goes first; goal ≤ 1.5;
 *   destruction_queue_ms_100k          the destruction queue as its screen first reads it over the 100 000: every
 *                                      group (bucket × activity × system) counted by key range, then the first page
 *                                      (50 rows) of each group the screen opens at first, with the holds of those
 *                                      rows' subjects; median of warm reads; goal < 200;
 *   destruction_queue_page_ms_100k     the next page of the first group (keyset), with its holds; median of warm
 *                                      reads.
 * And in Node with the shipped fonts:
 *   information_answer_pdf_ms          one information answer (two activities, RF subject, Russian) model → PDF
 *                                      bytes, median of warm runs; goal < 150;
 *   information_answer_vs_bare_pdfmake_ratio
 *                                      that over bare pdfmake laying out the answer's own text as plain paragraphs
 *                                      in the same fonts, size and margins, measured interleaved in the same loop
 *                                      (meaningful under load, when the absolute figure is not).
 * QORGAU_BENCH_RELATIONSHIPS scales the 100 000 down for quick iterations.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { informationAnswerPdf } from '../../shared/documents/pdf-definitions';
import { STARTERS } from '../../shared/processing/starters';
import { CHROMIUM_ARGS, CHROMIUM_PATH, RESULTS_DIR } from '../e2e/harness/browser';
import { startStaticServer } from '../e2e/harness/static-server';
import { renderPdf } from '../fixtures/documents/pdf-node';
import { LFT, RU_SUBJECT_REQUEST } from '../fixtures/documents/sample-data';
import type { BenchFigure } from './deadline.bench';
import { bareDefinition } from './pdf.bench';

const TOTAL = Number(process.env['QORGAU_BENCH_RELATIONSHIPS'] ?? 100_000);
const SITE_DIR = path.join(RESULTS_DIR, 'bench', 'retention-site');
const PDF_RUNS = 15;
const QUEUE_RUNS = 7;

const log = (line: string): void => void process.stderr.write(`[retention] ${line}\n`);
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
const goal = (name: string, value: number, unit: string, target: string, met: boolean) => ({ name, value, unit, goal: target, met });

async function buildSite(): Promise<void> {
  mkdirSync(SITE_DIR, { recursive: true });
  await esbuild({
    entryPoints: [path.resolve('test/bench/browser/retention-bench.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    outfile: path.join(SITE_DIR, 'retention-bench.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(SITE_DIR, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>retention bench</title><script type="module" src="./retention-bench.js"></script>\n',
  );
}

async function browserFigures(): Promise<BenchFigure[]> {
  await buildSite();
  const server = await startStaticServer(SITE_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => typeof window.qorgauRetentionBench === 'object');
    const app: number[] = [];
    const raw: number[] = [];
    for (const [run, rawFirst] of [
      [1, true],
      [2, false],
    ] as const) {
      const pair = await page.evaluate(([total, r, first]) => window.qorgauRetentionBench.importPair(total, r, first), [TOTAL, run, rawFirst] as const);
      log(`run ${run}: app import ${round(pair.appMs)} ms, raw puts ${round(pair.rawMs)} ms`);
      app.push(pair.appMs);
      raw.push(pair.rawMs);
    }
    const queue = await page.evaluate(([r, n]) => window.qorgauRetentionBench.queue(r, '2026-12-01', n), [2, QUEUE_RUNS] as const);
    log(
      `${TOTAL} relationships; queue: ${queue.due} due in ${queue.groups} groups, ${queue.opened} opened at first showing ${queue.shown} rows ` +
        `(${queue.held} held back); first reads ${queue.ms.map((m) => round(m)).join(', ')} ms (of which the counts ${queue.countMs.map((m) => round(m)).join(', ')}); next page ${queue.pageMs.map((m) => round(m)).join(', ')} ms`,
    );
    const appMs = median(app);
    const ratio = appMs / median(raw);
    const queueMs = median(queue.ms.slice(1));
    const pageMs = median(queue.pageMs.slice(1));
    return [
      { name: 'retention_import_100k_ms', value: round(appMs), unit: 'ms' },
      goal('retention_import_vs_raw_idb_ratio', round(ratio, 2), 'ratio', '<= 1.5', ratio <= 1.5),
      goal('destruction_queue_ms_100k', round(queueMs), 'ms', '< 200', queueMs < 200),
      { name: 'destruction_queue_page_ms_100k', value: round(pageMs), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

async function pdfFigures(): Promise<BenchFigure[]> {
  const input = {
    org: LFT,
    request: RU_SUBJECT_REQUEST,
    outgoing: { number: 'LFT/DPO/2026-0042', date: '2026-12-01' },
    register: { version: 2, effectiveFrom: '2026-12-01' },
    activities: STARTERS['microfinance-organisation'].filter((a) => a.id === 'microloan-contract' || a.id === 'aml-fraud'),
  };
  const render = async (make: () => TDocumentDefinitions): Promise<number> => {
    const t0 = performance.now();
    const bytes = await renderPdf(make());
    const ms = performance.now() - t0;
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the renderer did not produce a PDF');
    return ms;
  };
  // The answer, and bare pdfmake laying out the answer's own text as plain paragraphs (same fonts, size, margins),
  // interleaved in one loop so both see the same load.
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < PDF_RUNS + 2; i++) {
    const a = await render(() => informationAnswerPdf(input, 'ru'));
    const b = await render(() => bareDefinition(informationAnswerPdf(input, 'ru')));
    if (i >= 2) {
      app.push(a);
      bare.push(b);
    }
  }
  const ms = median(app);
  const ratio = ms / median(bare);
  log(`information answer ${round(ms)} ms, bare pdfmake ${round(median(bare))} ms; load average ${loadavg()[0]?.toFixed(2)}`);
  return [
    goal('information_answer_pdf_ms', round(ms), 'ms', '< 150', ms < 150),
    { name: 'information_answer_vs_bare_pdfmake_ratio', value: round(ratio, 2), unit: 'ratio' },
  ];
}

export async function runRetentionBench(): Promise<BenchFigure[]> {
  const pdf = await pdfFigures();
  return [...(await browserFigures()), ...pdf];
}
