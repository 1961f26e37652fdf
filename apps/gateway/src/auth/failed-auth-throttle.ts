import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface FailedAuthThrottleOptions {
  /** Failed authentications allowed per client address within the window; the next attempt gets 429. */
  maxFailures: number;
  windowSeconds: number;
  /** Called once when an address uses up its failures (the audit event and the log line; no secret in it). */
  onBlocked?: (block: { clientAddress: string; failures: number; retryAfterSeconds: number }) => void;
}

/**
 * The one throttle of failed authentication, per client address, for sign-in (`POST /sessions`) and for operator
 * tokens on every gateway route: wrong guesses from one address share one budget, whichever door they knock on.
 * rate-limiter-flexible counts the failures in a fixed window; once an address has used them up, token attempts
 * from it are refused with 429 and `Retry-After` until the window ends — the right token included, or the
 * answer would tell a guess apart — while every other address is unaffected. Kept in this process: each replica
 * throttles what reaches it.
 */
export interface FailedAuthThrottle {
  /** Seconds until `address` may try a token again; 0 when it may. Synchronous: asked on every request. */
  retryAfterSeconds(address: string | undefined): number;
  /** False while no address is blocked, so a hot path can skip finding the caller's address. */
  readonly blocking: boolean;
  /** Counts one failed authentication from `address`. */
  failed(address: string | undefined): Promise<void>;
}

/** Blocked addresses are swept once there are this many, so a spread-out attack cannot grow the map for ever. */
const SWEEP_AT = 10_000;

export function createFailedAuthThrottle({
  maxFailures,
  windowSeconds,
  onBlocked,
}: FailedAuthThrottleOptions): FailedAuthThrottle {
  const failures = new RateLimiterMemory({ points: maxFailures, duration: windowSeconds });
  // address → when it may try again (ms since the epoch): what the limiter said when the budget ran out.
  const blockedUntil = new Map<string, number>();
  const keyOf = (address: string | undefined) => address ?? 'unknown';

  const sweep = (now: number) => {
    for (const [address, until] of blockedUntil) if (until <= now) blockedUntil.delete(address);
  };

  return {
    get blocking() {
      return blockedUntil.size > 0;
    },
    retryAfterSeconds(address) {
      if (blockedUntil.size === 0) return 0;
      const key = keyOf(address);
      const until = blockedUntil.get(key);
      if (until === undefined) return 0;
      const left = until - Date.now();
      if (left > 0) return Math.max(1, Math.ceil(left / 1000));
      blockedUntil.delete(key);
      return 0;
    },
    async failed(address) {
      const key = keyOf(address);
      const result = await failures.penalty(key, 1);
      if (result.consumedPoints < maxFailures) return;
      const now = Date.now();
      if (blockedUntil.size >= SWEEP_AT) sweep(now);
      const firstTime = !blockedUntil.has(key);
      blockedUntil.set(key, now + result.msBeforeNext);
      if (firstTime) {
        onBlocked?.({
          clientAddress: key,
          failures: result.consumedPoints,
          retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
        });
      }
    },
  };
}
