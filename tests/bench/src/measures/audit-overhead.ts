// Auditing: cached file(id) requests/s at 50 connections, the same gateway (embedded database, as `npm start` runs
// it) with its audit trail on — every look-up an event, batched into the database every 100 ms — beside itself
// with an audit log that records nothing (baselines/gateway-without-audit.ts). Rounds are interleaved.
import { SEEDED } from '@minimax-files/emulator';
import { expectFile } from '../lib/graphql.js';
import { runLoad } from '../lib/load.js';
import { type Measure, withProcesses } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { fileRequestBody } from '../lib/queries.js';
import { roundRatio } from '../lib/report.js';
import { AUTH_HEADERS, startEmulatorProcess, startGatewayProcess } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const CONNECTIONS = 50;
const TARGET = 0.8;

export const auditOverhead: Measure = {
  name: 'audit-overhead',
  async run({ options, log }) {
    return await withProcesses(async (track) => {
      const emulator = track(await startEmulatorProcess());
      const gateways = {
        on: track(await startGatewayProcess({ emulator, name: 'gateway, audit on' })),
        off: track(
          await startGatewayProcess({
            emulator,
            name: 'gateway, audit off',
            entry: ['--import', 'tsx', benchScript('baselines/gateway-without-audit.ts')],
          }),
        ),
      };
      const body = fileRequestBody(SEEDED.speechWav);
      const load = (name: keyof typeof gateways, seconds: number) =>
        runLoad({
          url: `${gateways[name].url}/graphql`,
          headers: AUTH_HEADERS,
          body,
          connections: CONNECTIONS,
          durationSeconds: seconds,
          serverPid: gateways[name].pid,
        });
      const names = Object.keys(gateways) as (keyof typeof gateways)[];
      for (const name of names) {
        await expectFile(`${gateways[name].url}/graphql`, body, AUTH_HEADERS, SEEDED.speechWav);
        await load(name, options.warmupSeconds);
      }
      const rps = { on: [] as number[], off: [] as number[] };
      const cpu = { on: [] as number[], off: [] as number[] };
      for (let round = 0; round < options.rounds; round++) {
        for (const name of names) {
          const result = await load(name, options.loadSeconds);
          rps[name].push(result.requestsPerSecond);
          if (result.cpuMicrosPerRequest !== undefined) cpu[name].push(result.cpuMicrosPerRequest);
        }
        log(
          `round ${round + 1}: audit on ${Math.round(rps.on.at(-1) ?? 0)}, off ${Math.round(rps.off.at(-1) ?? 0)} req/s`,
        );
      }
      const ratio = roundRatio(rps.on, rps.off);
      return [
        {
          measure: 'cached file(id) req/s, 50 conn, audit trail on (embedded db)',
          figure: median(rps.on),
          unit: 'req/s',
          baseline: {
            name: 'same gateway, audit log recording nothing',
            figure: median(rps.off),
            unit: 'req/s',
          },
          ...ratio,
          target: `≥ ${TARGET}× audit off`,
          met: ratio.comparisonValue >= TARGET,
          cpuMicros: { figure: median(cpu.on), baseline: median(cpu.off) },
          details: { connections: CONNECTIONS, rps, cpu },
        },
      ];
    });
  },
};
