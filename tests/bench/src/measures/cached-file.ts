// Rows 1 and 2: cached file(id) requests/s at 50 connections, gateway vs bare Yoga and vs mercurius+jit, both
// answering the same document from a constant. A third row runs the same gateway with an audit log that records
// nothing (baselines/gateway-without-audit.ts) against mercurius+jit: the fast path's own speed, apart from the
// audit row every look-up costs (the audit-overhead measure). One run feeds all three; rounds are interleaved so drift
// on a noisy machine hits the gateway and its baselines alike.
import { SEEDED } from '@minimax-files/emulator';
import { startChildServer } from '../lib/child-server.js';
import { expectFile } from '../lib/graphql.js';
import { interleavedRounds } from '../lib/interleaved.js';
import { type LoadResult, medianOf } from '../lib/load.js';
import type { Measure } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, startGatewayProcess, withEmulator } from '../lib/stack.js';

const CONNECTIONS = 50;

export const cachedFile: Measure = {
  name: 'cached-file',
  async run({ options, log }) {
    return await withEmulator(async (track, emulator) => {
      const gateway = track(await startGatewayProcess({ emulator }));
      const unaudited = track(
        await startGatewayProcess({
          emulator,
          name: 'gateway, audit off',
          entry: ['--import', 'tsx', benchScript('baselines/gateway-without-audit.ts')],
        }),
      );
      const yoga = track(
        await startChildServer({
          name: 'bare yoga',
          nodeArgs: ['--import', 'tsx', benchScript('baselines/yoga-constant.ts')],
          readyPath: '/graphql?query=%7B__typename%7D',
        }),
      );
      const mercurius = track(
        await startChildServer({
          name: 'mercurius+jit',
          nodeArgs: ['--import', 'tsx', benchScript('baselines/mercurius-jit.ts')],
          readyPath: '/healthz',
        }),
      );
      const body = fileRequestBody(SEEDED.speechWav);
      const targets = {
        gateway: { url: `${gateway.url}/graphql`, headers: AUTH_HEADERS, serverPid: gateway.pid },
        unaudited: { url: `${unaudited.url}/graphql`, headers: AUTH_HEADERS, serverPid: unaudited.pid },
        yoga: { url: `${yoga.url}/graphql`, headers: {}, serverPid: yoga.pid },
        mercurius: { url: `${mercurius.url}/graphql`, headers: {}, serverPid: mercurius.pid },
      };
      for (const target of Object.values(targets)) await expectFile(target.url, body, target.headers);
      const results = await interleavedRounds(targets, { body, connections: CONNECTIONS, options, log });
      const gatewayRps = medianOf(results.gateway).requestsPerSecond;
      const yogaRps = medianOf(results.yoga).requestsPerSecond;
      const mercuriusRps = medianOf(results.mercurius).requestsPerSecond;
      const perRound = (list: LoadResult[]) => list.map((r) => Math.round(r.requestsPerSecond));
      const details = {
        connections: CONNECTIONS,
        gatewayRounds: perRound(results.gateway),
        gatewayP50Ms: medianOf(results.gateway).p50Ms,
        gatewayP99Ms: medianOf(results.gateway).p99Ms,
        cpuMicrosPerRequest: {
          gateway: medianOf(results.gateway).cpuMicrosPerRequest,
          unaudited: medianOf(results.unaudited).cpuMicrosPerRequest,
          yoga: medianOf(results.yoga).cpuMicrosPerRequest,
          mercurius: medianOf(results.mercurius).cpuMicrosPerRequest,
        },
      };
      const rps = (list: LoadResult[]) => list.map((r) => r.requestsPerSecond);
      const versusYoga = roundRatio(rps(results.gateway), rps(results.yoga));
      const versusMercurius = roundRatio(rps(results.gateway), rps(results.mercurius));
      const unauditedVersusMercurius = roundRatio(rps(results.unaudited), rps(results.mercurius));
      return [
        {
          measure: 'cached file(id) req/s, 50 conn',
          figure: gatewayRps,
          unit: 'req/s',
          baseline: { name: 'bare graphql-yoga, constant', figure: yogaRps, unit: 'req/s' },
          ...versusYoga,
          target: 'report (expect ≥ 5×)',
          cpuMicros: {
            figure: details.cpuMicrosPerRequest.gateway,
            baseline: details.cpuMicrosPerRequest.yoga,
          },
          details: { ...details, baselineRounds: perRound(results.yoga) },
        },
        {
          measure: 'cached file(id) req/s, 50 conn',
          figure: gatewayRps,
          unit: 'req/s',
          baseline: { name: 'mercurius + jit, constant', figure: mercuriusRps, unit: 'req/s' },
          ...versusMercurius,
          target: '≥ 1.0×',
          cpuMicros: {
            figure: details.cpuMicrosPerRequest.gateway,
            baseline: details.cpuMicrosPerRequest.mercurius,
          },
          met: versusMercurius.comparisonValue >= 1,
          details: { ...details, baselineRounds: perRound(results.mercurius) },
        },
        {
          measure: 'cached file(id) req/s, 50 conn, audit log recording nothing',
          figure: medianOf(results.unaudited).requestsPerSecond,
          unit: 'req/s',
          baseline: { name: 'mercurius + jit, constant', figure: mercuriusRps, unit: 'req/s' },
          ...unauditedVersusMercurius,
          target: 'report',
          cpuMicros: {
            figure: details.cpuMicrosPerRequest.unaudited,
            baseline: details.cpuMicrosPerRequest.mercurius,
          },
          details: {
            ...details,
            rounds: perRound(results.unaudited),
            baselineRounds: perRound(results.mercurius),
          },
        },
      ];
    });
  },
};
