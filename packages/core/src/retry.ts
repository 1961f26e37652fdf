import type { RetryTiming } from './config.js';
import { MiniMaxFilesError } from './facts/errors.js';
import { MAX_RETRY_AFTER_SECONDS } from './facts/limits.js';

export interface RetryPolicy {
  maxRetries: number;
  timing: Required<RetryTiming>;
  signal?: AbortSignal;
  /** Injected for tests of the jitter bounds; Math.random otherwise. */
  random?: () => number;
}

/**
 * Runs `attempt` until it succeeds, fails with something not retryable, or retries run out. Only
 * MiniMaxFilesErrors marked retryable are retried; a caller abort (also during backoff) rejects at once with
 * the signal's reason.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy,
): Promise<T> {
  for (let attemptNumber = 0; ; attemptNumber++) {
    policy.signal?.throwIfAborted();
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (!(error instanceof MiniMaxFilesError) || !error.retryable || attemptNumber >= policy.maxRetries)
        throw error;
      const delayMs = retryDelayMs(attemptNumber, error.retryAfterSeconds, policy.timing, policy.random);
      if (delayMs === undefined) throw error;
      await sleep(delayMs, policy.signal);
    }
  }
}

/**
 * Exponential backoff with up to 25 % jitter taken off, or the upstream's Retry-After when it sent one.
 * Undefined when Retry-After asks for longer than we are willing to wait: better to fail now and say when.
 */
export function retryDelayMs(
  retryIndex: number,
  retryAfterSeconds: number | undefined,
  timing: Required<RetryTiming>,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterSeconds !== undefined) {
    const requested = retryAfterSeconds * 1000;
    return requested > timing.maxRetryAfterMs ? undefined : requested;
  }
  const exponential = Math.min(timing.initialDelayMs * 2 ** retryIndex, timing.maxDelayMs);
  return exponential * (1 - 0.25 * random());
}

/**
 * Retry-After as seconds: delta-seconds or an HTTP-date (RFC 9110), or the millisecond `retry-after-ms`
 * some APIs send. Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  retryAfter: string | null,
  retryAfterMs: string | null,
  now: number = Date.now(),
): number | undefined {
  if (retryAfterMs !== null && /^\s*[0-9]+(\.[0-9]+)?\s*$/.test(retryAfterMs))
    return capped(Number(retryAfterMs) / 1000);
  if (retryAfter === null) return undefined;
  const text = retryAfter.trim();
  if (/^[0-9]+$/.test(text)) return capped(Number(text));
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return capped(Math.max(0, Math.ceil((date - now) / 1000)));
}

function capped(seconds: number): number {
  return Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
}

/** setTimeout that rejects with the signal's reason as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
