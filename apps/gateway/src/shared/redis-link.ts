import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Keys and channels of every gateway sharing one Redis start with this, so other users of Redis are untouched. */
export const KEY_PREFIX = 'minimax-files:';

/**
 * A Redis command that has not answered by then counts as Redis being away: a look-up must never wait on a
 * stalled Redis for longer than an upstream call would take.
 */
const COMMAND_TIMEOUT_MS = 500;
/** Reconnect quickly at first, then every second for as long as it takes. */
const reconnectDelayMs = (attempt: number) => Math.min(50 * attempt, 1_000);

export interface RedisLinkOptions {
  url: string;
  logger: Logger;
}

/**
 * The gateway's two Redis connections (commands, and the subscriber that pub/sub needs to itself) and whether
 * shared state is usable right now. Commands fail at once while Redis is away (no offline queue): every user
 * then falls back to process memory, and ioredis reconnects by itself.
 */
export interface RedisLink {
  readonly redis: Redis;
  /** True while both connections are ready. */
  readonly up: boolean;
  /** Called with false when shared state becomes degraded and with true when it is back (and once at the start). */
  onStateChange(listener: (up: boolean) => void): void;
  /** Registers a handler for one channel (subscribed now and again after every reconnect). */
  subscribe(channel: string, onMessage: (message: string) => void): void;
  close(): Promise<void>;
}

export function createRedisLink({ url, logger }: RedisLinkOptions): RedisLink {
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: reconnectDelayMs,
    // The URL may carry a password: ioredis's own messages never print it, and neither do we.
    connectionName: 'minimax-files-gateway',
  };
  const redis = new Redis(url, options);
  const subscriber = new Redis(url, { ...options, commandTimeout: undefined });
  const handlers = new Map<string, (message: string) => void>();
  const listeners: Array<(up: boolean) => void> = [];
  let wasUp: boolean | undefined;
  let closing = false;

  const isUp = () => redis.status === 'ready' && subscriber.status === 'ready';
  const check = () => {
    const up = isUp();
    if (up === wasUp || closing) return;
    if (up) logger.info({ sharedState: 'ok' }, 'shared state: Redis connected');
    else if (wasUp !== undefined)
      logger.warn(
        { sharedState: 'degraded' },
        'shared state degraded: Redis unreachable, serving from process memory until it reconnects',
      );
    wasUp = up;
    for (const listener of listeners) listener(up);
  };
  for (const connection of [redis, subscriber]) {
    connection.on('ready', check);
    connection.on('close', check);
    connection.on('end', check);
    // Without a listener ioredis would print each failed reconnect; the state change above is the one line.
    connection.on('error', () => check());
  }
  subscriber.on('ready', () => {
    if (handlers.size > 0) subscriber.subscribe(...handlers.keys()).catch(() => {});
  });
  subscriber.on('message', (channel: string, message: string) => handlers.get(channel)?.(message));

  return {
    redis,
    get up() {
      return isUp();
    },
    onStateChange(listener) {
      listeners.push(listener);
      listener(isUp());
    },
    subscribe(channel, onMessage) {
      handlers.set(channel, onMessage);
      if (subscriber.status === 'ready') subscriber.subscribe(channel).catch(() => {});
    },
    async close() {
      closing = true;
      await Promise.all([redis.quit().catch(() => {}), subscriber.quit().catch(() => {})]);
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}
