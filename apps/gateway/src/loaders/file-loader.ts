import DataLoader from 'dataloader';
import type { FileSource, LookupOptions, LookupResult } from './file-source.js';

/**
 * One per GraphQL request: collects the ids asked for in one tick (batching) and asks for each id once
 * (dedupe). The process-wide sharing and caching happen below, in the FileSource, with the request's signal
 * (its client going away drops what nobody else waits for) and its caller (fair queueing).
 */
export type FileLoader = DataLoader<string, LookupResult>;

export function createFileLoader(source: FileSource, options: LookupOptions = {}): FileLoader {
  return new DataLoader<string, LookupResult>((ids) =>
    Promise.all(ids.map((id) => source.lookup(id, options))),
  );
}
