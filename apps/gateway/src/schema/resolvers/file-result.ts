import type { ErrorKind, MiniMaxFile } from '@minimax-files/core';
import type { FileResultResolvers } from '../../generated/resolvers-types.js';
import type { UpstreamFailure } from '../failed-lookup.js';

/** The union member of a look-up: core's error `kind` is the member name, so nothing is mapped again here. */
export function memberOf(result: MiniMaxFile | UpstreamFailure): 'File' | ErrorKind {
  return 'error' in result ? result.error.kind : 'File';
}

export const FileResult: FileResultResolvers = {
  __resolveType: memberOf,
};
