import type { IncomingMessage } from 'node:http';
import type { MiniMaxFile } from '@minimax-files/core';
import { LRUCache } from 'lru-cache';
import type { LookupCache } from '../lookups/lookup-cache.js';

/** A serialized answer Yoga gave, replayable byte for byte. */
export interface Replay {
  body: Buffer;
  contentType: string;
  fileId: string;
  /** The cache's own object when the answer was recorded: any refresh, expiry or eviction makes it a miss. */
  file: MiniMaxFile;
  /** The operation name the request logger recorded when Yoga answered. */
  operation?: string;
}

/**
 * What the two halves of the fast path share: the answers recorded so far, by request key, and the keys of the
 * requests the handler passed on to Yoga (only their answers may be recorded).
 */
export interface Replays {
  /** The replay for `key`, while the metadata cache still holds the very file it was rendered from. */
  find(key: string): Replay | undefined;
  /** The handler could not answer `req`: Yoga will, and its answer may be recorded under `key`. */
  handOver(req: IncomingMessage, key: string): void;
  /** The key of a request handed over, if it was. */
  keyOf(req: IncomingMessage): string | undefined;
  record(key: string, replay: Replay): void;
}

export function createReplays(cache: Pick<LookupCache, 'get'>, maxBytes: number): Replays {
  const replays = new LRUCache<string, Replay>({
    maxSize: maxBytes,
    sizeCalculation: (replay, key) => key.length + replay.body.length + 1,
  });
  const keys = new WeakMap<IncomingMessage, string>();
  return {
    find(key) {
      const replay = replays.get(key);
      if (replay && cache.get(replay.fileId) === replay.file) return replay;
      if (replay) replays.delete(key);
      return undefined;
    },
    handOver: (req, key) => keys.set(req, key),
    keyOf: (req) => keys.get(req),
    record: (key, replay) => replays.set(key, replay),
  };
}
