// Row 4: uncached requests/s at 50 connections through the gateway, against 50 concurrent core retrieve() calls
// made directly (its own process, same core) on the same emulator. Fresh ids defeat the cache and the in-flight
// de-duplication, so every request costs one upstream round trip on both sides.
import { runChildScript } from '../lib/child-script.js';
import { freshIdRange } from '../lib/fresh-ids.js';
import { runLoad } from '../lib/load.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, EMULATOR_KEY, startEmulatorProcess, startGatewayProcess } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const CONNECTIONS = 50;

export const uncachedThroughput: Measure = {
  name: 'uncached-throughput',
  async run({ options, log }) {
    return await withProcesses(async (track) => {
      const emulator = track(await startEmulatorProcess());
      const gateway = track(await startGatewayProcess({ emulator }));
      const load = (seconds: number) => {
        const ids = freshIdRange();
        return runLoad({
          url: `${gateway.url}/graphql`,
          headers: AUTH_HEADERS,
          connections: CONNECTIONS,
          durationSeconds: seconds,
          bodyFor: () => fileRequestBody(ids.next()),
        });
      };
      await load(options.warmupSeconds);
      const gatewayRps: number[] = [];
      const coreRps: number[] = [];
      for (let round = 0; round < options.rounds; round++) {
        const result = await load(options.loadSeconds);
        gatewayRps.push(result.requestsPerSecond);
        const core = await runChildScript<{ requestsPerSecond: number }>('baselines/core-direct.ts', {
          BENCH_MODE: 'throughput',
          BENCH_ID_START: freshIdRange().start,
          BENCH_CONCURRENCY: String(CONNECTIONS),
          BENCH_SECONDS: String(options.loadSeconds),
          BENCH_ROUNDS: '1',
          MINIMAX_BASE_URL: emulator.url,
          MINIMAX_API_KEY: EMULATOR_KEY,
        });
        coreRps.push(core.requestsPerSecond);
        log(
          `round ${round + 1}: gateway ${Math.round(result.requestsPerSecond)} req/s, core ${Math.round(core.requestsPerSecond)} calls/s`,
        );
      }
      const figure = median(gatewayRps);
      const baseline = median(coreRps);
      return [
        {
          measure: 'uncached req/s, 50 conn',
          figure,
          unit: 'req/s',
          baseline: { name: 'core retrieve() direct, 50 in flight', figure: baseline, unit: 'req/s' },
          ...roundRatio(gatewayRps, coreRps),
          target: 'report, explain the gap',
          details: { gatewayRounds: gatewayRps.map(Math.round), coreRounds: coreRps.map(Math.round) },
        },
      ];
    });
  },
};
