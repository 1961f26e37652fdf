import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { KEY_PREFIX, type RedisLink } from '../shared/redis-link.js';

/** Where a replica tells the others that an address used up its failures. */
const BLOCKED_CHANNEL = `${KEY_PREFIX}auth-blocked`;

export interface FailedAuthThrottleOptions {
  /** Failed authentications allowed per client address within the window; the next attempt gets 429. */
  maxFailures: number;
  windowSeconds: number;
  /** Called once when an address uses up its failures (the audit event and the log line; no secret in it). */
  onBlocked?: (block: { clientAddress: string; failures: number; retryAfterSeconds: number }) => void;
  /** With `REDIS_URL`: failures are counted across every replica, and a block is told to all of them. */
  link?: RedisLink;
}

/**
 * The one throttle of failed authentication, per client address, for sign-in (`POST /sessions`) and for operator
 * tokens on every gateway route: wrong guesses from one address share one budget, whichever door they knock on.
 * rate-limiter-flexible counts the failures in a fixed window; once an address has used them up, token attempts
 * from it are refused with 429 and `Retry-After` until the window ends — the right token included, or the
 * answer would tell a guess apart — while every other address is unaffected. With Redis the failures of every
 * replica count in one budget (guesses spread over replicas add up), and the replica that blocks an address tells
 * the others over pub/sub, so the address is refused everywhere. While Redis is away each replica counts in its
 * own memory (rate-limiter-flexible's insurance limiter) and keeps the blocks it knows: an outage neither lifts
 * a block nor blocks anyone who was not.
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
  link,
}: FailedAuthThrottleOptions): FailedAuthThrottle {
  const inMemory = new RateLimiterMemory({ points: maxFailures, duration: windowSeconds });
  const failures = link
    ? new RateLimiterRedis({
        storeClient: link.redis,
        keyPrefix: `${KEY_PREFIX}auth-failures`,
        points: maxFailures,
        duration: windowSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: inMemory,
      })
    : inMemory;
  // address → when it may try again (ms since the epoch): what the limiter said when the budget ran out.
  const blockedUntil = new Map<string, number>();
  const keyOf = (address: string | undefined) => address ?? 'unknown';

  const sweep = (now: number) => {
    for (const [address, until] of blockedUntil) if (until <= now) blockedUntil.delete(address);
  };
  /** Records a block; true when the address was not blocked here before. */
  const block = (address: string, msLeft: number) => {
    const now = Date.now();
    if (blockedUntil.size >= SWEEP_AT) sweep(now);
    const firstTime = !blockedUntil.has(address);
    blockedUntil.set(address, Math.max(blockedUntil.get(address) ?? 0, now + msLeft));
    return firstTime;
  };
  // Another replica's block: refused here too (its log line and audit event were written there). The time left
  // travels rather than a deadline, so replicas' clocks need not agree.
  link?.subscribe(BLOCKED_CHANNEL, (message) => {
    const blocked = parseBlock(message);
    if (blocked) block(blocked.address, blocked.msLeft);
  });

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
      if (block(key, result.msBeforeNext)) {
        link?.redis
          .publish(BLOCKED_CHANNEL, JSON.stringify({ address: key, msLeft: result.msBeforeNext }))
          .catch(() => {});
        onBlocked?.({
          clientAddress: key,
          failures: result.consumedPoints,
          retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
        });
      }
    },
  };
}

function parseBlock(message: string): { address: string; msLeft: number } | undefined {
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value !== 'object' || value === null) return undefined;
    if (!('address' in value) || typeof value.address !== 'string') return undefined;
    if (!('msLeft' in value) || typeof value.msLeft !== 'number' || !(value.msLeft > 0)) return undefined;
    return { address: value.address, msLeft: value.msLeft };
  } catch {
    return undefined;
  }
}
