// Auditing: cached file(id) requests/s at 50 connections, the same gateway with its audit trail on — every look-up
// an event, batched into the database every 100 ms — beside itself with an audit log that records nothing
// (baselines/gateway-without-audit.ts). Twice: on the embedded database (PGlite, in the gateway's process and so on
// its core, as `npm start` runs it) and on Debian's PostgreSQL (DATABASE_URL: the rows are written by the server's
// processes, not pinned to the gateway's core). Rounds are interleaved. Then, to show where the embedded side's
// cost goes, the CPU one look-up's row costs on its own (baselines/audit-row-cost.ts), on the gateway's core, with
// the real schema and with the table stripped of its indexes and roll-up triggers.
import { startPostgres } from '../../../../scripts/local-servers.mjs';
import { runChildScript } from '../lib/child-script.js';
import { compareGatewayVariants } from '../lib/gateway-variants.js';
import type { Measure } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import type { Row } from '../lib/report.js';
import { startGatewayProcess, withEmulator } from '../lib/stack.js';
import { median } from '../lib/stats.js';

const TARGET = 0.8;

export const auditOverhead: Measure = {
  name: 'audit-overhead',
  async run(context) {
    return await withEmulator(async (track, emulator) => {
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
      const rows = await compareGatewayVariants(
        {
          gateways,
          reference: { side: 'off', name: 'same gateway, audit log recording nothing', label: 'audit off' },
          rows: [
            {
              side: 'on',
              measure: 'cached file(id) req/s, 50 conn, audit trail on (embedded db)',
              target: TARGET,
            },
            {
              side: 'onPostgres',
              measure: 'cached file(id) req/s, 50 conn, audit trail on (PostgreSQL)',
              target: TARGET,
            },
          ],
        },
        context,
      );
      return [...rows, await rowCost(context.options.quick, context.log)];
    });
  },
};

async function rowCost(quick: boolean, log: (line: string) => void): Promise<Row> {
  const { real, bare, rowsPerRound } = await runChildScript<{
    real: number[];
    bare: number[];
    rowsPerRound: number;
  }>('baselines/audit-row-cost.ts', { BENCH_ROUNDS: quick ? '1' : '3', BENCH_BATCHES: quick ? '10' : '100' });
  log(
    `audit row on its own: ${real.map((us) => us.toFixed(1)).join(', ')} µs CPU (bare table: ${bare.map((us) => us.toFixed(1)).join(', ')})`,
  );
  const figure = Math.round(median(real) * 10) / 10;
  const baseline = Math.round(median(bare) * 10) / 10;
  return {
    measure: "one look-up's audit row written to the embedded db, on its own (its schema)",
    figure,
    unit: 'µs CPU',
    baseline: {
      name: 'same rows, table without indexes or roll-up triggers',
      figure: baseline,
      unit: 'µs CPU',
    },
    comparison: `${(figure / baseline).toFixed(2)}×`,
    comparisonValue: figure / baseline,
    target: 'report',
    details: { real, bare, rowsPerRound },
  };
}
