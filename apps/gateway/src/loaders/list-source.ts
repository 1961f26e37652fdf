import {
  type ListablePurpose,
  type MiniMaxFile,
  type MiniMaxFiles,
  MiniMaxFilesError,
} from '@minimax-files/core';
import { LRUCache } from 'lru-cache';
import type { UpstreamFailure } from '../schema/failed-lookup.js';
import { newestFirst } from './file-order.js';
import { createInFlight } from './in-flight.js';
import type { MetadataCache } from './metadata-cache.js';
import type { Semaphore } from './semaphore.js';

/** A purpose's files, newest first (never mutated: sorted views are derived from it), or why not. */
export type ListResult = readonly MiniMaxFile[] | UpstreamFailure;

/**
 * Where every list goes: the short-lived list cache, then a list of that purpose already in flight, then
 * `client.list` under the same concurrency bound as look-ups. What comes back warms the per-id metadata cache,
 * so a look-up or download of a listed file asks the upstream nothing. Failures come back as values and are
 * never cached.
 */
export interface ListSource {
  list(purpose: ListablePurpose): Promise<ListResult>;
}

export interface ListSourceOptions {
  client: Pick<MiniMaxFiles, 'list'>;
  /** The per-id cache file(id) and downloads read. */
  cache: MetadataCache;
  semaphore: Semaphore;
  /** How long a purpose's list is kept (0: never, but concurrent callers still share one request). */
  ttlMs: number;
}

export function createListSource({ client, cache, semaphore, ttlMs }: ListSourceOptions): ListSource {
  const lists =
    ttlMs > 0 ? new LRUCache<ListablePurpose, readonly MiniMaxFile[]>({ max: 16, ttl: ttlMs }) : null;
  const inFlight = createInFlight<ListablePurpose, readonly MiniMaxFile[]>();
  const fetchAndCache = (purpose: ListablePurpose) =>
    semaphore.run(async () => {
      const files = (await client.list({ purpose })).sort(newestFirst);
      for (const file of files) cache.set(file);
      lists?.set(purpose, files);
      return files;
    });
  return {
    async list(purpose) {
      const cached = lists?.get(purpose);
      if (cached) return cached;
      try {
        return await inFlight.run(purpose, () => fetchAndCache(purpose));
      } catch (error) {
        if (error instanceof MiniMaxFilesError) return { error };
        throw error;
      }
    },
  };
}

export function isUpstreamFailure(result: ListResult): result is UpstreamFailure {
  return !Array.isArray(result);
}
