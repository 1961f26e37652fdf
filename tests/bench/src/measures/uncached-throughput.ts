// Row 4: uncached requests/s at 50 connections through the gateway, against 50 concurrent core retrieve() calls
// made directly (its own process, same core) on the same emulator. Fresh ids defeat the cache and the in-flight
// de-duplication, so every request costs one upstream round trip on both sides. The gateway is measured twice:
// with its default upstream concurrency bound, and with the bound at 50 (as many as the baseline keeps in flight).
import { coreDirectThroughput } from '../lib/core-direct.js';
import { freshIdRange } from '../lib/fresh-ids.js';
import { runLoad } from '../lib/load.js';
import type { Measure } from '../lib/measure.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const CONNECTIONS = 50;

/** The gateway's default upstream bound; a second gateway with the bound at 50 shows how much of the gap it is. */
const DEFAULT_BOUND = 8;

export const uncachedThroughput: Measure = {
  name: 'uncached-throughput',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateways = {
        bounded: track(await startGatewayProcess({ emulator })),
        wide: track(
          await startGatewayProcess({ emulator, env: { GATEWAY_UPSTREAM_CONCURRENCY: String(CONNECTIONS) } }),
        ),
      };
      const cpu = { bounded: [] as number[], wide: [] as number[], core: [] as number[] };
      const load = (gateway: { url: string; pid: number }, seconds: number) => {
        const ids = freshIdRange();
        return runLoad({
          url: `${gateway.url}/graphql`,
          headers: AUTH_HEADERS,
          connections: CONNECTIONS,
          durationSeconds: seconds,
          bodyFor: () => fileRequestBody(ids.next()),
          serverPid: gateway.pid,
        });
      };
      await load(gateways.bounded, options.warmupSeconds);
      await load(gateways.wide, options.warmupSeconds);
      const rps = { bounded: [] as number[], wide: [] as number[], core: [] as number[] };
      for (let round = 0; round < options.rounds; round++) {
        for (const name of ['bounded', 'wide'] as const) {
          const result = await load(gateways[name], options.loadSeconds);
          rps[name].push(result.requestsPerSecond);
          if (result.cpuMicrosPerRequest !== undefined) cpu[name].push(result.cpuMicrosPerRequest);
        }
        const core = await coreDirectThroughput(emulator.url, {
          concurrency: CONNECTIONS,
          seconds: options.loadSeconds,
        });
        rps.core.push(core.requestsPerSecond);
        cpu.core.push(core.cpuMicrosPerCall);
        log(
          `round ${round + 1}: gateway ${Math.round(rps.bounded.at(-1) ?? 0)} req/s (bound ${CONNECTIONS}: ${Math.round(rps.wide.at(-1) ?? 0)}), core ${Math.round(core.requestsPerSecond)} calls/s`,
        );
      }
      const baseline = {
        name: `core retrieve() direct, ${CONNECTIONS} in flight`,
        figure: median(rps.core),
        unit: 'req/s',
      };
      const rounds = {
        gatewayRounds: rps.bounded.map(Math.round),
        boundRounds: rps.wide.map(Math.round),
        coreRounds: rps.core.map(Math.round),
      };
      const row = (name: 'bounded' | 'wide', bound: number) => ({
        measure: `uncached req/s, 50 conn (upstream bound ${bound})`,
        figure: median(rps[name]),
        unit: 'req/s',
        baseline,
        ...roundRatio(rps[name], rps.core),
        target: 'report, explain the gap',
        cpuMicros: { figure: median(cpu[name]), baseline: median(cpu.core) },
        details: rounds,
      });
      return [row('bounded', DEFAULT_BOUND), row('wide', CONNECTIONS)];
    });
  },
};
