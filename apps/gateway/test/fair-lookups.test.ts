import { SEEDED } from '@minimax-files/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { authorization, type Credential, type Json } from './helpers/callers.js';
import { OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 3: one HTTP request of 5 batched operations × files(ids: 100) made 500 upstream calls; an
// unrelated look-up went from 220 ms to 12.9 s behind one caller's burst; abandoned look-ups still went upstream.

const FILES = 'query Many($ids: [FileID!]!) { files(ids: $ids) { __typename } }';
const FILE = 'query One($id: FileID!) { file(id: $id) { __typename } }';
const burst = { token: OPERATOR_TOKEN };
const single = { token: SECOND_OPERATOR_TOKEN };

/** Valid ids the emulator does not have: every one is an upstream call, and none is ever cached. */
const ids = (count: number, from: number) => Array.from({ length: count }, (_, i) => String(from + i));

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function post(
  target: Stack,
  credential: Credential,
  body: unknown,
  signal?: AbortSignal,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: {
      authorization: authorization(credential),
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    },
    body: JSON.stringify(body),
    ...(signal && { signal }),
  });
  return { status: response.status, body: await response.json() };
}

const retrieves = (target: Stack) => target.upstreamCalls('retrieve');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one caller cannot delay everyone, and abandoned work does not run', () => {
  it('the id budget is per HTTP request: 5 batched operations × files(ids: 100) make at most 100 upstream calls', async () => {
    stack = await startStack();
    const batch = Array.from({ length: 5 }, (_, index) => ({
      query: FILES,
      variables: { ids: ids(100, 7_100_000_000 + index * 1_000) },
    }));
    const { status, body } = await post(stack, burst, batch);
    expect(status).toBe(200);
    // The first operation to claim its ids is admitted; the four that would take the request past 100 are not.
    expect(retrieves(stack)).toBe(100);
    const refused = (body as Json[]).filter((result) => result.errors !== undefined);
    expect(refused).toHaveLength(4);
    for (const result of refused) {
      expect(result.errors[0]).toMatchObject({
        message: expect.stringMatching(/at most 100 distinct ids per request/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('a look-up that waits too long for an upstream slot answers UpstreamTimeout at the queue deadline, without an upstream call', async () => {
    stack = await startStack({
      env: {
        GATEWAY_UPSTREAM_CONCURRENCY: '1',
        GATEWAY_QUEUE_TIMEOUT_MS: '500',
        MINIMAX_TIMEOUT_MS: '10000',
      },
    });
    stack.emulator.setFault({ fileId: SEEDED.large, route: 'retrieve', latencyMs: 4_000 });
    const slow = post(stack, burst, { query: FILE, variables: { id: SEEDED.large } });
    await sleep(200);
    const startedAt = performance.now();
    const { body } = await post(stack, single, {
      query: `{ file(id: "${SEEDED.small}") { __typename ... on Error { message retryable } } }`,
    });
    const waitedMs = performance.now() - startedAt;
    expect(body.data.file).toMatchObject({ __typename: 'UpstreamTimeout', retryable: true });
    expect(body.data.file.message).toMatch(/busy/);
    expect(waitedMs).toBeLessThan(2_500);
    expect(stack.upstreamCalls('retrieve', SEEDED.small)).toBe(0);
    expect((await slow).body.data.file.__typename).toBe('File');
  });

  it('queued look-ups of a client that went away are dropped, unless another client waits for the same id', async () => {
    stack = await startStack({
      env: {
        GATEWAY_UPSTREAM_CONCURRENCY: '1',
        GATEWAY_QUEUE_TIMEOUT_MS: '20000',
        MINIMAX_TIMEOUT_MS: '10000',
      },
    });
    stack.emulator.setFault({ fileId: SEEDED.large, route: 'retrieve', latencyMs: 2_000 });
    const blocker = post(stack, single, { query: FILE, variables: { id: SEEDED.large } });
    await sleep(200);
    const abandonedIds = ids(50, 7_200_000_000);
    const leaving = new AbortController();
    const abandoned = post(stack, burst, { query: FILES, variables: { ids: abandonedIds } }, leaving.signal);
    abandoned.catch(() => {});
    // Another client wants one of those ids too: that look-up must survive the first client's leaving.
    const sharedId = abandonedIds[7] as string;
    const sharing = post(stack, single, { query: FILE, variables: { id: sharedId } });
    await sleep(300);
    leaving.abort();
    expect((await sharing).body.data.file.__typename).toBe('FileNotFound');
    expect((await blocker).body.data.file.__typename).toBe('File');
    await sleep(500);
    const abandonedCalls = abandonedIds.filter((id) => stack?.upstreamCalls('retrieve', id)).length;
    expect(abandonedCalls).toBe(1);
    expect(stack.upstreamCalls('retrieve', sharedId)).toBe(1);
  });

  it("one caller's 500-id burst does not starve another caller's single look-up", async () => {
    stack = await startStack({ env: { GATEWAY_QUEUE_TIMEOUT_MS: '60000', MINIMAX_TIMEOUT_MS: '10000' } });
    stack.emulator.setFault({ route: 'retrieve', latencyMs: 40 });
    const burstDone = Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        post(stack as Stack, burst, {
          query: FILES,
          variables: { ids: ids(100, 7_300_000_000 + index * 1_000) },
        }),
      ),
    );
    await sleep(300);
    const before = retrieves(stack);
    const startedAt = performance.now();
    const { body } = await post(stack, single, { query: FILE, variables: { id: SEEDED.speechWav } });
    const waitedMs = performance.now() - startedAt;
    const afterSingle = retrieves(stack);
    expect(body.data.file.__typename).toBe('File');
    // Served at the next free slot, not behind the rest of the burst: few of the burst's calls went first.
    expect(afterSingle - before).toBeLessThan(50);
    expect(afterSingle).toBeLessThan(250);
    await burstDone;
    expect(retrieves(stack)).toBeGreaterThanOrEqual(500);
    expect(waitedMs).toBeLessThan(5_000);
  }, 60_000);
});
