import { randomUUID } from 'node:crypto';
import { KEY_PREFIX, type RedisLink } from './redis-link.js';

const KEY = `${KEY_PREFIX}replicas`;
const HEARTBEAT_MS = 2_000;
/** A replica not heard from for this long has stopped (crashed, scaled in). */
const STALE_MS = 3 * HEARTBEAT_MS;

/**
 * How many gateways share this Redis: each writes a heartbeat into a sorted set and counts the recent ones. The
 * count is remembered while Redis is away, so that each replica's share of the budget stays right then.
 */
export interface ReplicaCensus {
  readonly count: number;
  stop(): void;
}

export function startReplicaCensus(link: RedisLink): ReplicaCensus {
  const me = randomUUID();
  let count = 1;
  const beat = async () => {
    if (!link.up) return;
    const now = Date.now();
    const results = await link.redis
      .multi()
      .zadd(KEY, now, me)
      .zremrangebyscore(KEY, '-inf', now - STALE_MS)
      .zcard(KEY)
      .exec()
      .catch(() => null);
    const counted = results?.[2]?.[1];
    if (typeof counted === 'number' && counted > 0) count = counted;
  };
  link.onStateChange((up) => {
    if (up) void beat();
  });
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  timer.unref();
  return {
    get count() {
      return count;
    },
    stop() {
      clearInterval(timer);
      if (link.up) link.redis.zrem(KEY, me).catch(() => {});
    },
  };
}
