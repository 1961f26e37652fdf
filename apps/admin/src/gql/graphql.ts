/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AuditAction =
  | 'ACCESS_DENIED'
  | 'DOWNLOAD'
  | 'LIST'
  | 'LOOKUP'
  | 'OPERATOR_CREATED'
  | 'OPERATOR_REVOKED'
  | 'SIGN_IN'
  | 'SIGN_OUT';

/** Narrows auditEvents; every given field must match. */
export type AuditFilter = {
  action?: AuditAction | null | undefined;
  /** The operator's name. */
  actor?: string | null | undefined;
  fileId?: string | null | undefined;
  /** Events at or after this time. */
  since?: string | null | undefined;
  /** Events before this time. */
  until?: string | null | undefined;
};

/** A sort order for FileList.files; ties are broken by id, largest first. */
export type FileListOrder = {
  direction?: SortDirection;
  field: FileListSortField;
};

/** What a file list can be sorted by. */
export type FileListSortField =
  | 'BYTES'
  | 'CREATED_AT'
  | 'FILENAME'
  | 'ID';

/** The purposes MiniMax lists files by (GET /v1/files/list?purpose=voice_clone|prompt_audio|t2a_async_input). */
export type FilePurpose =
  | 'PROMPT_AUDIO'
  | 'T2A_ASYNC_INPUT'
  | 'VOICE_CLONE';

/**
 * What an operator may do. VIEWER: look files up (downloadUrl is null). OPERATOR: also download. ADMIN: also
 * manage operators and read the audit log.
 */
export type Role =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type FileFieldsFragment = { id: string, filename: string, purpose: string, bytes: string | null, createdAt: string, contentType: string, downloadUrl: string | null };

type ErrorDetails_AuthenticationFailed_Fragment = { regionHint: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_ContentRejected_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_FileNotFound_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_InsufficientBalance_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_InvalidFileId_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_RateLimited_Fragment = { retryAfterSeconds: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_UpstreamError_Fragment = { httpStatus: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type ErrorDetails_UpstreamTimeout_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

export type ErrorDetailsFragment =
  | ErrorDetails_AuthenticationFailed_Fragment
  | ErrorDetails_ContentRejected_Fragment
  | ErrorDetails_FileNotFound_Fragment
  | ErrorDetails_InsufficientBalance_Fragment
  | ErrorDetails_InvalidFileId_Fragment
  | ErrorDetails_RateLimited_Fragment
  | ErrorDetails_UpstreamError_Fragment
  | ErrorDetails_UpstreamTimeout_Fragment
;

type FileResultFields_AuthenticationFailed_Fragment = { __typename: 'AuthenticationFailed', regionHint: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_ContentRejected_Fragment = { __typename: 'ContentRejected', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_File_Fragment = { __typename: 'File', id: string, filename: string, purpose: string, bytes: string | null, createdAt: string, contentType: string, downloadUrl: string | null };

type FileResultFields_FileNotFound_Fragment = { __typename: 'FileNotFound', id: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_InsufficientBalance_Fragment = { __typename: 'InsufficientBalance', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_InvalidFileId_Fragment = { __typename: 'InvalidFileId', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_RateLimited_Fragment = { __typename: 'RateLimited', retryAfterSeconds: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_UpstreamError_Fragment = { __typename: 'UpstreamError', httpStatus: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type FileResultFields_UpstreamTimeout_Fragment = { __typename: 'UpstreamTimeout', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

export type FileResultFieldsFragment =
  | FileResultFields_AuthenticationFailed_Fragment
  | FileResultFields_ContentRejected_Fragment
  | FileResultFields_File_Fragment
  | FileResultFields_FileNotFound_Fragment
  | FileResultFields_InsufficientBalance_Fragment
  | FileResultFields_InvalidFileId_Fragment
  | FileResultFields_RateLimited_Fragment
  | FileResultFields_UpstreamError_Fragment
  | FileResultFields_UpstreamTimeout_Fragment
;

export type FileQueryVariables = Exact<{
  id: string;
}>;


export type FileQuery = { file:
    | { __typename: 'AuthenticationFailed', regionHint: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'ContentRejected', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'File', id: string, filename: string, purpose: string, bytes: string | null, createdAt: string, contentType: string, downloadUrl: string | null }
    | { __typename: 'FileNotFound', id: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'InsufficientBalance', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'InvalidFileId', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'RateLimited', retryAfterSeconds: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'UpstreamError', httpStatus: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'UpstreamTimeout', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
   };

export type FilesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type FilesQuery = { files: Array<
    | { __typename: 'AuthenticationFailed', regionHint: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'ContentRejected', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'File', id: string, filename: string, purpose: string, bytes: string | null, createdAt: string, contentType: string, downloadUrl: string | null }
    | { __typename: 'FileNotFound', id: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'InsufficientBalance', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'InvalidFileId', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'RateLimited', retryAfterSeconds: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'UpstreamError', httpStatus: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'UpstreamTimeout', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
  > };

export type PingQueryVariables = Exact<{ [key: string]: never; }>;


export type PingQuery = { __typename: 'Query' };

export type BrowseQueryVariables = Exact<{
  purpose: FilePurpose;
  filter?: string | null | undefined;
  orderBy: FileListOrder;
  offset: number;
  limit: number;
}>;


export type BrowseQuery = { filesByPurpose:
    | { __typename: 'AuthenticationFailed', regionHint: string, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'FileList', totalCount: number, totalBytes: string, files: Array<{ id: string, filename: string, bytes: string | null, createdAt: string, contentType: string, downloadUrl: string | null }> }
    | { __typename: 'InsufficientBalance', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'RateLimited', retryAfterSeconds: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'UpstreamError', httpStatus: number | null, message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
    | { __typename: 'UpstreamTimeout', message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null }
  , everything:
    | { __typename: 'AuthenticationFailed' }
    | { __typename: 'FileList', totalCount: number }
    | { __typename: 'InsufficientBalance' }
    | { __typename: 'RateLimited' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'UpstreamTimeout' }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ cursor: string, node: { id: string, at: string, actor: string, role: Role | null, action: AuditAction, fileId: string | null, outcome: string, detail: string | null, bytes: string | null, clientAddress: string | null, requestId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorsQuery = { operators: Array<{ name: string, role: Role, bootstrap: boolean, createdAt: string | null, revokedAt: string | null }> };

export type CreateOperatorMutationVariables = Exact<{
  name: string;
  role: Role;
}>;


export type CreateOperatorMutation = { createOperator: { token: string, operator: { name: string, role: Role } } };

export type RevokeOperatorMutationVariables = Exact<{
  name: string;
}>;


export type RevokeOperatorMutation = { revokeOperator: { name: string, revokedAt: string | null } };

export type UsageQueryVariables = Exact<{
  from: string;
  to: string;
  interval: number;
}>;


export type UsageQuery = { usage: { from: string, to: string, interval: number, upstreamBudget: number | null, buckets: Array<{ start: string, upstreamRequests: number, upstreamLatencyP50Ms: number | null, upstreamLatencyP95Ms: number | null, gatewayLatencyP50Ms: number | null, gatewayLatencyP95Ms: number | null, bytesDownloaded: string, lookups: Array<{ outcome: string, count: number }> }>, total: { upstreamRequests: number, upstreamLatencyP50Ms: number | null, upstreamLatencyP95Ms: number | null, gatewayLatencyP50Ms: number | null, gatewayLatencyP95Ms: number | null, bytesDownloaded: string, lookups: Array<{ outcome: string, count: number }> }, topFiles: Array<{ fileId: string, downloads: number, bytes: string }>, topOperators: Array<{ name: string, lookups: number, downloads: number, bytes: string }>, upstreamErrors: Array<{ at: string, actor: string, action: AuditAction, fileId: string | null, outcome: string, upstreamCode: number | null, traceId: string | null }> } };

export const FileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<FileFieldsFragment, unknown>;
export const ErrorDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]} as unknown as DocumentNode<ErrorDetailsFragment, unknown>;
export const FileResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]} as unknown as DocumentNode<FileResultFieldsFragment, unknown>;
export const FileDocument = {"__meta__":{"hash":"sha256:fcea44d41bb6548f5f4eae53fcbeaa447f5671fda6fb34a46c81b40412fea0c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"File"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FileQuery, FileQueryVariables>;
export const FilesDocument = {"__meta__":{"hash":"sha256:536f9d2060a1dc173820960f3ff4693f7ad0c0663912ddca8940ed09cdb329f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Files"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FilesQuery, FilesQueryVariables>;
export const PingDocument = {"__meta__":{"hash":"sha256:fd62e324acbd36cef07b4e4f13873507c78404993537dff6b7f887ad6e90d417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PingQuery, PingQueryVariables>;
export const BrowseDocument = {"__meta__":{"hash":"sha256:a1e5083255d1e2313ebd82d49e2c16835362e599354ce7e91a1b275794c700f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Browse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilePurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileListOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filesByPurpose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"everything"},"name":{"kind":"Name","value":"filesByPurpose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]} as unknown as DocumentNode<BrowseQuery, BrowseQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:f5644079b820a1fc9dd28e4efb256d47d9a2212b11afd45d2b9c121a88c65268"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AuditEventsDocument = {"__meta__":{"hash":"sha256:da56d03352e180082b96a9cac693be9d769b3cfbf4cfe53c669f2736b19eedec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const OperatorsDocument = {"__meta__":{"hash":"sha256:25813149c81c4028abf4ea39807e9b29941ad7cc8e90ed8392d64cd78c860ece"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bootstrap"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<OperatorsQuery, OperatorsQueryVariables>;
export const CreateOperatorDocument = {"__meta__":{"hash":"sha256:8f64a8bc72120cf9afd3d4e6433fff437d88e9ea5f0d411addeab41da494ceb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<CreateOperatorMutation, CreateOperatorMutationVariables>;
export const RevokeOperatorDocument = {"__meta__":{"hash":"sha256:7ad8a179af5e2a5472457046ff31be1dcbfd95e3b107a71cef4dafb48c261842"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeOperatorMutation, RevokeOperatorMutationVariables>;
export const UsageDocument = {"__meta__":{"hash":"sha256:289b92a230599b8018e3272ab3f89bd10d980f1a4b05cca94f900e509f746239"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamBudget"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequests"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamLatencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamLatencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayLatencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayLatencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDownloaded"}},{"kind":"Field","name":{"kind":"Name","value":"lookups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamRequests"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamLatencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamLatencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayLatencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayLatencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDownloaded"}},{"kind":"Field","name":{"kind":"Name","value":"lookups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lookups"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstreamErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}}]} as unknown as DocumentNode<UsageQuery, UsageQueryVariables>;