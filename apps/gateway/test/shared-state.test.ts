import { type Emulator, MISSING_FILE_ID, SEEDED, startEmulator } from '@minimax-files/emulator';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRedis, startRedis } from '../../../scripts/local-servers.mjs';
import { createSealedBox } from '../src/shared/sealed-box.js';
import { createOperator, graphqlAs, signIn, unique } from './helpers/callers.js';
import { EMULATOR_KEY, OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

// Two gateways in this process sharing one real redis-server (Debian's), as two replicas would. The cluster of
// separate processes behind HAProxy is tests/cluster's.
const QUERY =
  'query ($id: FileID!) { file(id: $id) { __typename ... on File { id filename } ... on Error { upstreamCode retryable } ... on RateLimited { retryAfterSeconds } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: LocalRedis;
let emulator: Emulator;
let replicas: Stack[] = [];
let flushed: Redis | undefined;

beforeAll(async () => {
  redis = await startRedis();
  emulator = await startEmulator({ port: 0, quiet: true, apiKey: EMULATOR_KEY });
}, 30_000);
afterAll(async () => {
  await emulator?.close();
  await redis?.destroy();
});
afterEach(async () => {
  await Promise.all(replicas.map((replica) => replica.gateway.close()));
  replicas = [];
  emulator.clearFaults();
  emulator.clearRequests();
  if (flushed?.status !== 'ready') {
    flushed = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    flushed.on('error', () => {}); // the test kills Redis on purpose
  }
  await flushed.flushall();
});
afterAll(() => flushed?.disconnect());

/** Gateways on the shared emulator and Redis (each Stack's own emulator is not used). */
async function startReplicas(count: number, env: Record<string, string> = {}) {
  for (let i = 0; i < count; i++) {
    const stack = await startStack({
      env: { MINIMAX_BASE_URL: emulator.url, REDIS_URL: redis.url, MINIMAX_TIMEOUT_MS: '5000', ...env },
    });
    await stack.emulator.close();
    replicas.push(stack);
  }
  await waitUntil(async () => (await Promise.all(replicas.map(sharedStateUp))).every((up) => up === 1));
  return replicas;
}

async function sharedStateUp(replica: Stack): Promise<number | undefined> {
  const text = await (await replica.fetch('/metrics')).text();
  const match = /^gateway_shared_state_up (\d)/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

const retrieves = (id?: string) =>
  emulator.requests.filter((entry) => entry.route === 'retrieve' && (!id || entry.fileId === id)).length;

describe('shared metadata cache and de-duplication (REDIS_URL)', () => {
  it('makes one upstream request for 100 concurrent look-ups of a cold id spread over two replicas', async () => {
    const [a, b] = await startReplicas(2);
    emulator.setFault({ fileId: SEEDED.beyondSafe, route: 'retrieve', latencyMs: 1_000 });
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        ((i % 2 ? a : b) as Stack).graphql(QUERY, { id: SEEDED.beyondSafe }),
      ),
    );
    for (const reply of replies) expect(reply.body.data.file.id).toBe(SEEDED.beyondSafe);
    expect(retrieves(SEEDED.beyondSafe)).toBe(1);
  });

  it('serves on replica B what replica A looked up, with no upstream request', async () => {
    const [a, b] = await startReplicas(2);
    expect((await a?.graphql(QUERY, { id: SEEDED.small }))?.body.data.file.id).toBe(SEEDED.small);
    expect((await b?.graphql(QUERY, { id: SEEDED.small }))?.body.data.file.filename).toBe('a440.wav');
    expect(retrieves(SEEDED.small)).toBe(1);
  });

  it('hands a failure to the waiting replicas without asking again, and does not keep it', async () => {
    const [a, b] = await startReplicas(2);
    emulator.setFault({ fileId: MISSING_FILE_ID, route: 'retrieve', latencyMs: 500 });
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ((i % 2 ? a : b) as Stack).graphql(QUERY, { id: MISSING_FILE_ID }),
      ),
    );
    expect(new Set(replies.map((reply) => reply.body.data.file.__typename))).toEqual(
      new Set(['FileNotFound']),
    );
    expect(retrieves(MISSING_FILE_ID)).toBe(1);
    await b?.graphql(QUERY, { id: MISSING_FILE_ID });
    expect(retrieves(MISSING_FILE_ID)).toBe(2);
  });

  it('keeps entries sealed: Redis alone holds no signed link, file name or readable metadata', async () => {
    const [a] = await startReplicas(1);
    await a?.graphql(QUERY, { id: SEEDED.speechWav });
    const client = flushed ?? new Redis(redis.url);
    const keys = await client.keys('minimax-files:file:*');
    expect(keys).toEqual([`minimax-files:file:${SEEDED.speechWav}`]);
    const stored = (await client.get(keys[0] as string)) ?? '';
    expect(stored).not.toMatch(/speech_output|Signature|Expires|http/);
    expect(createSealedBox('another-key').open(stored, SEEDED.speechWav)).toBeUndefined();
    expect(createSealedBox(EMULATOR_KEY).open(stored, SEEDED.speechWav)).toContain('speech_output.wav');
    // The Redis TTL never outlives the gateway's cache TTL (60 s default) nor the link.
    const ttl = await client.pttl(keys[0] as string);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('blocks others no longer than the lease when its holder died', async () => {
    const [a] = await startReplicas(1);
    // A lease left by a replica that crashed before answering.
    await flushed?.set(`minimax-files:lease:${SEEDED.small}`, 'dead-replica', 'PX', 1_500);
    const started = performance.now();
    const reply = await a?.graphql(QUERY, { id: SEEDED.small });
    const tookMs = performance.now() - started;
    expect(reply?.body.data.file.id).toBe(SEEDED.small);
    expect(tookMs).toBeGreaterThan(1_000);
    expect(tookMs).toBeLessThan(6_000);
    expect(retrieves(SEEDED.small)).toBe(1);
  });
});

describe('revocations told to every replica (REDIS_URL)', () => {
  const ME = '{ me { name } }';
  const REVOKE = 'mutation ($name: String!) { revokeOperator(name: $name) { name } }';
  const admin = { token: OPERATOR_TOKEN };
  // A credential check cached for a minute: only the message over Redis can make B refuse at once.
  const longCache = { GATEWAY_AUTH_CACHE_MS: '60000' };

  /** Milliseconds until the request is refused (401); the message is usually there before the next request. */
  const refusedWithin = async (request: () => Promise<{ status: number }>) => {
    const startedAt = Date.now();
    while ((await request()).status === 200 && Date.now() - startedAt < 5_000) await sleep(20);
    return Date.now() - startedAt;
  };

  it('a token revoked on A and a session signed out on A are refused by B within a second', async () => {
    const [a, b] = (await startReplicas(2, longCache)) as [Stack, Stack];
    const name = unique('pubsub');
    const token = await createOperator(a, admin, name, 'VIEWER');
    const { body } = await signIn(a, OPERATOR_TOKEN);
    const session = body.session as string;
    for (const replica of [a, b]) {
      expect((await graphqlAs(replica, { token }, ME)).status).toBe(200);
      expect((await graphqlAs(replica, { session }, ME)).status).toBe(200);
    }
    expect((await graphqlAs(a, admin, REVOKE, { name })).body.data.revokeOperator.name).toBe(name);
    expect(await refusedWithin(() => graphqlAs(b, { token }, ME))).toBeLessThan(1_000);
    const signedOut = await fetch(`${a.url}/sessions/current`, {
      method: 'DELETE',
      headers: { authorization: `Session ${session}` },
    });
    expect(signedOut.status).toBe(204);
    expect(await refusedWithin(() => graphqlAs(b, { session }, ME))).toBeLessThan(1_000);
  });

  it('forgets every cached check when Redis comes back: a revocation it could not hear is not honoured late', async () => {
    const [a, b] = (await startReplicas(2, longCache)) as [Stack, Stack];
    const name = unique('missed');
    const token = await createOperator(a, admin, name, 'VIEWER');
    expect((await graphqlAs(b, { token }, ME)).status).toBe(200);
    await redis.kill();
    await waitUntil(async () => (await sharedStateUp(b)) === 0);
    // Checked (and cached) again while Redis is away; the revocation below cannot reach B.
    expect((await graphqlAs(b, { token }, ME)).status).toBe(200);
    await graphqlAs(a, admin, REVOKE, { name });
    expect((await graphqlAs(b, { token }, ME)).status).toBe(200);
    await redis.start();
    await waitUntil(async () => (await sharedStateUp(b)) === 1);
    expect((await graphqlAs(b, { token }, ME)).status).toBe(401);
  }, 30_000);
});

describe('Redis going away (and coming back)', () => {
  it('keeps answering from memory, stays ready, says so, and shares again once Redis is back', async () => {
    const [a, b] = await startReplicas(2);
    await a?.graphql(QUERY, { id: SEEDED.small });
    await redis.kill();
    await waitUntil(async () => (await sharedStateUp(a as Stack)) === 0);
    // Cached in A's memory: still served, no upstream call. Cold ids go to the upstream directly.
    expect((await a?.graphql(QUERY, { id: SEEDED.small }))?.body.data.file.id).toBe(SEEDED.small);
    expect(retrieves(SEEDED.small)).toBe(1);
    const cold = await Promise.all(
      [SEEDED.maxId, SEEDED.nonAscii, SEEDED.small].map((id) => (b as Stack).graphql(QUERY, { id })),
    );
    expect(cold.map((reply) => reply.body.data.file.__typename)).toEqual(['File', 'File', 'File']);
    expect((await fetch(`${a?.url}/readyz`)).status).toBe(200);
    expect(a?.logs.entries().some((line) => line.sharedState === 'degraded')).toBe(true);

    await redis.start();
    await waitUntil(async () =>
      (await Promise.all([a, b].map((r) => sharedStateUp(r as Stack)))).every((up) => up === 1),
    );
    expect(a?.logs.entries().some((line) => line.sharedState === 'ok')).toBe(true);
    emulator.clearRequests();
    await a?.graphql(QUERY, { id: SEEDED.withBackup });
    await b?.graphql(QUERY, { id: SEEDED.withBackup });
    expect(retrieves(SEEDED.withBackup)).toBe(1);
  }, 30_000);
});

describe('Redis stalling (not answering, connection open)', () => {
  it('costs a look-up at most a command timeout, budget included, and nothing once Redis answers again', async () => {
    const [a] = await startReplicas(1, { MINIMAX_RPM: '1000' });
    const pid = redis.pid as number;
    process.kill(pid, 'SIGSTOP');
    try {
      const started = performance.now();
      const replies = await Promise.all(
        [SEEDED.maxId, SEEDED.nonAscii].map((id) => (a as Stack).graphql(QUERY, { id })),
      );
      expect(replies.map((reply) => reply.body.data.file.__typename)).toEqual(['File', 'File']);
      expect(performance.now() - started).toBeLessThan(4_000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await waitUntil(async () => (await sharedStateUp(a as Stack)) === 1);
    expect((await a?.graphql(QUERY, { id: SEEDED.small }))?.body.data.file.__typename).toBe('File');
  }, 20_000);
});

describe('the upstream budget (MINIMAX_RPM)', () => {
  /** Every upstream request's time, to check every sliding window. */
  const upstreamTimes = () =>
    emulator.requests.filter((entry) => entry.route === 'retrieve').map((e) => e.at);
  const busiestWindow = (times: number[], windowMs: number) =>
    Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length));

  it('holds MINIMAX_RPM across replicas in every sliding window; the rest is RateLimited with no request', async () => {
    // A 4 s window: 20 per window, cut in 1 s slices of 4.
    const [a, b] = await startReplicas(2, { MINIMAX_RPM: '20', GATEWAY_RPM_WINDOW_SECONDS: '4' });
    const outcomes: string[] = [];
    const startedAt = Date.now();
    let n = 0;
    while (Date.now() - startedAt < 6_000) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, () => {
          n += 1;
          return ((n % 2 ? a : b) as Stack).graphql(QUERY, { id: String(700_000 + n) });
        }),
      );
      for (const reply of batch) {
        const file = reply.body.data.file;
        outcomes.push(file.__typename);
        if (file.__typename === 'RateLimited') {
          expect(file.upstreamCode).toBeNull();
          expect(file.retryable).toBe(true);
          expect(file.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        }
      }
      await sleep(100);
    }
    const times = upstreamTimes();
    expect(busiestWindow(times, 4_000)).toBeLessThanOrEqual(20);
    expect(times.length).toBeGreaterThan(8); // the budget was used, not just refused
    expect(outcomes.filter((o) => o === 'RateLimited').length).toBe(outcomes.length - times.length);
  }, 30_000);

  it('counts retries, and an upstream 1002 pauses every replica for its Retry-After', async () => {
    const [a, b] = await startReplicas(2, { MINIMAX_RPM: '1000', MINIMAX_MAX_RETRIES: '0' });
    emulator.setFault({
      route: 'retrieve',
      statusCode: 1002,
      statusMsg: 'rpm limit',
      retryAfterSeconds: 3,
      times: 1,
    });
    const first = await a?.graphql(QUERY, { id: SEEDED.small });
    expect(first?.body.data.file).toMatchObject({ __typename: 'RateLimited', upstreamCode: 1002 });
    const second = await b?.graphql(QUERY, { id: SEEDED.maxId });
    expect(second?.body.data.file.__typename).toBe('RateLimited');
    expect(second?.body.data.file.upstreamCode).toBeNull();
    expect(second?.body.data.file.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retrieves()).toBe(1);
    await sleep(3_200);
    expect((await b?.graphql(QUERY, { id: SEEDED.maxId }))?.body.data.file.__typename).toBe('File');
  }, 20_000);

  it('is per process without REDIS_URL, and asks before each retry', async () => {
    const stack = await startStack({
      env: {
        MINIMAX_BASE_URL: emulator.url,
        MINIMAX_RPM: '10',
        MINIMAX_MAX_RETRIES: '3',
        GATEWAY_RPM_WINDOW_SECONDS: '60',
      },
    });
    await stack.emulator.close();
    replicas.push(stack);
    emulator.setFault({ route: 'retrieve', httpStatus: 503 });
    const reply = await stack.graphql(QUERY, { id: SEEDED.small });
    // RPM 10 admits 2 per 15 s slice: two attempts go out, the third is refused before it is sent.
    expect(reply.body.data.file).toMatchObject({ __typename: 'RateLimited', upstreamCode: null });
    expect(retrieves()).toBe(2);
  });
});
