// Row 6: files(ids) with 100 distinct ids makes 100 upstream requests, never more than the gateway's concurrency
// bound at once. Every retrieve is held HOLD_MS by the emulator, so overlaps are wide enough to count from its log.
import { SEEDED } from '@minimax-files/emulator';
import { queryData } from '@minimax-files/testkit';
import { maxInFlight } from '../lib/concurrency.js';
import type { Measure } from '../lib/measure.js';
import { BATCH_QUERY } from '../lib/queries.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';

const HOLD_MS = 40;
/** The bound the gateway is started with, through its environment. */
export const UPSTREAM_CONCURRENCY = 8;

export const batchBounded: Measure = {
  name: 'batch-bounded',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateway = track(
        await startGatewayProcess({
          emulator,
          env: { GATEWAY_UPSTREAM_CONCURRENCY: String(UPSTREAM_CONCURRENCY) },
        }),
      );
      const seeded = Object.values(SEEDED) as string[];
      const ids = [...seeded];
      for (let n = 1; ids.length < options.batchIds; n++) ids.push(String(8_000_000_000_000 + n));
      await emulator.setFault({ route: 'retrieve', latencyMs: HOLD_MS });
      await emulator.clearRequests();
      const started = Date.now();
      const data = await queryData<{ files: { __typename: string; id?: string }[] }>(
        `${gateway.url}/graphql`,
        { query: BATCH_QUERY, variables: { ids } },
        { headers: AUTH_HEADERS },
      );
      const elapsedMs = Date.now() - started;
      if (data.files.length !== ids.length)
        throw new Error(`files(ids) answered ${data.files.length} of ${ids.length}`);
      const found = data.files.filter((f) => f.__typename === 'File').length;
      const upstream = (await emulator.requests()).filter((r) => r.route === 'retrieve');
      const distinct = new Set(upstream.map((r) => r.fileId)).size;
      const peak = maxInFlight(
        upstream.map((r) => r.at),
        HOLD_MS,
      );
      log(
        `${upstream.length} upstream requests (${distinct} distinct ids), at most ${peak} at once, ${elapsedMs} ms`,
      );
      return [
        {
          measure: `files(ids) with ${ids.length} distinct ids`,
          figure: upstream.length,
          unit: 'upstream req',
          target: `${ids.length} upstream, ≤ ${UPSTREAM_CONCURRENCY} at once`,
          met: upstream.length === ids.length && distinct === ids.length && peak <= UPSTREAM_CONCURRENCY,
          comparison: `max ${peak} at once`,
          comparisonValue: peak,
          details: {
            found,
            distinctIds: distinct,
            maxInFlight: peak,
            concurrencyBound: UPSTREAM_CONCURRENCY,
            holdMs: HOLD_MS,
            elapsedMs,
          },
        },
      ];
    });
  },
};
