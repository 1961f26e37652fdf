// Auditing: cached file(id) requests/s at 50 connections, the same gateway with its audit trail on — every look-up
// an event, batched into the database every 100 ms — beside itself with an audit log that records nothing
// (baselines/gateway-without-audit.ts). Twice: on the embedded database (PGlite, in the gateway's process and so on
// its core, as `npm start` runs it) and on Debian's PostgreSQL (DATABASE_URL: the rows are written by the server's
// processes, not pinned to the gateway's core). Rounds are interleaved.
import { SEEDED } from '@minimax-files/emulator';
import { startPostgres } from '../../../../scripts/local-servers.mjs';
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
      const postgres = await startPostgres();
      track({ stop: () => postgres.destroy() });
      const gateways = {
        on: track(await startGatewayProcess({ emulator, name: 'gateway, audit on' })),
        onPostgres: track(
          await startGatewayProcess({
            emulator,
            name: 'gateway, audit on PostgreSQL',
            env: { DATABASE_URL: postgres.url },
          }),
        ),
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
      const rps = { on: [] as number[], onPostgres: [] as number[], off: [] as number[] };
      const cpu = { on: [] as number[], onPostgres: [] as number[], off: [] as number[] };
      for (let round = 0; round < options.rounds; round++) {
        for (const name of names) {
          const result = await load(name, options.loadSeconds);
          rps[name].push(result.requestsPerSecond);
          if (result.cpuMicrosPerRequest !== undefined) cpu[name].push(result.cpuMicrosPerRequest);
        }
        log(
          `round ${round + 1}: audit on ${Math.round(rps.on.at(-1) ?? 0)}, on PostgreSQL ${Math.round(rps.onPostgres.at(-1) ?? 0)}, off ${Math.round(rps.off.at(-1) ?? 0)} req/s`,
        );
      }
      const baseline = {
        name: 'same gateway, audit log recording nothing',
        figure: median(rps.off),
        unit: 'req/s',
      };
      const details = { connections: CONNECTIONS, rps, cpu };
      const row = (side: 'on' | 'onPostgres', measure: string) => {
        const ratio = roundRatio(rps[side], rps.off);
        return {
          measure,
          figure: median(rps[side]),
          unit: 'req/s',
          baseline,
          ...ratio,
          target: `≥ ${TARGET}× audit off`,
          met: ratio.comparisonValue >= TARGET,
          cpuMicros: { figure: median(cpu[side]), baseline: median(cpu.off) },
          details,
        };
      };
      return [
        row('on', 'cached file(id) req/s, 50 conn, audit trail on (embedded db)'),
        row('onPostgres', 'cached file(id) req/s, 50 conn, audit trail on (PostgreSQL)'),
      ];
    });
  },
};
