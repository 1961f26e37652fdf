import { type MiniMaxFile, type MiniMaxFiles, MiniMaxFilesError } from '@minimax-files/core';
import type { FailedLookup } from '../schema/failed-lookup.js';
import { createInFlight } from './in-flight.js';
import type { MetadataCache } from './metadata-cache.js';
import type { Semaphore } from './semaphore.js';

export type LookupResult = MiniMaxFile | FailedLookup;

/**
 * Where every look-up of metadata goes, from GraphQL and from downloads alike: the cache, then a look-up
 * already in flight for the id, then the upstream under the concurrency bound. Upstream failures come back
 * as values (`FailedLookup`); only a bug throws.
 */
export interface FileSource {
  lookup(id: string): Promise<LookupResult>;
}

export interface FileSourceOptions {
  client: Pick<MiniMaxFiles, 'retrieve'>;
  cache: MetadataCache;
  semaphore: Semaphore;
  onCacheResult?: (result: 'hit' | 'miss') => void;
}

export function createFileSource({ client, cache, semaphore, onCacheResult }: FileSourceOptions): FileSource {
  const inFlight = createInFlight<string, MiniMaxFile>();

  const fetchAndCache = (id: string) =>
    semaphore.run(async () => {
      const file = await client.retrieve(id);
      cache.set(file);
      return file;
    });

  return {
    async lookup(id) {
      const cached = cache.get(id);
      onCacheResult?.(cached ? 'hit' : 'miss');
      if (cached) return cached;
      try {
        return await inFlight.run(id, () => fetchAndCache(id));
      } catch (error) {
        if (error instanceof MiniMaxFilesError) return { id, error };
        throw error;
      }
    },
  };
}

export function isFailedLookup(result: LookupResult): result is FailedLookup {
  return 'error' in result && result.error instanceof MiniMaxFilesError;
}
