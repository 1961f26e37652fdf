// Row: one caller's 500-id burst must not starve another caller's single look-up (issue 10 item 3). Against an
// upstream that answers every retrieve in 200 ms, caller B's single uncached look-up is timed idle and then while
// caller A runs its burst (5 concurrent requests of files(ids: 100 fresh ids), the most one request may ask for),
// side by side in every round. The gateway's look-up queue is fair between callers, so B waits for the next free
// slot rather than behind A's 500.

import { freshIdRange } from '../lib/fresh-ids.js';
import type { Measure } from '../lib/measure.js';
import { BATCH_QUERY, fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { OPERATOR_TOKEN, startGatewayProcess, withEmulator } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const UPSTREAM_MS = 200;
const BURST_REQUESTS = 5;
const SECOND_TOKEN = 'bench-second-operator-token-fedcba9876543210';
const TARGET_RATIO = 3;

export const fairLookups: Measure = {
  name: 'fair-lookups',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateway = track(
        await startGatewayProcess({
          emulator,
          // Two operators: A (the bench's token) bursts, B (bootstrap-2) looks one file up. The queue deadline is
          // raised so that the burst itself is served in full, however long it queues.
          env: {
            GATEWAY_OPERATOR_TOKENS: `${OPERATOR_TOKEN},${SECOND_TOKEN}`,
            GATEWAY_QUEUE_TIMEOUT_MS: '60000',
          },
        }),
      );
      await emulator.setFault({ route: 'retrieve', latencyMs: UPSTREAM_MS });
      const idsPerRequest = options.quick ? 20 : 100;
      const samples = options.quick ? 3 : 10;
      const singleIds = freshIdRange();

      const lookUpOnce = async (): Promise<number> => {
        const started = performance.now();
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${SECOND_TOKEN}` },
          body: fileRequestBody(singleIds.next()),
        });
        const body = (await response.json()) as { data?: { file?: { __typename?: string } } };
        const ms = performance.now() - started;
        if (body.data?.file?.__typename !== 'FileNotFound')
          throw new Error(`single look-up answered ${JSON.stringify(body)}`);
        return ms;
      };

      const burst = async (): Promise<void> => {
        const ids = freshIdRange();
        const answers = await Promise.all(
          Array.from({ length: BURST_REQUESTS }, async () => {
            const response = await fetch(`${gateway.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR_TOKEN}` },
              body: JSON.stringify({
                query: BATCH_QUERY,
                variables: { ids: Array.from({ length: idsPerRequest }, () => ids.next()) },
              }),
            });
            return (await response.json()) as { data?: { files?: { __typename: string }[] } };
          }),
        );
        const answered = answers.reduce((sum, answer) => sum + (answer.data?.files?.length ?? 0), 0);
        if (answered !== BURST_REQUESTS * idsPerRequest)
          throw new Error(`the burst answered ${answered} of ${BURST_REQUESTS * idsPerRequest} ids`);
      };

      await lookUpOnce(); // warm-up: connections, JIT
      const idle: number[] = [];
      const underBurst: number[] = [];
      for (let round = 0; round < options.rounds; round++) {
        const idleSamples: number[] = [];
        for (let i = 0; i < samples; i++) idleSamples.push(await lookUpOnce());
        let burstOver = false;
        const running = burst().finally(() => {
          burstOver = true;
        });
        // Let the burst fill every upstream slot and queue the rest before B asks.
        await new Promise((resolve) => setTimeout(resolve, UPSTREAM_MS));
        const burstSamples: number[] = [];
        while (burstSamples.length < samples && !burstOver) burstSamples.push(await lookUpOnce());
        await running;
        if (burstSamples.length === 0) throw new Error('the burst ended before any look-up under it');
        idle.push(median(idleSamples));
        underBurst.push(median(burstSamples));
        log(
          `round ${round + 1}: idle p50 ${median(idleSamples).toFixed(0)} ms, under the burst p50 ${median(burstSamples).toFixed(0)} ms (${burstSamples.length} samples)`,
        );
      }
      const { comparison, comparisonValue } = roundRatio(underBurst, idle);
      return [
        {
          measure: `single uncached file(id) while another caller bursts ${BURST_REQUESTS * idsPerRequest} ids (upstream ${UPSTREAM_MS} ms)`,
          figure: median(underBurst),
          unit: 'ms',
          baseline: { name: 'the same look-up, idle', figure: median(idle), unit: 'ms' },
          comparison,
          comparisonValue,
          target: `≤ ${TARGET_RATIO}× idle`,
          met: comparisonValue <= TARGET_RATIO,
          details: {
            idleMs: idle,
            underBurstMs: underBurst,
            burstIds: BURST_REQUESTS * idsPerRequest,
            upstreamMs: UPSTREAM_MS,
            samplesPerRound: samples,
          },
        },
      ];
    });
  },
};
