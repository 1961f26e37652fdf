import { SEEDED } from '@minimax-files/emulator';
import { describe, expect, it } from 'vitest';
import {
  clusterForFile,
  createOperator,
  downloadLoad,
  graphqlAs,
  load,
  lookUp,
  metric,
  retrieves,
  sleep,
  TOKEN,
  unaudited,
  waitUntil,
} from './helpers.js';

// One cluster for the whole file: the emulator (in this process, so its request log counts upstream requests),
// Debian's redis-server and PostgreSQL, 3 gateway processes and Debian's HAProxy in front. The audit tests count
// sent vs stored request by request: every request carries its own x-request-id, which the gateway writes into
// the request's audit row. Near the end one test kills replica 3 (SIGKILL), the last stops replica 2 (SIGTERM).
// Credential checks cached for 30 s: a refusal within a second can only come from the revocation message.
// The revocation test's refused credentials all come from this one address, and with Redis every replica's failures
// count in one budget (auth-throttle.test.ts): a budget of 5 would block the right token for the tests after it.
const fixture = clusterForFile({
  MINIMAX_TIMEOUT_MS: '5000',
  GATEWAY_AUTH_CACHE_MS: '30000',
  GATEWAY_AUTH_MAX_FAILURES: '1000',
});

const LOOKUP_WORKERS = 12;
const DOWNLOAD_WORKERS = 3;
const replicaUrls = () => fixture.cluster.gateways.map((gateway) => gateway.url);
const served = () => Promise.all(replicaUrls().map((url) => metric(url, 'gateway_lookups_total')));
/** A look-up that did not get an answer from the upstream's point of view: anything but File / FileNotFound. */
const failed = (outcome: string) => outcome !== 'File' && outcome !== 'FileNotFound';

/** Look-ups (seeded and cold ids) and small downloads through HAProxy for `durationMs`, `fault` alongside. */
async function mixedLoad(durationMs: number, fault: () => Promise<void>) {
  let n = 0;
  const seeded = Object.values(SEEDED);
  const [lookups, downloads] = await Promise.all([
    load({
      baseUrl: fixture.cluster.url,
      workers: LOOKUP_WORKERS,
      durationMs,
      nextId: () => (++n % 2 === 0 ? (seeded[n % seeded.length] as string) : String(700_000 + n)),
      during: fault,
    }),
    downloadLoad({ baseUrl: fixture.cluster.url, workers: DOWNLOAD_WORKERS, durationMs, id: SEEDED.small }),
  ]);
  return { lookups, downloads };
}

describe('3 replicas behind HAProxy sharing Redis and PostgreSQL', () => {
  it('makes exactly 1 upstream request for 300 concurrent look-ups of one cold id spread over all replicas', async () => {
    fixture.emulator.setFault({ fileId: SEEDED.beyondSafe, route: 'retrieve', latencyMs: 1_500 });
    const before = await served();
    const replies = await Promise.all(
      Array.from({ length: 300 }, () => lookUp(fixture.cluster.url, SEEDED.beyondSafe)),
    );
    expect(replies.filter((reply) => reply.file?.id !== SEEDED.beyondSafe)).toEqual([]);
    expect(retrieves(fixture.emulator, SEEDED.beyondSafe)).toBe(1);
    const after = await served();
    for (const [index, count] of after.entries()) expect(count - (before[index] ?? 0)).toBeGreaterThan(0);
    fixture.emulator.clearFaults();
  });

  it('serves on replicas B and C what replica A looked up, with no upstream request', async () => {
    const [a, b, c] = replicaUrls() as [string, string, string];
    expect((await lookUp(a, SEEDED.maxId)).file?.id).toBe(SEEDED.maxId);
    expect((await lookUp(b, SEEDED.maxId)).file?.filename).toBe('max_id_tones.wav');
    expect((await lookUp(c, SEEDED.maxId)).file?.filename).toBe('max_id_tones.wav');
    expect(retrieves(fixture.emulator, SEEDED.maxId)).toBe(1);
  });

  it('fails no look-up while Redis is killed mid-load, and shares again once Redis is back', async () => {
    let n = 0;
    // nonAscii stays out of the load: it shows the sharing afterwards.
    const seeded = Object.values(SEEDED).filter((id) => id !== SEEDED.nonAscii);
    const replies = await load({
      baseUrl: fixture.cluster.url,
      workers: 20,
      durationMs: 5_000,
      // Cold ids (each one goes through the shared tier) mixed with seeded files.
      nextId: () => (++n % 3 === 0 ? (seeded[n % seeded.length] as string) : String(810_000 + n)),
      during: async () => {
        await sleep(1_000);
        await fixture.cluster.redis.kill();
        await sleep(1_500);
        await fixture.cluster.redis.start();
      },
    });
    expect(replies.length).toBeGreaterThan(50);
    expect(replies.filter((reply) => failed(reply.outcome))).toEqual([]);
    console.log(`redis killed mid-load: ${replies.length} look-ups, 0 failed`);
    // Each replica noticed (the gauge went to 0) and reconnected by itself.
    await waitUntil(async () =>
      (await Promise.all(replicaUrls().map((url) => metric(url, 'gateway_shared_state_up')))).every(
        (up) => up === 1,
      ),
    );
    const [a, b, c] = replicaUrls() as [string, string, string];
    const before = retrieves(fixture.emulator, SEEDED.nonAscii);
    await lookUp(a, SEEDED.nonAscii);
    await lookUp(b, SEEDED.nonAscii);
    await lookUp(c, SEEDED.nonAscii);
    expect(retrieves(fixture.emulator, SEEDED.nonAscii) - before).toBe(1);
  });

  it('refuses a token revoked on replica A, and a session signed out on C, on every replica within 1 s', async () => {
    const [a, b, c] = replicaUrls() as [string, string, string];
    const ME = '{ me { name role } }';
    const name = `revoked-${Date.now().toString(36)}`;
    const token = await createOperator(fixture.cluster.url, name, 'OPERATOR');
    const signIn = await fetch(`${b}/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const session = ((await signIn.json()) as { session: string }).session;
    const credentials = { token: `Bearer ${token}`, session: `Session ${session}` };
    // Used on every replica directly and through HAProxy: each replica has both checks cached.
    for (const url of [a, b, c, fixture.cluster.url, fixture.cluster.url, fixture.cluster.url]) {
      for (const credential of Object.values(credentials)) {
        expect((await graphqlAs(url, credential, ME)).status).toBe(200);
      }
    }
    /** Per replica, milliseconds from the change's answer until its first refusal (a request every 20 ms). */
    const refusals = async (credential: string, since: number) =>
      await Promise.all(
        [a, b, c].map(async (url) => {
          for (;;) {
            const { status } = await graphqlAs(url, credential, ME);
            if (status === 401) return Date.now() - since;
            if (Date.now() - since > 10_000) return Number.POSITIVE_INFINITY;
            await sleep(20);
          }
        }),
      );
    const revoke = await graphqlAs(
      a,
      `Bearer ${TOKEN}`,
      'mutation ($name: String!) { revokeOperator(name: $name) { name } }',
      { name },
    );
    expect(revoke.body.data.revokeOperator.name).toBe(name);
    const tokenRefused = await refusals(credentials.token, Date.now());
    const signOut = await fetch(`${c}/sessions/current`, {
      method: 'DELETE',
      headers: { authorization: credentials.session },
    });
    expect(signOut.status).toBe(204);
    const sessionRefused = await refusals(credentials.session, Date.now());
    console.log(
      `revocation on A refused on A, B, C after ${tokenRefused.join(', ')} ms; sign-out on C refused on A, B, C after ${sessionRefused.join(', ')} ms (credential cache 30 s)`,
    );
    for (const ms of [...tokenRefused, ...sessionRefused]) expect(ms).toBeLessThan(1_000);
    // Through HAProxy too, whichever replica answers.
    for (let i = 0; i < 3; i++)
      expect((await graphqlAs(fixture.cluster.url, credentials.token, ME)).status).toBe(401);
  });

  it('loses no event when PostgreSQL restarts mid-load', async () => {
    let downForMs = 0;
    const { lookups, downloads } = await mixedLoad(6_000, async () => {
      await sleep(1_500);
      const stoppedAt = Date.now();
      await fixture.cluster.database.stop();
      await sleep(2_000);
      await fixture.cluster.database.start();
      downForMs = Date.now() - stoppedAt;
    });
    const answered = lookups.filter((reply) => reply.file?.__typename).length;
    const failed = lookups.length - answered;
    const result = await unaudited(fixture.cluster.database.url, lookups, downloads);
    console.log(
      `PostgreSQL down ${downForMs} ms mid-load: ${answered} look-ups answered (${failed} not), ${downloads.filter((d) => d.status === 200).length} downloads started (${downloads.filter((d) => d.outcome === 'complete').length} complete); audit events sent ${result.sent}, stored ${result.stored}`,
    );
    // Look-ups never need the database; the downloads' rows wait in the buffer while it is away.
    expect(failed).toBe(0);
    expect(downloads.filter((reply) => reply.status !== 200 || reply.outcome !== 'complete')).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.wrongDownloads).toEqual([]);
  });

  it('routes around a replica killed mid-load: only the requests it was serving fail', async () => {
    const workers = 24;
    const killAtMs = 1_500;
    let killedAtMs = killAtMs;
    let n = 0;
    const seeded = Object.values(SEEDED);
    // One slow download per replica (round robin), started first: the one on the killed replica must break
    // cleanly (an error, never a short file), the others complete.
    fixture.emulator.setFault({
      fileId: SEEDED.beyondSafe,
      route: 'storage',
      slowDripBytesPerSecond: 150_000,
    });
    const downloads = await Promise.all(
      [0, 1, 2].map(() =>
        fetch(`${fixture.cluster.url}/files/${SEEDED.beyondSafe}/content`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        }),
      ),
    );
    const bodies = downloads.map(async (response) => {
      const expected = Number(response.headers.get('content-length'));
      try {
        const bytes = (await response.arrayBuffer()).byteLength;
        return bytes === expected ? 'complete' : `short: ${bytes} of ${expected}`;
      } catch {
        return 'broken';
      }
    });
    const replies = await load({
      baseUrl: fixture.cluster.url,
      workers,
      durationMs: 5_000,
      nextId: () => (++n % 2 === 0 ? (seeded[n % seeded.length] as string) : String(910_000 + n)),
      during: async (elapsedMs) => {
        await sleep(killAtMs);
        killedAtMs = elapsedMs();
        fixture.cluster.gateways[2]?.kill('SIGKILL');
      },
    });
    const failures = replies.filter((reply) => failed(reply.outcome));
    console.log(
      `replica SIGKILLed mid-load: ${replies.length} look-ups, ${failures.length} failed (${failures.map((f) => f.outcome).join(', ')}), the last asked ${Math.max(0, ...failures.map((f) => f.at - killedAtMs))} ms after the kill`,
    );
    // At most one request per worker was in flight on the killed replica. Requests HAProxy had already handed to
    // it (on a kept-alive connection) in the moment it died fail too; once HAProxy has seen its connections close
    // (well under half a second), nothing fails.
    expect(failures.length).toBeLessThanOrEqual(workers);
    expect(failures.filter((reply) => reply.at > killedAtMs + 500)).toEqual([]);
    expect(replies.filter((reply) => reply.at > killedAtMs + 500).length).toBeGreaterThan(50);
    const transfers = await Promise.all(bodies);
    console.log(`downloads through HAProxy when the replica died: ${transfers.join(', ')}`);
    expect(transfers.filter((outcome) => outcome !== 'complete' && outcome !== 'broken')).toEqual([]);
    expect(transfers.filter((outcome) => outcome === 'broken').length).toBeGreaterThanOrEqual(1);
    fixture.emulator.clearFaults();
    // Every event of the survivors is stored; the killed replica's last ~100 ms of buffered look-ups can be lost
    // (SIGKILL leaves no time to write them).
    const killed = fixture.cluster.gateways[2]?.name;
    const survivors = replies.filter((reply) => reply.servedBy !== undefined && reply.servedBy !== killed);
    const ofKilled = replies.filter((reply) => reply.servedBy === killed && reply.file?.__typename);
    const audit = await unaudited(fixture.cluster.database.url, survivors, []);
    const killedAudit = await unaudited(fixture.cluster.database.url, ofKilled, [], 0);
    console.log(
      `audit after the kill: survivors answered ${audit.sent} look-ups, ${audit.stored} stored; the killed replica answered ${killedAudit.sent}, ${killedAudit.stored} stored`,
    );
    expect(audit.sent).toBeGreaterThan(100);
    expect(audit.missing).toEqual([]);
    // The survivors keep answering directly too.
    for (const url of replicaUrls().slice(0, 2))
      expect((await lookUp(url, SEEDED.small)).outcome).toBe('File');
  });

  it('loses no event of a replica stopped with SIGTERM mid-load, nor of the others', async () => {
    const stopped = fixture.cluster.gateways[1];
    if (!stopped) throw new Error('no second replica');
    const exited = new Promise<number | null>((resolve) => stopped.child.once('exit', resolve));
    const { lookups, downloads } = await mixedLoad(6_000, async () => {
      await sleep(1_500);
      stopped.kill('SIGTERM');
    });
    const exitCode = await exited;
    const fromStopped = [...lookups, ...downloads].filter((reply) => reply.servedBy === stopped.name);
    const failedLookups = lookups.filter((reply) => !reply.file?.__typename);
    const result = await unaudited(fixture.cluster.database.url, lookups, downloads);
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
