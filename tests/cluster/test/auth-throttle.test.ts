import { describe, expect, it } from 'vitest';
import { clusterForFile, TOKEN, waitUntil } from './helpers.js';

// Wrong operator tokens spread over the replicas used to be counted per replica: with 3 replicas an address got
// 3 budgets of guesses, and a block on one replica let the right token through on the others. With REDIS_URL the
// failures count in one budget (rate-limiter-flexible's Redis limiter) and a block reaches every replica.
const MAX_FAILURES = 5;
const fixture = clusterForFile({ GATEWAY_AUTH_MAX_FAILURES: String(MAX_FAILURES) });

/** GET /metrics as a browser behind a load balancer at `address` (believed: the peer is loopback). */
async function statusFrom(replicaUrl: string, address: string, token: string): Promise<number> {
  const response = await fetch(`${replicaUrl}/metrics`, {
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': address },
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('failed authentication across 3 replicas sharing Redis', () => {
  it('counts failures on replica A and B in one budget, and the block reaches replica C', async () => {
    const [a, b, c] = fixture.cluster.gateways;
    if (!a || !b || !c) throw new Error('three replicas expected');
    const guesser = '198.51.100.23';
    const wrong = 'a-wrong-token-of-some-length-000';
    for (let i = 0; i < 3; i++) expect(await statusFrom(a.url, guesser, wrong)).toBe(401);
    // Counted per replica, B would allow 5 of its own; it has 2 left of the shared budget.
    expect(await statusFrom(b.url, guesser, wrong)).toBe(401);
    expect(await statusFrom(b.url, guesser, wrong)).toBe(401);
    expect(await statusFrom(b.url, guesser, wrong)).toBe(429);
    // C saw no failure at all: the right token from that address is refused there too, once B's message arrives.
    await waitUntil(async () => (await statusFrom(c.url, guesser, TOKEN)) === 429, 5_000);
    expect(await statusFrom(a.url, guesser, TOKEN)).toBe(429);
    // Another address is not affected anywhere.
    for (const replica of [a, b, c]) expect(await statusFrom(replica.url, '198.51.100.24', TOKEN)).toBe(200);
  });
});
