import type { Resolvers } from '../../generated/resolvers-types.js';
import { DateTimeScalar } from '../scalars/date-time.js';
import { FileIdScalar } from '../scalars/file-id.js';
import { Int64Scalar } from '../scalars/int64.js';
import { AuditEvent } from './audit-events.js';
import { errorMembers } from './error-members.js';
import { File } from './file.js';
import { FileList, FileListResult } from './file-list.js';
import { resolveFileReference } from './file-reference.js';
import { FileResult } from './file-result.js';
import { Mutation, Operator } from './operators.js';
import { Query } from './query.js';
import { UpstreamErrorEvent, Usage } from './usage.js';

export const resolvers: Resolvers = {
  FileID: FileIdScalar,
  Int64: Int64Scalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Operator,
  AuditEvent,
  Usage,
  UpstreamErrorEvent,
  File: { ...File, __resolveReference: resolveFileReference },
  FileResult,
  FileList,
  FileListResult,
  // Error is only ever returned as a member of a result union, but graphql-js wants every abstract type resolvable.
  Error: { __resolveType: ({ error }) => error.kind },
  ...errorMembers,
};
