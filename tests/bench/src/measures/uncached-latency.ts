// Row 3: uncached file(id) p50 latency at 1 connection through the gateway, against core's retrieve() called
// directly on the same emulator (no added latency). The difference is what the gateway adds per look-up. The
// gateway runs with its metadata cache off (GATEWAY_CACHE_TTL_MS=0); calls are sequential, so nothing is shared.
import { SEEDED } from '@minimax-files/emulator';
import { coreDirectLatency } from '../lib/core-direct.js';
import { expectFile } from '../lib/graphql.js';
import { runLoad } from '../lib/load.js';
import type { Measure } from '../lib/measure.js';
import { fileRequestBody } from '../lib/queries.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const TARGET_OVERHEAD_MS = 0.5;

export const uncachedLatency: Measure = {
  name: 'uncached-latency',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateway = track(await startGatewayProcess({ emulator, env: { GATEWAY_CACHE_TTL_MS: '0' } }));
      const id = SEEDED.speechWav;
      const body = fileRequestBody(id);
      await expectFile(`${gateway.url}/graphql`, body, AUTH_HEADERS, id);
      const gatewayP50: number[] = [];
      const coreP50: number[] = [];
      await runLoad({
        url: `${gateway.url}/graphql`,
        headers: AUTH_HEADERS,
        body,
        connections: 1,
        amount: 200,
      });
      for (let round = 0; round < options.rounds; round++) {
        const result = await runLoad({
          url: `${gateway.url}/graphql`,
          headers: AUTH_HEADERS,
          connections: 1,
          amount: options.latencySamples,
          body,
        });
        gatewayP50.push(result.p50Ms);
        const core = await coreDirectLatency(emulator.url, { id, samples: options.latencySamples });
        coreP50.push(core.p50Ms);
        log(
          `round ${round + 1}: gateway p50 ${result.p50Ms.toFixed(3)} ms, core p50 ${core.p50Ms.toFixed(3)} ms`,
        );
      }
      const figure = median(gatewayP50);
      const baseline = median(coreP50);
      // Per-round differences, for the same reason as per-round ratios: both sides of one round share its noise.
      const overhead = median(gatewayP50.map((p50, i) => p50 - (coreP50[i] as number)));
      return [
        {
          measure: 'uncached file(id) p50, 1 conn',
          figure,
          unit: 'ms',
          baseline: { name: 'core retrieve() direct', figure: baseline, unit: 'ms' },
          comparison: `${overhead >= 0 ? '+' : ''}${overhead.toFixed(2)} ms`,
          comparisonValue: overhead,
          target: `overhead ≤ ${TARGET_OVERHEAD_MS} ms`,
          met: overhead <= TARGET_OVERHEAD_MS,
          details: {
            samplesPerRound: options.latencySamples,
            gatewayRounds: gatewayP50,
            coreRounds: coreP50,
            id,
            gatewayCacheTtlMs: 0,
          },
        },
      ];
    });
  },
};
