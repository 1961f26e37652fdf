import { describe, expect, it } from 'vitest';
import { clusterForFile, load } from './helpers.js';

// MINIMAX_RPM=120 across 3 replicas. The window is shortened to 16 s (GATEWAY_RPM_WINDOW_SECONDS, a test knob;
// rate-limiter-flexible's Redis store counts in whole seconds: 4 slices of 4 s admitting 24 requests each), so
// the test takes seconds, not minutes, while 10× the budget (75 look-ups a second) stays within this machine.
const RPM = 120;
const WINDOW_MS = 16_000;
const fixture = clusterForFile({
  MINIMAX_RPM: String(RPM),
  GATEWAY_RPM_WINDOW_SECONDS: String(WINDOW_MS / 1000),
});

describe('MINIMAX_RPM across 3 replicas behind HAProxy', () => {
  it('lets the upstream see at most 120 requests in every sliding window under 10× that load; the rest is RateLimited', async () => {
    let n = 0;
    const durationMs = 1.25 * WINDOW_MS;
    const replies = await load({
      baseUrl: fixture.cluster.url,
      workers: 24,
      durationMs,
      nextId: () => String(1_000_000 + ++n), // every look-up is a cold id: it needs an upstream request
    });
    const upstream = fixture.emulator.requests
      .filter((entry) => entry.route === 'retrieve')
      .map((entry) => entry.at);
    const busiest = Math.max(
      ...upstream.map((start) => upstream.filter((t) => t >= start && t < start + WINDOW_MS).length),
    );
    // The load wanted at least 10× the budget of the time it ran.
    expect(replies.length).toBeGreaterThanOrEqual(10 * RPM * (durationMs / WINDOW_MS));
    expect(busiest).toBeLessThanOrEqual(RPM);
    expect(upstream.length).toBeGreaterThanOrEqual(RPM * 0.8); // the budget was used (80 % sustained), not just refused
    const refused = replies.filter((reply) => reply.outcome === 'RateLimited');
    expect(refused.length + upstream.length).toBe(replies.length);
    for (const reply of refused) {
      expect(reply.file.upstreamCode).toBeNull();
      expect(reply.file.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    console.log(
      `budget: ${replies.length} look-ups in ${durationMs} ms, ${upstream.length} upstream requests, busiest ${WINDOW_MS / 1000} s window ${busiest}, ${refused.length} RateLimited`,
    );
  });
});
