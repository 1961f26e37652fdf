import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from '../../../scripts/cluster-topology.mjs';
import { downloadLoad, load, sleep, TOKEN, unaudited } from './helpers.js';

// No audit event lost under the faults a deployment meets: PostgreSQL restarting and a replica told to stop
// (SIGTERM), each in the middle of a load of look-ups and downloads through HAProxy. Every request carries its own
// x-request-id, which the gateway writes into the request's audit row: what was answered is compared with what the
// database holds, request by request. The SIGTERM test stops a replica: it runs last.
const EMULATOR_KEY = 'audit-loss-emulator-key-41d7';
const LOOKUP_WORKERS = 12;
const DOWNLOAD_WORKERS = 3;
let emulator: Emulator;
let cluster: Cluster;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true, apiKey: EMULATOR_KEY, requestLogLimit: 100_000 });
  cluster = await startCluster({
    replicas: 3,
    upstream: { apiKey: EMULATOR_KEY, baseURL: emulator.url },
    operatorTokens: [TOKEN],
    env: { MINIMAX_TIMEOUT_MS: '5000' },
  });
});
afterAll(async () => {
  await cluster?.stop();
  await emulator?.close();
});

/** Look-ups (seeded and cold ids) and small downloads through HAProxy for `durationMs`, `fault` alongside. */
async function mixedLoad(durationMs: number, fault: () => Promise<void>) {
  let n = 0;
  const seeded = Object.values(SEEDED);
  const [lookups, downloads] = await Promise.all([
    load({
      baseUrl: cluster.url,
      workers: LOOKUP_WORKERS,
      durationMs,
      nextId: () => (++n % 2 === 0 ? (seeded[n % seeded.length] as string) : String(700_000 + n)),
      during: fault,
    }),
    downloadLoad({ baseUrl: cluster.url, workers: DOWNLOAD_WORKERS, durationMs, id: SEEDED.small }),
  ]);
  return { lookups, downloads };
}

describe('the audit trail of 3 replicas on one PostgreSQL', () => {
  it('loses no event when PostgreSQL restarts mid-load', async () => {
    let downForMs = 0;
    const { lookups, downloads } = await mixedLoad(6_000, async () => {
      await sleep(1_500);
      const stoppedAt = Date.now();
      await cluster.database.stop();
      await sleep(2_000);
      await cluster.database.start();
      downForMs = Date.now() - stoppedAt;
    });
    const answered = lookups.filter((reply) => reply.file?.__typename).length;
    const failed = lookups.length - answered;
    const result = await unaudited(cluster.database.url, lookups, downloads);
    console.log(
      `PostgreSQL down ${downForMs} ms mid-load: ${answered} look-ups answered (${failed} not), ${downloads.filter((d) => d.status === 200).length} downloads started (${downloads.filter((d) => d.outcome === 'complete').length} complete); audit events sent ${result.sent}, stored ${result.stored}`,
    );
    // Look-ups never need the database; the downloads' rows wait in the buffer while it is away.
    expect(failed).toBe(0);
    expect(downloads.filter((reply) => reply.status !== 200 || reply.outcome !== 'complete')).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.wrongDownloads).toEqual([]);
  });

  it('loses no event of a replica stopped with SIGTERM mid-load, nor of the others', async () => {
    const stopped = cluster.gateways[2];
    if (!stopped) throw new Error('no third replica');
    const exited = new Promise<number | null>((resolve) => stopped.child.once('exit', resolve));
    const { lookups, downloads } = await mixedLoad(6_000, async () => {
      await sleep(1_500);
      stopped.kill('SIGTERM');
    });
    const exitCode = await exited;
    const fromStopped = [...lookups, ...downloads].filter((reply) => reply.servedBy === stopped.name);
    const failedLookups = lookups.filter((reply) => !reply.file?.__typename);
    const result = await unaudited(cluster.database.url, lookups, downloads);
    console.log(
      `replica SIGTERMed mid-load (exit ${exitCode}): ${lookups.length - failedLookups.length} look-ups answered (${failedLookups.length} not: ${failedLookups.map((reply) => reply.outcome).join(', ') || 'none'}), ${downloads.filter((d) => d.status === 200).length} downloads started, ${fromStopped.length} requests answered by the stopped replica; audit events sent ${result.sent}, stored ${result.stored}`,
    );
    expect(exitCode).toBe(0);
    expect(fromStopped.length).toBeGreaterThan(0);
    // A drain: the stopped replica finishes what it holds and HAProxy sends the rest elsewhere.
    expect(failedLookups).toEqual([]);
    expect(downloads.filter((reply) => reply.status === 200 && reply.outcome !== 'complete')).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.wrongDownloads).toEqual([]);
  });
});
