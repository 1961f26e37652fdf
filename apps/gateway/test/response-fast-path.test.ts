import { SEEDED } from '@minimax-files/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

const QUERY = 'query File($id: FileID!) { file(id: $id) { __typename ... on File { id filename bytes } } }';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** The `request` lines written for replayed answers (debug level, `replayed: true`). */
const replayedLines = (running: Stack) =>
  running.logs.entries().filter((entry) => entry.msg === 'request' && entry.replayed === true);

describe('the response fast path, as wired in the server', () => {
  it('answers a repeated cached look-up with the same bytes, counted in /metrics, logged at debug', async () => {
    stack = await startStack({ env: { LOG_LEVEL: 'debug' } });
    const first = await stack.graphql(QUERY, { id: SEEDED.beyondSafe });
    const second = await stack.graphql(QUERY, { id: SEEDED.beyondSafe });
    expect(second).toEqual(first);
    expect(first.body.data.file).toMatchObject({ __typename: 'File', id: SEEDED.beyondSafe });
    expect(stack.upstreamCalls('retrieve', SEEDED.beyondSafe)).toBe(1);
    expect(replayedLines(stack)).toEqual([
      expect.objectContaining({ level: 20, operation: 'File', status: 200, requestId: expect.any(String) }),
    ]);
    const metrics = await (await stack.fetch('/metrics')).text();
    expect(metrics).toMatch(/^gateway_lookups_total\{operation="file",outcome="File"\} 2$/m);
    expect(metrics).toMatch(/^gateway_metadata_cache_total\{result="hit"\} 1$/m);
  });

  it('replays an answer that selects the link expiry (compared with the cached file as serialized)', async () => {
    stack = await startStack({ env: { LOG_LEVEL: 'debug' } });
    const query =
      'query File($id: FileID!) { file(id: $id) { __typename ... on File { id downloadUrlExpiresAt } } }';
    const first = await stack.graphql(query, { id: SEEDED.small });
    expect(first.body.data.file.downloadUrlExpiresAt).toEqual(expect.any(String));
    expect(await stack.graphql(query, { id: SEEDED.small })).toEqual(first);
    expect(replayedLines(stack)).toHaveLength(1);
  });

  it('is off with GATEWAY_RESPONSE_CACHE=off: every request runs through Yoga', async () => {
    stack = await startStack({ env: { LOG_LEVEL: 'debug', GATEWAY_RESPONSE_CACHE: 'off' } });
    const first = await stack.graphql(QUERY, { id: SEEDED.beyondSafe });
    const second = await stack.graphql(QUERY, { id: SEEDED.beyondSafe });
    expect(second.body).toEqual(first.body);
    expect(replayedLines(stack)).toEqual([]);
    const requests = stack.logs.entries().filter((entry) => entry.msg === 'request');
    expect(requests.filter((entry) => entry.operation === 'File')).toHaveLength(2);
  });
});
