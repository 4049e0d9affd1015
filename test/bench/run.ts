/**
 * `npm run bench`: runs each benchmark and prints one JSON line per figure. A benchmark that throws
 * an error whose message contains "unavailable" (e.g. no browser on this machine) prints one line
 * saying so and the run continues; any other error fails the run.
 */
import { type BenchFigure, runDeadlineBench } from './deadline.bench';

const BENCHES: ReadonlyArray<{ readonly name: string; readonly run: () => Promise<readonly BenchFigure[]> }> = [
  { name: 'deadline', run: runDeadlineBench },
];

for (const bench of BENCHES) {
  try {
    for (const figure of await bench.run()) console.log(JSON.stringify(figure));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/unavailable/i.test(message)) throw error;
    console.log(JSON.stringify({ name: bench.name, unavailable: true, reason: message }));
  }
}
