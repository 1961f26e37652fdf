// file(id) through Hive Gateway serving a supergraph composed from this gateway's subgraph SDL, next to the same
// request sent to the gateway directly: what a supergraph hop adds. Cached look-ups (the subgraph answers from
// memory), p50 at 1 connection and requests/s at 50 connections. The router runs on the load generator's core, so
// the gateway keeps its own.
import { SEEDED } from '@minimax-files/emulator';
import { startChildServer } from '../lib/child-server.js';
import { expectFile } from '../lib/graphql.js';
import { runLoad } from '../lib/load.js';
import type { Measure } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, OPERATOR_TOKEN, startGatewayProcess, withEmulator } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const CONNECTIONS = 50;

export const hiveGateway: Measure = {
  name: 'hive-gateway',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateway = track(await startGatewayProcess({ emulator }));
      const router = track(
        await startChildServer({
          name: 'hive gateway',
          nodeArgs: ['--import', 'tsx', benchScript('baselines/hive-router.ts')],
          env: { GATEWAY_URL: gateway.url, OPERATOR_TOKEN, NODE_ENV: 'production' },
          slot: 'load',
          readyPath: '/healthz',
        }),
      );
      const body = fileRequestBody(SEEDED.speechWav);
      const targets = { direct: `${gateway.url}/graphql`, router: `${router.url}/graphql` };
      for (const url of Object.values(targets)) await expectFile(url, body, AUTH_HEADERS, SEEDED.speechWav);
      const names = Object.keys(targets) as (keyof typeof targets)[];
      for (const name of names) {
        await runLoad({ url: targets[name], headers: AUTH_HEADERS, body, connections: 1, amount: 200 });
      }
      const p50 = { direct: [] as number[], router: [] as number[] };
      const rps = { direct: [] as number[], router: [] as number[] };
      for (let round = 0; round < options.rounds; round++) {
        for (const name of names) {
          const latency = await runLoad({
            url: targets[name],
            headers: AUTH_HEADERS,
            body,
            connections: 1,
            amount: options.latencySamples,
          });
          p50[name].push(latency.p50Ms);
          const throughput = await runLoad({
            url: targets[name],
            headers: AUTH_HEADERS,
            body,
            connections: CONNECTIONS,
            durationSeconds: options.loadSeconds,
          });
          rps[name].push(throughput.requestsPerSecond);
        }
        log(
          `round ${round + 1}: direct p50 ${p50.direct.at(-1)?.toFixed(3)} ms ${Math.round(rps.direct.at(-1) ?? 0)} req/s, router p50 ${p50.router.at(-1)?.toFixed(3)} ms ${Math.round(rps.router.at(-1) ?? 0)} req/s`,
        );
      }
      const overhead = median(p50.router.map((value, i) => value - (p50.direct[i] as number)));
      const details = { p50, rps, connections: CONNECTIONS };
      return [
        {
          measure: 'file(id) p50 via Hive Gateway (supergraph), 1 conn',
          figure: median(p50.router),
          unit: 'ms',
          baseline: { name: 'the gateway directly', figure: median(p50.direct), unit: 'ms' },
          comparison: `${overhead >= 0 ? '+' : ''}${overhead.toFixed(2)} ms`,
          comparisonValue: overhead,
          target: 'report',
          details,
        },
        {
          measure: 'file(id) req/s via Hive Gateway (supergraph), 50 conn',
          figure: median(rps.router),
          unit: 'req/s',
          baseline: { name: 'the gateway directly', figure: median(rps.direct), unit: 'req/s' },
          ...roundRatio(rps.router, rps.direct),
          target: 'report',
          details,
        },
      ];
    });
  },
};
