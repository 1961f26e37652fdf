import { MISSING_FILE_ID, SEEDED } from '@minimax-files/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

const QUERY = 'query ($id: FileID!) { file(id: $id) { __typename ... on File { id } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('process-wide de-duplication', () => {
  it('answers 50 concurrent queries of one id with one upstream retrieve', async () => {
    // No cache: only in-flight sharing can explain a single upstream request. The upstream answers slowly enough
    // that all 50 requests arrive while the first is still in flight, even on a busy machine.
    stack = await startStack({ env: { GATEWAY_CACHE_TTL_MS: '0', MINIMAX_TIMEOUT_MS: '5000' } });
    stack.emulator.setFault({ fileId: SEEDED.beyondSafe, route: 'retrieve', latencyMs: 1_000 });
    const running = stack;
    const replies = await Promise.all(
      Array.from({ length: 50 }, () => running.graphql(QUERY, { id: SEEDED.beyondSafe })),
    );
    for (const reply of replies)
      expect(reply.body.data.file).toEqual({ __typename: 'File', id: SEEDED.beyondSafe });
    expect(stack.upstreamCalls('retrieve', SEEDED.beyondSafe)).toBe(1);
  });

  it('shares failures too while they are in flight, but does not keep them', async () => {
    stack = await startStack({ env: { GATEWAY_CACHE_TTL_MS: '60000' } });
    stack.emulator.setFault({ fileId: MISSING_FILE_ID, route: 'retrieve', latencyMs: 100 });
    const running = stack;
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => running.graphql(QUERY, { id: MISSING_FILE_ID })),
    );
    expect(replies.map((reply) => reply.body.data.file.__typename)).toEqual(Array(10).fill('FileNotFound'));
    expect(stack.upstreamCalls('retrieve', MISSING_FILE_ID)).toBe(1);
    await stack.graphql(QUERY, { id: MISSING_FILE_ID });
    expect(stack.upstreamCalls('retrieve', MISSING_FILE_ID)).toBe(2);
  });
});

describe('metadata cache', () => {
  it('serves a file from memory until the TTL runs out', async () => {
    stack = await startStack({ env: { GATEWAY_CACHE_TTL_MS: '150' } });
    await stack.graphql(QUERY, { id: SEEDED.small });
    await stack.graphql(QUERY, { id: SEEDED.small });
    expect(stack.upstreamCalls('retrieve', SEEDED.small)).toBe(1);
    await sleep(250);
    const after = await stack.graphql(QUERY, { id: SEEDED.small });
    expect(after.body.data.file.id).toBe(SEEDED.small);
    expect(stack.upstreamCalls('retrieve', SEEDED.small)).toBe(2);
  });

  it('does not keep a file whose signed link expires sooner than the download margin', async () => {
    stack = await startStack({ emulator: { linkTtlSeconds: 5 }, env: { GATEWAY_CACHE_TTL_MS: '60000' } });
    await stack.graphql(QUERY, { id: SEEDED.small });
    await stack.graphql(QUERY, { id: SEEDED.small });
    expect(stack.upstreamCalls('retrieve', SEEDED.small)).toBe(2);
  });

  it('shares the cache with downloads: a looked-up file downloads without another retrieve', async () => {
    stack = await startStack();
    await stack.graphql(QUERY, { id: SEEDED.small });
    const response = await stack.fetch(`/files/${SEEDED.small}/content`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(stack.upstreamCalls('retrieve', SEEDED.small)).toBe(1);
    expect(stack.upstreamCalls('storage', SEEDED.small)).toBe(1);
  });
});

describe('upstream concurrency bound', () => {
  it('keeps at most GATEWAY_UPSTREAM_CONCURRENCY retrieves in flight', async () => {
    stack = await startStack({ env: { GATEWAY_UPSTREAM_CONCURRENCY: '2', GATEWAY_CACHE_TTL_MS: '0' } });
    stack.emulator.setFault({ route: 'retrieve', latencyMs: 100 });
    const ids = ['11', '12', '13', '14', '15', '16'];
    const started = Date.now();
    const { body } = await stack.graphql('query ($ids: [FileID!]!) { files(ids: $ids) { __typename } }', {
      ids,
    });
    expect(body.data.files).toHaveLength(6);
    // Six 100 ms answers two at a time take three rounds; unbounded they would take one.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const arrivals = stack.emulator.requests
      .filter((entry) => entry.route === 'retrieve')
      .map((entry) => entry.at);
    expect(arrivals).toHaveLength(6);
    const sorted = [...arrivals].sort((a, b) => a - b);
    expect((sorted[2] ?? 0) - (sorted[0] ?? 0)).toBeGreaterThanOrEqual(90);
  });
});
