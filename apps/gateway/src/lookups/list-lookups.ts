import {
  type ListablePurpose,
  type MiniMaxFile,
  type MiniMaxFiles,
  MiniMaxFilesError,
} from '@minimax-files/core';
import type { UpstreamFailure } from '../schema/failed-lookup.js';
import { newestFirst } from './file-order.js';
import { createInFlight } from './in-flight.js';
import type { LookupCache } from './lookup-cache.js';
import type { Semaphore } from './semaphore.js';
import { inUpstreamSlot } from './upstream-slot.js';
import { tallyUpstream, type UpstreamReport, upstreamReportOf } from './upstream-tally.js';

/** A purpose's files, newest first (never mutated: sorted views are derived from it), or why not. */
export type ListResult = readonly MiniMaxFile[] | UpstreamFailure;

/**
 * Where every list goes: the kept list while it is fresh, then a list of that purpose already in flight, then
 * `client.list` under the same concurrency bound as look-ups. A kept list past its freshness but inside the stale
 * window is still answered at once while one refresh runs behind it (stale-while-revalidate), so an operator
 * paging a 10,000-file account never waits for the upstream once it has been listed. What comes back warms the
 * per-id metadata cache, so a look-up or download of a listed file asks the upstream nothing. Failures come back
 * as values and are never kept.
 */
export interface ListLookups {
  list(purpose: ListablePurpose, options?: ListOptions): Promise<ListResult>;
}

export interface ListOptions {
  /**
   * A stale list was answered and a refresh started behind it: called with the refresh's result when it ends
   * (its upstream request is reported by the caller's audit, like the list's own).
   */
  onRefreshBehind?: (result: ListResult) => void;
}

export interface ListLookupsOptions {
  client: Pick<MiniMaxFiles, 'list'>;
  /** The per-id cache file(id) and downloads read. */
  cache: LookupCache;
  semaphore: Semaphore;
  /** How long a purpose's list is fresh (0: never kept, but concurrent callers still share one request). */
  ttlMs: number;
  /** How long after that it is still answered while a refresh runs (0: a stale list is never answered). */
  staleMs: number;
  now?: () => number;
}

interface KeptList {
  files: readonly MiniMaxFile[];
  fetchedAt: number;
}

export function createListLookups({
  client,
  cache,
  semaphore,
  ttlMs,
  staleMs,
  now = Date.now,
}: ListLookupsOptions): ListLookups {
  // At most one entry per listable purpose: no eviction needed.
  const kept = new Map<ListablePurpose, KeptList>();
  const inFlight = createInFlight<ListablePurpose, readonly MiniMaxFile[]>();
  const fetchAndKeep = (purpose: ListablePurpose) =>
    inUpstreamSlot(semaphore, async () => {
      const files = (await tallyUpstream(() => client.list({ purpose }))).sort(newestFirst);
      for (const file of files) cache.set(file);
      if (ttlMs > 0) kept.set(purpose, { files, fetchedAt: now() });
      return files;
    });
  const refresh = (purpose: ListablePurpose) => inFlight.run(purpose, () => fetchAndKeep(purpose));
  return {
    async list(purpose, { onRefreshBehind } = {}) {
      const entry = kept.get(purpose);
      const age = entry ? now() - entry.fetchedAt : Number.POSITIVE_INFINITY;
      if (entry && age < ttlMs) return entry.files;
      if (entry && age < ttlMs + staleMs) {
        // A failed refresh keeps the stale list until the window closes; then the failure is answered.
        refresh(purpose).then(
          (files) => onRefreshBehind?.(files),
          (error: unknown) => {
            if (error instanceof MiniMaxFilesError) onRefreshBehind?.({ error });
          },
        );
        return entry.files;
      }
      try {
        return await refresh(purpose);
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

/** What the upstream list behind this result cost, for the one audit event that reports it (nothing after). */
export function upstreamReportOfList(result: ListResult): UpstreamReport {
  return upstreamReportOf(result, isUpstreamFailure(result) ? result.error : undefined);
}
