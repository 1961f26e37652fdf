import type { ErrorKind } from '@minimax-files/core';
import type { FileResultResolvers } from '../../generated/resolvers-types.js';
import { isFailedLookup, type LookupResult } from '../../loaders/file-source.js';

/** The union member of a look-up: core's error `kind` is the member name, so nothing is mapped again here. */
export function memberOf(result: LookupResult): 'File' | ErrorKind {
  return isFailedLookup(result) ? result.error.kind : 'File';
}

export const FileResult: FileResultResolvers = {
  __resolveType: memberOf,
};
