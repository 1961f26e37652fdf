import { KEY_PREFIX, type RedisLink } from './redis-link.js';

/** An operator revoked (their token and every session of theirs), or one session signed out (by its id's hash). */
export type Revocation = { operator: string } | { session: string };

const CHANNEL = `${KEY_PREFIX}auth-revoked`;

export interface RevocationListener {
  /** A replica (this one included) revoked something: drop what is cached about it. */
  revoked(revocation: Revocation): void;
  /** Messages may have been missed (Redis went away or came back): drop everything cached. */
  missed(): void;
}

/**
 * Revocations told to every replica sharing `REDIS_URL` over pub/sub, so a revoked token or a signed-out session
 * is refused everywhere at once instead of when each replica's credential cache expires. Best effort by design:
 * while Redis is away nothing is delivered, and the cache's own short lifetime is the bound.
 */
export interface RevocationFeed {
  /** Resolves once Redis has handed the message to every subscribed replica (or failed: never throws). */
  publish(revocation: Revocation): Promise<void>;
  listen(listener: RevocationListener): void;
}

export function createRevocationFeed(link: RedisLink): RevocationFeed {
  const listeners: RevocationListener[] = [];
  let wasUp: boolean | undefined;
  link.onStateChange((up) => {
    if (wasUp !== undefined && up !== wasUp) for (const listener of listeners) listener.missed();
    wasUp = up;
  });
  link.subscribe(CHANNEL, (message) => {
    const revocation = parse(message);
    if (revocation) for (const listener of listeners) listener.revoked(revocation);
  });
  return {
    async publish(revocation) {
      await link.redis.publish(CHANNEL, JSON.stringify(revocation)).catch(() => {});
    },
    listen(listener) {
      listeners.push(listener);
    },
  };
}

function parse(message: string): Revocation | undefined {
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value !== 'object' || value === null) return undefined;
    if ('operator' in value && typeof value.operator === 'string') return { operator: value.operator };
    if ('session' in value && typeof value.session === 'string') return { session: value.session };
  } catch {}
  return undefined;
}
