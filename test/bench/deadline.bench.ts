/**
 * Deadline throughput: one-working-day deadlines on the kz calendar for random instants over
 * 2024–2027, the engine's hot path (computeDueMs) against the naive Date/Set loop.
 */
import { buildCalendar } from '../../shared/calendar/compiled-calendar';
import { computeDueMs } from '../../shared/calendar/due';
import { getTimeZone } from '../../shared/time/zone';
import { naiveCalendarFrom, naiveDueMs } from './naive-deadline';

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const SAMPLE_SIZE = 100_000;
const CLOSE_MINUTES = 18 * 60;

/** Deterministic pseudo-random instants (mulberry32) between 2024-01-01 and 2027-12-31 UTC. */
function sampleInstants(size: number, seed = 20_250_307): Float64Array {
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2027, 11, 31) - start;
  let state = seed >>> 0;
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    out[i] = start + Math.floor(r * span);
  }
  return out;
}

/** Runs `pass` repeatedly for at least `minMs`; returns operations per second. */
function opsPerSecond(pass: () => number, opsPerPass: number, minMs: number): { opsPerSecond: number; checksum: number } {
  let checksum = 0;
  let passes = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    checksum += pass();
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { opsPerSecond: (passes * opsPerPass * 1000) / elapsed, checksum };
}

export async function runDeadlineBench(): Promise<BenchFigure[]> {
  const calendar = buildCalendar('kz');
  const zone = getTimeZone('Asia/Almaty');
  const naive = naiveCalendarFrom(calendar, [2024, 2025, 2026, 2027, 2028]);
  const instants = sampleInstants(SAMPLE_SIZE);

  // Same inputs, same answers: check every sample before timing anything.
  for (let i = 0; i < instants.length; i++) {
    const from = instants[i]!;
    const fast = computeDueMs(calendar, zone, from, 'working-days', 1, CLOSE_MINUTES);
    const slow = naiveDueMs(naive, zone, from, 1, CLOSE_MINUTES);
    if (fast !== slow) {
      throw new Error(`fast and naive disagree for ${new Date(from).toISOString()}: ${fast} vs ${slow}`);
    }
  }

  const fastPass = (): number => {
    let sum = 0;
    for (let i = 0; i < instants.length; i++) sum += computeDueMs(calendar, zone, instants[i]!, 'working-days', 1, CLOSE_MINUTES);
    return sum;
  };
  const naivePass = (): number => {
    let sum = 0;
    for (let i = 0; i < instants.length; i++) sum += naiveDueMs(naive, zone, instants[i]!, 1, CLOSE_MINUTES);
    return sum;
  };

  // Warm-up, then measure.
  opsPerSecond(fastPass, instants.length, 300);
  opsPerSecond(naivePass, instants.length, 300);
  const fast = opsPerSecond(fastPass, instants.length, 1500);
  const slow = opsPerSecond(naivePass, instants.length, 1500);
  if (!Number.isFinite(fast.checksum) || !Number.isFinite(slow.checksum)) throw new Error('benchmark checksum is not finite');

  return [
    { name: 'deadline_ops_per_s', value: Math.round(fast.opsPerSecond), unit: 'ops/s' },
    { name: 'deadline_naive_ops_per_s', value: Math.round(slow.opsPerSecond), unit: 'ops/s' },
    { name: 'deadline_speedup_vs_naive', value: Math.round((fast.opsPerSecond / slow.opsPerSecond) * 10) / 10, unit: 'x' },
  ];
}
