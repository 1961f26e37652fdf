import DataLoader from 'dataloader';
import type { FileLookups, LookupOptions, LookupResult } from './file-lookups.js';

/**
 * One per GraphQL request: collects the ids asked for in one tick (batching) and asks for each id once
 * (dedupe). The process-wide sharing and caching happen below, in `FileLookups` (file-lookups.ts), with the request's signal
 * (its client going away drops what nobody else waits for) and its caller (fair queueing).
 */
export type RequestLookups = DataLoader<string, LookupResult>;

export function createRequestLookups(fileLookups: FileLookups, options: LookupOptions = {}): RequestLookups {
  return new DataLoader<string, LookupResult>((ids) =>
    Promise.all(ids.map((id) => fileLookups.lookup(id, options))),
  );
}
