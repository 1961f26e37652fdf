import { type MiniMaxFile, type MiniMaxFiles, MiniMaxFilesError } from '@minimax-files/core';
import type { FailedLookup } from '../schema/failed-lookup.js';
import type { SharedLookups } from '../shared/shared-lookups.js';
import { createInFlight } from './in-flight.js';
import type { LookupCache } from './lookup-cache.js';
import type { Semaphore } from './semaphore.js';
import { inUpstreamSlot } from './upstream-slot.js';
import { tallyUpstream, type UpstreamReport, upstreamReportOf } from './upstream-tally.js';

export type LookupResult = MiniMaxFile | FailedLookup;

/**
 * Where every look-up of metadata goes, from GraphQL and from downloads alike: the cache, then a look-up
 * already in flight for that id in this process, then (with `REDIS_URL`) the shared tier — Redis's entry, or one
 * upstream call across all replicas — and finally the upstream under the concurrency bound. Upstream failures
 * come back as values (`FailedLookup`); only a bug throws.
 */
export interface FileLookups {
  lookup(id: string, options?: LookupOptions): Promise<LookupResult>;
}

export interface LookupOptions {
  /** The client went away: its look-up stops waiting, and is dropped unless another caller shares it. */
  signal?: AbortSignal;
  /** Who asks (the operator's name): waiting for an upstream slot is fair between callers. */
  caller?: string;
}

export interface FileLookupsOptions {
  client: Pick<MiniMaxFiles, 'retrieve'>;
  cache: LookupCache;
  semaphore: Semaphore;
  shared?: SharedLookups;
  onCacheResult?: (result: 'hit' | 'miss') => void;
}

export function createFileLookups({
  client,
  cache,
  semaphore,
  shared,
  onCacheResult,
}: FileLookupsOptions): FileLookups {
  const inFlight = createInFlight<string, MiniMaxFile>();
  const retrieve = (id: string, signal: AbortSignal, caller: string | undefined) =>
    inUpstreamSlot(semaphore, () => tallyUpstream(() => client.retrieve(id, { signal })), {
      key: caller,
      signal,
    });
  const fetchAndCache = shared
    ? async (id: string, signal: AbortSignal, caller: string | undefined) => {
        const { file, expiresAt } = await shared.lookup({
          id,
          fetch: () => retrieve(id, signal, caller),
          ttlMs: (fetched) => cache.ttlFor(fetched),
        });
        cache.set(file, expiresAt);
        return file;
      }
    : async (id: string, signal: AbortSignal, caller: string | undefined) => {
        const file = await retrieve(id, signal, caller);
        cache.set(file);
        return file;
      };

  return {
    async lookup(id, { signal, caller } = {}) {
      const cached = cache.get(id);
      onCacheResult?.(cached ? 'hit' : 'miss');
      if (cached) return cached;
      try {
        return await inFlight.run(id, (shared) => fetchAndCache(id, shared, caller), signal);
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

/** What the upstream call behind this result cost, for the one audit event that reports it (nothing after). */
export function upstreamReportOfLookup(result: LookupResult): UpstreamReport {
  return upstreamReportOf(result, isFailedLookup(result) ? result.error : undefined);
}
