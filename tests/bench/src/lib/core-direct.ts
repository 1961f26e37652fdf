// The "core retrieve() called directly" baseline most rows stand beside, run in its own process
// (baselines/core-direct.ts) against the same emulator as the gateway under test.
import { runChildScript } from './child-script.js';
import { freshIdRange } from './fresh-ids.js';
import { EMULATOR_KEY } from './stack.js';

/** One round of `concurrency` retrieve() calls kept in flight for `seconds`, on ids nobody asked for yet. */
export function coreDirectThroughput(
  upstreamUrl: string,
  { concurrency, seconds }: { concurrency: number; seconds: number },
): Promise<{ requestsPerSecond: number; cpuMicrosPerCall: number }> {
  return runChildScript('baselines/core-direct.ts', {
    BENCH_MODE: 'throughput',
    BENCH_ID_START: freshIdRange().start,
    BENCH_CONCURRENCY: String(concurrency),
    BENCH_SECONDS: String(seconds),
    BENCH_ROUNDS: '1',
    MINIMAX_BASE_URL: upstreamUrl,
    MINIMAX_API_KEY: EMULATOR_KEY,
  });
}

/** One round of `samples` sequential retrieve() calls of `id`: their p50. */
export function coreDirectLatency(
  upstreamUrl: string,
  { id, samples }: { id: string; samples: number },
): Promise<{ p50Ms: number }> {
  return runChildScript('baselines/core-direct.ts', {
    BENCH_MODE: 'latency',
    BENCH_IDS: id,
    BENCH_SAMPLES: String(samples),
    BENCH_ROUNDS: '1',
    MINIMAX_BASE_URL: upstreamUrl,
    MINIMAX_API_KEY: EMULATOR_KEY,
  });
}
