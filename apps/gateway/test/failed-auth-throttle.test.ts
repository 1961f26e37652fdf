import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Json, signIn } from './helpers/callers.js';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 4: 2000 wrong gateway tokens were all answered at full speed. Failures are throttled per client
// address, on every route and at sign-in alike (one budget), with 429 and Retry-After.

const WRONG = 'wrong-token-0123456789abcdefghij';
const MAX_FAILURES = 5;
const LOOKUP = { query: `{ file(id: "${SEEDED.small}") { __typename ... on File { id } } }` };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 60_000);
afterAll(() => stack.close());

/** A request from `address`: the test connects over loopback, where the gateway takes X-Forwarded-For. */
function from(address: string, token: string, path = '/graphql', body: unknown = LOOKUP) {
  const isGraphql = path === '/graphql';
  return fetch(`${stack.url}${path}`, {
    method: isGraphql ? 'POST' : 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      'x-forwarded-for': address,
      ...(isGraphql && { 'content-type': 'application/json' }),
    },
    ...(isGraphql && { body: JSON.stringify(body) }),
  });
}

async function statuses(requests: (() => Promise<Response>)[]): Promise<number[]> {
  const result: number[] = [];
  for (const request of requests) {
    const response = await request();
    await response.arrayBuffer();
    result.push(response.status);
  }
  return result;
}

const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

describe('failed authentication is throttled per client address', () => {
  it('wrong tokens on /graphql: 401 until the failures are used up, then 429 with Retry-After, the right token included; other addresses unaffected', async () => {
    const attacker = '203.0.113.10';
    const other = '198.51.100.20';
    expect(await statuses(times(MAX_FAILURES, () => () => from(attacker, WRONG)))).toEqual(
      times(MAX_FAILURES, () => 401),
    );
    const refused = await from(attacker, WRONG);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    // A right guess would otherwise stand out from the refusals.
    expect((await from(attacker, OPERATOR_TOKEN)).status).toBe(429);
    expect((await from(attacker, OPERATOR_TOKEN, `/files/${SEEDED.small}/content`)).status).toBe(429);
    // The right token from another address: served, twice (the second from the response fast path).
    for (let i = 0; i < 2; i += 1) {
      const served = await from(other, OPERATOR_TOKEN);
      expect(served.status).toBe(200);
      expect((await served.json()).data.file.id).toBe(SEEDED.small);
    }
    // A replayable answer is now recorded: the throttled address still gets no replay.
    expect((await from(attacker, OPERATOR_TOKEN)).status).toBe(429);
  });

  it('wrong tokens on the download route count too', async () => {
    const attacker = '203.0.113.11';
    const download = () => from(attacker, WRONG, `/files/${SEEDED.small}/content`);
    expect(await statuses(times(MAX_FAILURES + 1, () => download))).toEqual([
      ...times(MAX_FAILURES, () => 401),
      429,
    ]);
  });

  it('sign-in and gateway tokens share one budget per address', async () => {
    const attacker = '203.0.113.12';
    expect(await statuses(times(3, () => () => from(attacker, WRONG)))).toEqual([401, 401, 401]);
    expect((await signIn(stack, WRONG, attacker)).status).toBe(401);
    expect((await signIn(stack, WRONG, attacker)).status).toBe(401);
    const throttled = await signIn(stack, OPERATOR_TOKEN, attacker);
    expect(throttled.status).toBe(429);
    expect((await from(attacker, OPERATOR_TOKEN)).status).toBe(429);
    expect((await signIn(stack, OPERATOR_TOKEN, '198.51.100.21')).status).toBe(201);
  });

  it('a throttled address is logged and audited once, without the token, and counted in /metrics', async () => {
    const attacker = '203.0.113.13';
    await statuses(times(MAX_FAILURES + 3, () => () => from(attacker, WRONG)));
    const lines = stack.logs.entries().filter((line: Json) => line.msg === 'authentication throttled');
    const mine = lines.filter((line: Json) => line.clientAddress === attacker);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ failures: MAX_FAILURES, level: 40 });
    expect(JSON.stringify(stack.logs.entries())).not.toContain(WRONG);

    const audited = await eventually(async () => {
      const response = await from('198.51.100.22', OPERATOR_TOKEN, '/graphql', {
        query:
          '{ auditEvents(first: 50, filter: { action: ACCESS_DENIED }) { edges { node { actor outcome clientAddress detail } } } }',
      });
      const edges = (await response.json()).data.auditEvents.edges as Json[];
      const throttledEvents = edges.filter(
        (edge) => edge.node.outcome === 'THROTTLED' && edge.node.clientAddress === attacker,
      );
      return throttledEvents.length > 0 ? throttledEvents : undefined;
    });
    expect(audited).toHaveLength(1);
    expect(audited[0].node.actor).toBe('anonymous');
    expect(JSON.stringify(audited)).not.toContain(WRONG);

    const metrics = await (await from('198.51.100.22', OPERATOR_TOKEN, '/metrics')).text();
    const throttledCount = Number(/^gateway_auth_throttled_total (\d+)$/m.exec(metrics)?.[1]);
    expect(throttledCount).toBeGreaterThanOrEqual(3);
  });
});
