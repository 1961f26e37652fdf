// Auditing: cached file(id) requests/s at 50 connections, the same gateway with its audit trail on — every look-up
// an event, batched into the database every 100 ms — beside itself with an audit log that records nothing
// (baselines/gateway-without-audit.ts). Twice: on the embedded database (PGlite, in the gateway's process and so on
// its core, as `npm start` runs it) and on Debian's PostgreSQL (DATABASE_URL: the rows are written by the server's
// processes, not pinned to the gateway's core). Rounds are interleaved.
import { startPostgres } from '../../../../scripts/local-servers.mjs';
import { compareGatewayVariants } from '../lib/gateway-variants.js';
import type { Measure } from '../lib/measure.js';
import { benchScript } from '../lib/paths.js';
import { startGatewayProcess, withEmulator } from '../lib/stack.js';

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
      return await compareGatewayVariants(
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
    });
  },
};
