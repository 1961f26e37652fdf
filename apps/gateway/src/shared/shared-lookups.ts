import { randomUUID } from 'node:crypto';
import { type ErrorKind, type MiniMaxFile, MiniMaxFilesError } from '@minimax-files/core';
import { KEY_PREFIX, type RedisLink } from './redis-link.js';
import type { SealedBox } from './sealed-box.js';

/**
 * How long a replica may hold the right to ask the upstream for one id before another may take over: a crashed
 * holder blocks the others no longer than this. A live holder renews it every third of it.
 */
export const LEASE_MS = 3_000;
const CHANNEL = `${KEY_PREFIX}lookup-done`;

/** A file with the moment its shared entry stops being served (so every replica drops it at the same time). */
export interface SharedFile {
  file: MiniMaxFile;
  expiresAt: number;
}

export interface SharedLookupsOptions {
  link: RedisLink;
  box: SealedBox;
  leaseMs?: number;
  onResult?: (result: 'shared-hit' | 'fetched' | 'waited' | 'local') => void;
}

export interface SharedLookupRequest {
  id: string;
  /** The upstream call (under the budget and the concurrency bound). */
  fetch: () => Promise<MiniMaxFile>;
  /** How long a fetched file may be served from cache (0: not cached, only handed to the waiting replicas). */
  ttlMs: (file: MiniMaxFile) => number;
}

/**
 * The second cache tier and the cross-replica de-duplication. A look-up that missed the process cache reads the
 * shared entry in Redis; on a miss, one replica takes a short lease on the id and asks the upstream, the others
 * wait for its answer on pub/sub (success or failure) instead of asking too. Entries are sealed (encrypted and
 * authenticated): they hold signed links. Redis failing at any point only means asking the upstream from this
 * process: it never fails a look-up.
 */
export interface SharedLookups {
  lookup(request: SharedLookupRequest): Promise<SharedFile>;
}

interface Outcome {
  id: string;
  sealed?: string;
  error?: { kind: ErrorKind; message: string } & Record<string, unknown>;
}

// One round trip: the entry if there is one, else the lease if free, else how long the lease still runs.
const CLAIM = `
local entry = redis.call('GET', KEYS[1])
if entry then return {1, entry} end
if redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {2, ''} end
return {3, tostring(redis.call('PTTL', KEYS[2]))}`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

const entryKey = (id: string) => `${KEY_PREFIX}file:${id}`;
const leaseKey = (id: string) => `${KEY_PREFIX}lease:${id}`;

export function createSharedLookups({
  link,
  box,
  leaseMs = LEASE_MS,
  onResult,
}: SharedLookupsOptions): SharedLookups {
  const { redis } = link;
  const waiters = new Map<string, Set<(outcome: Outcome | undefined) => void>>();
  const wakeAll = () => {
    for (const set of waiters.values()) for (const wake of set) wake(undefined);
  };
  link.onStateChange((up) => {
    if (!up) wakeAll();
  });
  link.subscribe(CHANNEL, (message) => {
    let outcome: Outcome;
    try {
      outcome = JSON.parse(message) as Outcome;
    } catch {
      return;
    }
    for (const wake of waiters.get(outcome.id) ?? []) wake(outcome);
  });

  /** Resolves with the holder's outcome, or undefined when the lease ran out or Redis went away. */
  const waitFor = (id: string) => {
    let wake: (outcome: Outcome | undefined) => void = () => {};
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<Outcome | undefined>((resolve) => {
      wake = (outcome) => {
        clearTimeout(timer);
        waiters.get(id)?.delete(wake);
        if (waiters.get(id)?.size === 0) waiters.delete(id);
        resolve(outcome);
      };
    });
    const set = waiters.get(id) ?? new Set();
    set.add(wake);
    waiters.set(id, set);
    return {
      promise,
      cancel: () => wake(undefined),
      until: (ms: number) => {
        timer = setTimeout(() => wake(undefined), ms);
      },
    };
  };

  /** `handedOver`: a holder's answer to its waiters, good once even when it was not cached (TTL 0). */
  const open = (id: string, sealed: string, handedOver = false): SharedFile | undefined => {
    const text = box.open(sealed, id);
    if (text === undefined) return undefined;
    const stored = JSON.parse(text) as StoredFile;
    if (!handedOver && stored.expiresAt <= Date.now()) return undefined;
    return { file: fileOf(stored), expiresAt: stored.expiresAt };
  };

  const holdAndFetch = async ({ id, fetch, ttlMs }: SharedLookupRequest, token: string) => {
    const renew = setInterval(
      () => redis.eval(RENEW, 1, leaseKey(id), token, leaseMs).catch(() => {}),
      Math.floor(leaseMs / 3),
    );
    try {
      const file = await fetch();
      const ttl = ttlMs(file);
      const expiresAt = Date.now() + ttl;
      const sealed = box.seal(JSON.stringify(storedOf(file, expiresAt)), id);
      // Best effort: the file is ours whatever Redis says now.
      await redis
        .multi()
        .set(entryKey(id), sealed, 'PX', Math.max(ttl, 1))
        .publish(CHANNEL, JSON.stringify({ id, sealed } satisfies Outcome))
        .exec()
        .catch(() => {});
      if (ttl <= 0) redis.del(entryKey(id)).catch(() => {});
      onResult?.('fetched');
      return { file, expiresAt };
    } catch (error) {
      if (error instanceof MiniMaxFilesError) {
        const outcome: Outcome = {
          id,
          error: { ...errorDetails(error), kind: error.kind, message: error.message },
        };
        await redis.publish(CHANNEL, JSON.stringify(outcome)).catch(() => {});
      }
      throw error;
    } finally {
      clearInterval(renew);
      redis.eval(RELEASE, 1, leaseKey(id), token).catch(() => {});
    }
  };

  const local = async (request: SharedLookupRequest) => {
    onResult?.('local');
    const file = await request.fetch();
    return { file, expiresAt: Date.now() + request.ttlMs(file) };
  };

  return {
    async lookup(request) {
      const { id } = request;
      const token = randomUUID();
      for (;;) {
        if (!link.up) return local(request);
        // Listening before claiming: the holder's answer cannot slip between the claim and the wait.
        const waiter = waitFor(id);
        let claim: [number, string];
        try {
          claim = (await redis.eval(CLAIM, 2, entryKey(id), leaseKey(id), token, leaseMs)) as [
            number,
            string,
          ];
        } catch {
          waiter.cancel();
          return local(request);
        }
        const [state, value] = claim;
        if (state === 1) {
          waiter.cancel();
          const shared = open(id, value);
          if (shared) {
            onResult?.('shared-hit');
            return shared;
          }
          return local(request); // sealed with another key (a rotated API key) or already expired
        }
        if (state === 2) {
          waiter.cancel();
          return holdAndFetch(request, token);
        }
        waiter.until(Math.max(Number(value), 0) + 50);
        const outcome = await waiter.promise;
        if (outcome?.error) {
          onResult?.('waited');
          const { kind, message, ...details } = outcome.error;
          throw MiniMaxFilesError.create(kind, message, details);
        }
        const shared = outcome?.sealed === undefined ? undefined : open(id, outcome.sealed, true);
        if (shared) {
          onResult?.('waited');
          return shared;
        }
        // The lease ran out (its holder died) or Redis went away: claim again, or go local.
      }
    },
  };
}

/** A MiniMaxFile as JSON: dates as epoch milliseconds. */
interface StoredFile extends Omit<MiniMaxFile, 'createdAt' | 'downloadUrlExpiresAt'> {
  createdAt: number;
  downloadUrlExpiresAt?: number;
  expiresAt: number;
}

function storedOf(file: MiniMaxFile, expiresAt: number): StoredFile {
  const { createdAt, downloadUrlExpiresAt, ...rest } = file;
  return {
    ...rest,
    createdAt: createdAt.getTime(),
    ...(downloadUrlExpiresAt && { downloadUrlExpiresAt: downloadUrlExpiresAt.getTime() }),
    expiresAt,
  };
}

function fileOf(stored: StoredFile): MiniMaxFile {
  const { createdAt, downloadUrlExpiresAt, expiresAt: _, ...rest } = stored;
  return {
    ...rest,
    createdAt: new Date(createdAt),
    ...(downloadUrlExpiresAt !== undefined && { downloadUrlExpiresAt: new Date(downloadUrlExpiresAt) }),
  };
}

function errorDetails(error: MiniMaxFilesError) {
  const { retryable, upstreamCode, statusMsg, httpStatus, traceId, retryAfterSeconds, regionHint } = error;
  return { retryable, upstreamCode, statusMsg, httpStatus, traceId, retryAfterSeconds, regionHint };
}
