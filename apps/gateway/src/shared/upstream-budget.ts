import { DEFAULT_RETRY_AFTER_SECONDS, RateLimitedError } from '@minimax-files/core';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { KEY_PREFIX, type RedisLink } from './redis-link.js';

/** At most this many slices per window: more slices smooth the rate but shrink the burst one slice admits. */
const MAX_SLICES = 4;
const ACCOUNT_KEY = 'account';

export interface UpstreamBudgetOptions {
  /** MINIMAX_RPM: upstream requests allowed per window for the whole account. */
  rpm: number;
  /** 60 in production; tests shorten it. Whole seconds (rate-limiter-flexible's Redis store counts in seconds). */
  windowSeconds: number;
  /** Shared across replicas when given; this process alone otherwise. */
  link?: RedisLink;
  /** How many replicas share the budget (for each one's share while Redis is away). */
  replicas?: () => number;
  onDecision?: (decision: 'allowed' | 'refused') => void;
}

/** The account's upstream budget, asked before every upstream attempt (core's `beforeUpstreamRequest`). */
export interface UpstreamBudget {
  /** Takes one request from the budget, or throws `RateLimited` (no upstream code, `retryAfterSeconds` ≥ 1). */
  take(): Promise<void>;
  /** The upstream said 1002 / 429: nobody asks it again for that long. */
  pause(retryAfterSeconds: number | undefined): Promise<void>;
  readonly slice: { points: number; seconds: number };
}

/**
 * How the window is cut so that NO span of `windowSeconds` (a sliding window, not only clock minutes) sees more
 * than `rpm` requests with rate-limiter-flexible's fixed windows: a span meets at most `slices + 1` slices, so
 * each slice admits `rpm / (slices + 1)`. Sustained use reaches `slices / (slices + 1)` of the rpm (80 % with
 * 4 slices), bursts up to one slice.
 */
export function budgetSlices(rpm: number, windowSeconds: number): { points: number; seconds: number } {
  // One request a window: one slice a little longer than the window, so two never fall in one span.
  if (rpm < 2) return { points: 1, seconds: windowSeconds + 1 };
  const slices = Math.min(MAX_SLICES, rpm - 1);
  return { points: Math.floor(rpm / (slices + 1)), seconds: Math.ceil(windowSeconds / slices) };
}

export function createUpstreamBudget({
  rpm,
  windowSeconds,
  link,
  replicas = () => 1,
  onDecision,
}: UpstreamBudgetOptions): UpstreamBudget {
  const slice = budgetSlices(rpm, windowSeconds);
  const share = () => Math.max(1, Math.floor(slice.points / Math.max(1, replicas())));
  // Redis away: each replica keeps to its share of the slice, in memory, until Redis is back.
  const insurance = new RateLimiterMemory({ points: share(), duration: slice.seconds });
  const limiter = link
    ? new RateLimiterRedis({
        storeClient: link.redis,
        keyPrefix: `${KEY_PREFIX}budget`,
        points: slice.points,
        duration: slice.seconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: insurance,
      })
    : new RateLimiterMemory({ points: slice.points, duration: slice.seconds });

  return {
    slice,
    async take() {
      if (link) insurance.points = share();
      try {
        await limiter.consume(ACCOUNT_KEY);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        onDecision?.('refused');
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new RateLimitedError(
          `The gateway's upstream budget (MINIMAX_RPM=${rpm}) is used up: no request was sent; retry in ${retryAfterSeconds} s.`,
          { retryable: true, retryAfterSeconds },
        );
      }
      onDecision?.('allowed');
    },
    async pause(retryAfterSeconds) {
      const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS));
      await limiter.block(ACCOUNT_KEY, seconds).catch(() => {});
    },
  };
}
