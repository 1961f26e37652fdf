import DataLoader from 'dataloader';
import type { FileSource, LookupResult } from './file-source.js';

/**
 * One per GraphQL request: collects the ids asked for in one tick (batching) and asks for each id once
 * (dedupe). The process-wide sharing and caching happen below, in the FileSource.
 */
export type FileLoader = DataLoader<string, LookupResult>;

export function createFileLoader(source: FileSource): FileLoader {
  return new DataLoader<string, LookupResult>((ids) => Promise.all(ids.map((id) => source.lookup(id))));
}
