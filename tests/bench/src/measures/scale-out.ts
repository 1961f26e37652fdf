// Scale-out rows: one replica's cached file(id) throughput with REDIS_URL beside the same replica without it; cold
// look-ups of one id from 3 replicas sharing Redis → upstream requests; the 3-replica cluster's cached throughput
// through Debian's HAProxy beside one replica direct. Redis and HAProxy are the real Debian servers
// (scripts/local-servers.mjs); the gateways are the built ones, started like every other row's.
import { SEEDED } from '@minimax-files/emulator';
import { startHaproxy, startRedis } from '../../../../scripts/local-servers.mjs';
import type { ChildServer } from '../lib/child-server.js';
import { expectFile } from '../lib/graphql.js';
import { interleavedRounds, requestRates, roundedRequestRates } from '../lib/interleaved.js';
import { medianOf } from '../lib/load.js';
import type { Measure } from '../lib/measure.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';

const CONNECTIONS = 50;
const REPLICAS = 3;
const HOLD_MS = 300;

export const scaleOut: Measure = {
  name: 'scale-out',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const redis = await startRedis();
      track({ stop: () => redis.destroy() });
      const shared = { REDIS_URL: redis.url };
      const alone = track(await startGatewayProcess({ emulator, name: 'gateway without Redis' }));
      const replicas: ChildServer[] = [];
      for (let i = 0; i < REPLICAS; i++)
        replicas.push(track(await startGatewayProcess({ emulator, name: `replica ${i + 1}`, env: shared })));
      const haproxy = await startHaproxy({
        backends: replicas.map((replica, i) => ({ name: `replica${i + 1}`, port: replica.port })),
      });
      track(haproxy);

      // Cold look-ups of one id, spread over the 3 replicas, while the upstream holds that id's answer.
      const coldId = SEEDED.maxId;
      await emulator.setFault({ fileId: coldId, route: 'retrieve', latencyMs: HOLD_MS });
      await emulator.clearRequests();
      const coldCount = options.dedupeRequests;
      const coldBody = fileRequestBody(coldId);
      const cold = await Promise.all(
        Array.from({ length: coldCount }, async (_, i) => {
          const response = await fetch(`${replicas[i % REPLICAS]?.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...AUTH_HEADERS },
            body: coldBody,
          });
          return (await response.json()) as { data?: { file?: { id?: string } } };
        }),
      );
      const wrong = cold.filter((answer) => answer.data?.file?.id !== coldId).length;
      if (wrong > 0) throw new Error(`${wrong} of ${coldCount} cold look-ups were not File ${coldId}`);
      const upstream = (await emulator.requests()).filter(
        (r) => r.route === 'retrieve' && r.fileId === coldId,
      ).length;
      log(`${coldCount} cold look-ups over ${REPLICAS} replicas: ${upstream} upstream request(s)`);

      const body = fileRequestBody(SEEDED.speechWav);
      const targets = {
        alone: { url: `${alone.url}/graphql`, headers: AUTH_HEADERS, serverPid: alone.pid },
        withRedis: { url: `${replicas[0]?.url}/graphql`, headers: AUTH_HEADERS, serverPid: replicas[0]?.pid },
        cluster: { url: `${haproxy.url}/graphql`, headers: AUTH_HEADERS },
      };
      for (const target of Object.values(targets)) await expectFile(target.url, body, target.headers);
      const results = await interleavedRounds(targets, { body, connections: CONNECTIONS, options, log });
      const redisRatio = roundRatio(requestRates(results.withRedis), requestRates(results.alone));
      const clusterRatio = roundRatio(requestRates(results.cluster), requestRates(results.alone));
      return [
        {
          measure: 'cached file(id) req/s, 1 replica with REDIS_URL',
          figure: medianOf(results.withRedis).requestsPerSecond,
          unit: 'req/s',
          baseline: {
            name: 'same replica without Redis',
            figure: medianOf(results.alone).requestsPerSecond,
            unit: 'req/s',
          },
          ...redisRatio,
          target: '≥ 0.9×',
          met: redisRatio.comparisonValue >= 0.9,
          cpuMicros: {
            figure: medianOf(results.withRedis).cpuMicrosPerRequest,
            baseline: medianOf(results.alone).cpuMicrosPerRequest,
          },
          details: {
            connections: CONNECTIONS,
            rounds: roundedRequestRates(results.withRedis),
            baselineRounds: roundedRequestRates(results.alone),
          },
        },
        {
          measure: `${coldCount} cold look-ups of one id over ${REPLICAS} replicas`,
          figure: upstream,
          unit: 'upstream req',
          target: '1 upstream request',
          met: upstream === 1,
          details: { lookUps: coldCount, replicas: REPLICAS, holdMs: HOLD_MS },
        },
        {
          measure: `cached file(id) req/s, ${REPLICAS} replicas via HAProxy`,
          figure: medianOf(results.cluster).requestsPerSecond,
          unit: 'req/s',
          baseline: {
            name: '1 replica direct',
            figure: medianOf(results.alone).requestsPerSecond,
            unit: 'req/s',
          },
          ...clusterRatio,
          target: 'report (one machine: the replicas share its cores)',
          details: {
            connections: CONNECTIONS,
            rounds: roundedRequestRates(results.cluster),
            p50Ms: medianOf(results.cluster).p50Ms,
            p99Ms: medianOf(results.cluster).p99Ms,
          },
        },
      ];
    });
  },
};
