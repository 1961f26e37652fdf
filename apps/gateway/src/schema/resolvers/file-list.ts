import type { FileListResolvers, FileListResultResolvers } from '../../generated/resolvers-types.js';
import { type FileListView, totalBytes } from '../../lookups/file-list.js';
import type { ListResult } from '../../lookups/list-lookups.js';
import { badUserInput } from '../bad-user-input.js';

/** The most files one page of a list may hold: a 10,000-file account is never one huge answer. */
export const MAX_FILES_PER_PAGE = 1000;

export const FileList: FileListResolvers = {
  purpose: ({ purpose }) => graphQLPurpose(purpose),
  files({ files }, { offset, limit }) {
    const start = offset ?? 0;
    const count = limit ?? 100;
    if (!Number.isInteger(start) || start < 0) throw badUserInput('files: offset must be 0 or more');
    if (!Number.isInteger(count) || count < 1 || count > MAX_FILES_PER_PAGE)
      throw badUserInput(`files: limit must be from 1 to ${MAX_FILES_PER_PAGE}, got ${count}`);
    return files.slice(start, start + count);
  },
  totalCount: ({ files }) => files.length,
  totalBytes: ({ files }) => totalBytes(files),
};

// The members a list can fail with; any other kind core might raise for a list is an upstream error to us.
const LIST_ERROR_MEMBERS = new Set([
  'AuthenticationFailed',
  'RateLimited',
  'InsufficientBalance',
  'UpstreamTimeout',
  'UpstreamError',
] as const);
type ListErrorMember = typeof LIST_ERROR_MEMBERS extends Set<infer M> ? M : never;

export function listMemberOf(result: FileListView | ListResult): 'FileList' | ListErrorMember {
  if (!('error' in result)) return 'FileList';
  const kind = result.error.kind as ListErrorMember;
  return LIST_ERROR_MEMBERS.has(kind) ? kind : 'UpstreamError';
}

export const FileListResult: FileListResultResolvers = {
  __resolveType: listMemberOf,
};

/** `voice_clone` → `VOICE_CLONE`: the GraphQL enum is the upstream purpose in capitals. */
export function graphQLPurpose<P extends string>(purpose: P): Uppercase<P> {
  return purpose.toUpperCase() as Uppercase<P>;
}
