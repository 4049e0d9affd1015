/**
 * `npm run bench`: runs each benchmark and prints one JSON line per figure. A benchmark that throws
 * an error whose message contains "unavailable" (e.g. no browser on this machine) prints one line
 * saying so and the run continues; any other error fails the run. Progress goes to stderr.
 * QORGAU_BENCH_CASES scales the 100 000-case benchmarks down for quick iterations.
 */
import { runCaseListBench } from './case-list.bench';
import { type BenchFigure, runDeadlineBench } from './deadline.bench';
import { runPdfBench } from './pdf.bench';
import { runRetentionBench } from './retention.bench';

const BENCHES: ReadonlyArray<{ readonly name: string; readonly run: () => Promise<readonly BenchFigure[]> }> = [
  { name: 'deadline', run: runDeadlineBench },
  { name: 'case-list', run: runCaseListBench },
  { name: 'pdf', run: runPdfBench },
  { name: 'retention', run: runRetentionBench },
];

// `npm run bench -- case-list` runs only the named benchmarks.
const only = process.argv.slice(2);
for (const bench of BENCHES.filter((b) => only.length === 0 || only.includes(b.name))) {
  try {
    for (const figure of await bench.run()) console.log(JSON.stringify(figure));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/unavailable/i.test(message)) throw error;
    console.log(JSON.stringify({ name: bench.name, unavailable: true, reason: message }));
  }
}
