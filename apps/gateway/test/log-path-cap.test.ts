import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 11: an unauthenticated request's log line carried its whole path (any size a caller sends).
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('request lines', () => {
  it('cap the logged path of an unauthenticated download request', async () => {
    const hugeId = '9'.repeat(8_000);
    const response = await fetch(`${stack.url}/files/${hugeId}/content`);
    expect(response.status).toBe(401);
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const line = stack.logs.entries().find((entry) => entry.msg === 'request' && entry.status === 401);
    expect(line?.path?.length).toBeLessThanOrEqual(130);
    expect(stack.logs.text.length).toBeLessThan(5_000);
  });
});
