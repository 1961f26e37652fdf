import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_SECONDS } from '../src/facts/limits.js';
import {
  type MiniMaxFilesError,
  RateLimitedError,
  UpstreamError,
  type UpstreamEvent,
  UpstreamTimeoutError,
} from '../src/index.js';
import { parseRetryAfter, retryDelayMs, sleep } from '../src/retry.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { errorBody, retrieveBody, sendRaw, startServer } from './helpers/http-server.js';

/** Answers each request with the next entry; the last one repeats. */
function script(...answers: [number, string, Record<string, string>?][]) {
  return startServer((_req, res, _request, index) => {
    const [status, body, headers] = answers[Math.min(index, answers.length - 1)] ?? [500, ''];
    sendRaw(res, status, body, headers);
  });
}

describe('retries', () => {
  it('retries a retryable failure and succeeds', async () => {
    const server = await script([500, 'x'], [200, errorBody(1002, 'rpm')], [200, retrieveBody({})]);
    const file = await testClient(server.url).retrieve('42');
    expect(file.id).toBe('42');
    expect(server.requests).toHaveLength(3);
  });

  it('makes exactly maxRetries + 1 attempts', async () => {
    for (const maxRetries of [0, 1, 4]) {
      const server = await script([503, 'busy']);
      const error = await rejectionOf(testClient(server.url, { maxRetries }).retrieve('42'));
      expect(error).toBeInstanceOf(UpstreamError);
      expect(server.requests).toHaveLength(maxRetries + 1);
    }
  });

  it('never retries a non-retryable kind', async () => {
    const server = await script([200, errorBody(1004, 'login fail')]);
    await rejectionOf(testClient(server.url, { maxRetries: 5 }).retrieve('42'));
    expect(server.requests).toHaveLength(1);
  });

  it('backs off exponentially between attempts', async () => {
    const server = await script([500, 'x']);
    await rejectionOf(
      testClient(server.url, {
        maxRetries: 3,
        retryTiming: { initialDelayMs: 20, maxDelayMs: 1_000 },
      }).retrieve('42'),
    );
    const at = server.requests.map((request) => request.at);
    const gaps = at.slice(1).map((time, index) => time - (at[index] ?? 0));
    // 20, 40, 80 ms with at most 25 % jitter taken off
    expect(gaps[0]).toBeGreaterThanOrEqual(14);
    expect(gaps[1]).toBeGreaterThanOrEqual(29);
    expect(gaps[2]).toBeGreaterThanOrEqual(59);
    expect(gaps[2]).toBeLessThan(1_000); // the ceiling, whatever the load
  });

  it('honours retry-after-ms over its own backoff', async () => {
    const server = await script([429, '', { 'retry-after-ms': '150' }], [200, retrieveBody({})]);
    await testClient(server.url).retrieve('42');
    const [first, second] = server.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(145);
  });

  it('honours Retry-After: 0 (retry at once)', async () => {
    const server = await script(
      [200, errorBody(1002, 'rpm'), { 'retry-after': '0' }],
      [200, retrieveBody({})],
    );
    const client = testClient(server.url, { retryTiming: { initialDelayMs: 5_000, maxDelayMs: 5_000 } });
    const started = performance.now();
    await client.retrieve('42');
    expect(performance.now() - started).toBeLessThan(2_500); // the backoff would be ≥ 3.75 s
    expect(server.requests).toHaveLength(2);
  });

  it('gives up at once, saying when, if Retry-After is longer than the cap', async () => {
    const server = await script([429, '', { 'retry-after': '120' }]);
    const started = performance.now();
    const client = testClient(server.url, { retryTiming: { maxRetryAfterMs: 5_000 } });
    const error = (await rejectionOf(client.retrieve('42'))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.message).toMatch(/retry after 120 s/);
    expect(server.requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_500); // waiting out even the cap would be 5 s
  });

  it('reports every attempt to onUpstreamResponse', async () => {
    const events: UpstreamEvent[] = [];
    const server = await script(
      [500, 'x', { 'trace-id': 'abc' }],
      [200, retrieveBody({}), { 'trace-id': 'def' }],
    );
    await testClient(server.url, { onUpstreamResponse: (event) => events.push(event) }).retrieve('42');
    expect(
      events.map(({ route, attempt, outcome, traceId }) => ({ route, attempt, outcome, traceId })),
    ).toEqual([
      { route: 'retrieve', attempt: 0, outcome: 'UpstreamError', traceId: 'abc' },
      { route: 'retrieve', attempt: 1, outcome: 'ok', traceId: 'def' },
    ]);
    expect(events[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('timeouts and abort', () => {
  it('times out each attempt and retries, then fails with UpstreamTimeout', async () => {
    const server = await startServer(() => {});
    const outcomes: string[] = [];
    const client = testClient(server.url, {
      timeoutMs: 60,
      onUpstreamResponse: (e) => outcomes.push(e.outcome),
    });
    const started = performance.now();
    const error = await rejectionOf(client.retrieve('42'));
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(outcomes).toEqual(['UpstreamTimeout', 'UpstreamTimeout', 'UpstreamTimeout']);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(170);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('times out a body that stalls after the headers', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"base_resp":');
    });
    const error = await rejectionOf(testClient(server.url, { timeoutMs: 60, maxRetries: 0 }).retrieve('42'));
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
  });

  it('recovers when a hanging attempt is followed by a good one', async () => {
    const server = await startServer((_req, res, _request, index) => {
      if (index > 0) sendRaw(res, 200, retrieveBody({}));
    });
    const file = await testClient(server.url, { timeoutMs: 250 }).retrieve('42');
    expect(file.id).toBe('42');
  });

  it('rejects with the signal reason at once when the caller aborts during a request', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    // Abort once the request is really on the server, which never answers.
    const server = await startServer(() => {
      abortedAt = performance.now();
      controller.abort();
    });
    const error = await rejectionOf(
      testClient(server.url, { timeoutMs: 5_000 }).retrieve('42', { signal: controller.signal }),
    );
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(performance.now() - abortedAt).toBeLessThan(2_500); // the timeout would be 5 s
    expect(server.requests).toHaveLength(1);
  });

  it('rejects at once when the caller aborts during backoff, without another attempt', async () => {
    const server = await script([500, 'x']);
    const controller = new AbortController();
    let firstAttemptDone: () => void = () => {};
    const backingOff = new Promise<void>((resolve) => {
      firstAttemptDone = resolve;
    });
    const client = testClient(server.url, {
      retryTiming: { initialDelayMs: 5_000, maxDelayMs: 5_000 },
      onUpstreamResponse: () => firstAttemptDone(),
    });
    const pending = client.retrieve('42', { signal: controller.signal });
    await backingOff;
    const started = performance.now();
    controller.abort(new Error('user left'));
    const error = await rejectionOf(pending);
    expect((error as Error).message).toBe('user left');
    expect(performance.now() - started).toBeLessThan(2_500); // the backoff alone would be ≥ 3.75 s
    expect(server.requests).toHaveLength(1);
  });

  it('makes no request with an already aborted signal', async () => {
    const server = await script([200, retrieveBody({})]);
    const error = await rejectionOf(testClient(server.url).retrieve('42', { signal: AbortSignal.abort() }));
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(0);
  });
});

describe('retry timing (pure)', () => {
  const timing = { initialDelayMs: 500, maxDelayMs: 4_000, maxRetryAfterMs: 10_000 };

  it('doubles up to the ceiling with at most 25 % jitter off', () => {
    expect(retryDelayMs(0, undefined, timing, () => 0)).toBe(500);
    expect(retryDelayMs(1, undefined, timing, () => 0)).toBe(1_000);
    expect(retryDelayMs(10, undefined, timing, () => 0)).toBe(4_000);
    expect(retryDelayMs(0, undefined, timing, () => 0.999_999)).toBeCloseTo(375, 0);
  });

  it('uses Retry-After when within the cap, and refuses to wait beyond it', () => {
    expect(retryDelayMs(0, 3, timing)).toBe(3_000);
    expect(retryDelayMs(0, 11, timing)).toBeUndefined();
  });

  it('parses delta-seconds, HTTP-dates and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', null, now)).toBe(7);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', null, now)).toBe(30);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', null, now)).toBe(0);
    expect(parseRetryAfter('soon', null, now)).toBeUndefined();
    expect(parseRetryAfter(null, null, now)).toBeUndefined();
    expect(parseRetryAfter('7', '250', now)).toBe(0.25);
  });

  // Issue 10 item 6: an upstream Retry-After of any size reached callers as is.
  it('caps what the upstream asks for at MAX_RETRY_AFTER_SECONDS', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('1000000000', null, now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter(null, '99999999999', now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', null, now)).toBe(MAX_RETRY_AFTER_SECONDS);
  });

  it('sleep rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort('stop');
    await expect(pending).rejects.toBe('stop');
  });
});
