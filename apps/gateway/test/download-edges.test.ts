import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 6: ranges on an empty or unknown-size file answered 502; a range starting beyond 2^53 answered 200
// with the whole body; an upstream Retry-After of any size was passed on.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.clearRequests();
});

async function download(id: string, range?: string) {
  const response = await stack.fetch(`/files/${id}/content`, { headers: range ? { range } : {} });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('ranges at the edges', () => {
  // Its reported size (0) cannot tell "empty" from "unknown": the storage's own 416 is passed on, which RFC 9110
  // (§14.1.1) asks for a range on a zero-length representation.
  it('an empty file answers a range with 416, and a plain GET with its empty body', async () => {
    const { response, body } = await download(SEEDED.empty, 'bytes=0-');
    expect(response.status).toBe(416);
    expect(body.length).toBe(0);
    const whole = await download(SEEDED.empty);
    expect(whole.response.status).toBe(200);
    expect(whole.body.length).toBe(0);
  });

  it('an unknown-size file answers a range past its end with 416', async () => {
    const { response } = await download(SEEDED.unknownSize, 'bytes=100000000-');
    expect(response.status).toBe(416);
  });

  it('an unknown-size file still serves a range inside it', async () => {
    const { response, body } = await download(SEEDED.unknownSize, 'bytes=10-19');
    expect(response.status).toBe(206);
    expect(body.length).toBe(10);
  });

  it.each([
    'bytes=9007199254740993-',
    'bytes=99999999999999999999-',
    'bytes=9007199254740993-9007199254740999',
  ])('%s answers 416 without an upstream download', async (range) => {
    const { response, body } = await download(SEEDED.speechWav, range);
    expect(response.status).toBe(416);
    expect(body.length).toBe(0);
    expect(stack.upstreamCalls('storage')).toBe(0);
  });

  it('a range ending beyond 2^53 is read as "to the end"', async () => {
    const { response } = await download(SEEDED.speechWav, 'bytes=10-99999999999999999999');
    expect(response.status).toBe(206);
  });
});

describe('Retry-After', () => {
  it('caps an absurd upstream Retry-After', async () => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      statusCode: 1002,
      retryAfterSeconds: 1e9,
    });
    const { response } = await download(SEEDED.small);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(300);
    const { body } = await stack.graphql(
      `{ file(id: "${SEEDED.small}") { __typename ... on RateLimited { retryAfterSeconds } } }`,
    );
    expect(body.data.file.__typename).toBe('RateLimited');
    expect(body.data.file.retryAfterSeconds).toBeLessThanOrEqual(300);
  });
});
