// Rows 1 and 2: cached file(id) requests/s at 50 connections, gateway vs bare Yoga and vs mercurius+jit, both
// answering the same document from a constant. A third row runs the same gateway with an audit log that records
// nothing (baselines/gateway-without-audit.ts) against mercurius+jit: the fast path's own speed, apart from the
// audit row every look-up costs (the audit-overhead measure). One run feeds all three; rounds are interleaved so drift
// on a noisy machine hits the gateway and its baselines alike.
import { SEEDED } from '@minimax-files/emulator';
import { startChildServer } from '../lib/child-server.js';
import { expectFile } from '../lib/graphql.js';
import { interleavedRounds, requestRates, roundedRequestRates } from '../lib/interleaved.js';
import { medianOf } from '../lib/load.js';
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
      const details = {
        connections: CONNECTIONS,
        gatewayP50Ms: medianOf(results.gateway).p50Ms,
        gatewayP99Ms: medianOf(results.gateway).p99Ms,
        cpuMicrosPerRequest: {
          gateway: medianOf(results.gateway).cpuMicrosPerRequest,
          unaudited: medianOf(results.unaudited).cpuMicrosPerRequest,
          yoga: medianOf(results.yoga).cpuMicrosPerRequest,
          mercurius: medianOf(results.mercurius).cpuMicrosPerRequest,
        },
      };
      const BASELINE_NAMES = { yoga: 'bare graphql-yoga, constant', mercurius: 'mercurius + jit, constant' };
      /** One side against one baseline: req/s, per-round ratio, CPU per request and both sides' rounds. */
      const row = (side: 'gateway' | 'unaudited', against: 'yoga' | 'mercurius', measure: string) => ({
        measure,
        figure: medianOf(results[side]).requestsPerSecond,
        unit: 'req/s',
        baseline: {
          name: BASELINE_NAMES[against],
          figure: medianOf(results[against]).requestsPerSecond,
          unit: 'req/s',
        },
        ...roundRatio(requestRates(results[side]), requestRates(results[against])),
        cpuMicros: {
          figure: details.cpuMicrosPerRequest[side],
          baseline: details.cpuMicrosPerRequest[against],
        },
        details: {
          ...details,
          rounds: roundedRequestRates(results[side]),
          baselineRounds: roundedRequestRates(results[against]),
        },
      });
      const versusMercurius = row('gateway', 'mercurius', 'cached file(id) req/s, 50 conn');
      return [
        { ...row('gateway', 'yoga', 'cached file(id) req/s, 50 conn'), target: 'report (expect ≥ 5×)' },
        { ...versusMercurius, target: '≥ 1.0×', met: versusMercurius.comparisonValue >= 1 },
        {
          ...row('unaudited', 'mercurius', 'cached file(id) req/s, 50 conn, audit log recording nothing'),
          target: 'report',
        },
      ];
    });
  },
};
