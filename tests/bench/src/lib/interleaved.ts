import type { LoadRequest, LoadResult } from './load.js';
import { runLoad } from './load.js';
import type { BenchOptions } from './options.js';

/** One side of a comparison: where its load goes; the body and connections are the comparison's. */
export type LoadTarget = Pick<LoadRequest, 'url' | 'headers' | 'serverPid'>;

export interface InterleavedLoad {
  body: string;
  connections: number;
  options: Pick<BenchOptions, 'rounds' | 'warmupSeconds' | 'loadSeconds'>;
  log(message: string): void;
}

/**
 * The same load against each side, every side warmed up first, then the rounds interleaved (A, B, C, A, B, C…):
 * on a shared machine a burst of someone else's work then lands on every side alike, so the ratio of medians
 * measured in one run stays fair. Each side's results come back in round order.
 */
export async function interleavedRounds<K extends string>(
  targets: Record<K, LoadTarget>,
  { body, connections, options, log }: InterleavedLoad,
): Promise<Record<K, LoadResult[]>> {
  const names = Object.keys(targets) as K[];
  const load = (name: K, durationSeconds: number) =>
    runLoad({ ...targets[name], body, connections, durationSeconds });
  for (const name of names) {
    log(`warm-up ${name}`);
    await load(name, options.warmupSeconds);
  }
  const results = Object.fromEntries(names.map((name) => [name, [] as LoadResult[]])) as Record<
    K,
    LoadResult[]
  >;
  for (let round = 0; round < options.rounds; round++) {
    for (const name of names) {
      const result = await load(name, options.loadSeconds);
      const cpu = result.cpuMicrosPerRequest;
      log(
        `round ${round + 1} ${name}: ${Math.round(result.requestsPerSecond)} req/s${cpu === undefined ? '' : `, ${cpu.toFixed(0)} µs CPU/req`}`,
      );
      results[name].push(result);
    }
  }
  return results;
}

/** Each result's requests per second, in round order. */
export const requestRates = (results: readonly LoadResult[]) => results.map((r) => r.requestsPerSecond);

/** The same, whole: how a row's details list its rounds. */
export const roundedRequestRates = (results: readonly LoadResult[]) => requestRates(results).map(Math.round);

/** Each result's CPU per request, where it was measured. */
export const cpuPerRequest = (results: readonly LoadResult[]) =>
  results.flatMap((r) => (r.cpuMicrosPerRequest === undefined ? [] : [r.cpuMicrosPerRequest]));
