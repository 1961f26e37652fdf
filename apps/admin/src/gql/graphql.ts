/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type FileFieldsFragment = { id: string, filename: string, purpose: string, bytes: string | null, createdAt: string, contentType: string, downloadUrl: string | null };

type LookupErrorFields_AuthenticationFailed_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_ContentRejected_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_FileNotFound_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_InsufficientBalance_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_InvalidFileId_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_RateLimited_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_UpstreamError_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

type LookupErrorFields_UpstreamTimeout_Fragment = { message: string, retryable: boolean, upstreamCode: number | null, traceId: string | null };

export type LookupErrorFieldsFragment =
  | LookupErrorFields_AuthenticationFailed_Fragment
  | LookupErrorFields_ContentRejected_Fragment
  | LookupErrorFields_FileNotFound_Fragment
  | LookupErrorFields_InsufficientBalance_Fragment
  | LookupErrorFields_InvalidFileId_Fragment
  | LookupErrorFields_RateLimited_Fragment
  | LookupErrorFields_UpstreamError_Fragment
  | LookupErrorFields_UpstreamTimeout_Fragment
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

export const FileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<FileFieldsFragment, unknown>;
export const LookupErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]} as unknown as DocumentNode<LookupErrorFieldsFragment, unknown>;
export const FileResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LookupErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]} as unknown as DocumentNode<FileResultFieldsFragment, unknown>;
export const FileDocument = {"__meta__":{"hash":"sha256:44ffdeb81db34a764ab92b0053e63bb17883265b2b5282fae42677e2da804ec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"File"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LookupErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]} as unknown as DocumentNode<FileQuery, FileQueryVariables>;
export const FilesDocument = {"__meta__":{"hash":"sha256:64f646ab6b48e3138a553e76b53269197dfb4c4b3aa1a56ff5114bf7807c5f3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Files"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookupErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCode"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"File"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FileFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LookupErrorFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionHint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]} as unknown as DocumentNode<FilesQuery, FilesQueryVariables>;
export const PingDocument = {"__meta__":{"hash":"sha256:fd62e324acbd36cef07b4e4f13873507c78404993537dff6b7f887ad6e90d417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PingQuery, PingQueryVariables>;