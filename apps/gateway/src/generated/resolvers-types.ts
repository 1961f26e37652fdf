import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MiniMaxFile } from '@minimax-files/core';
import type { FileListView } from '../lookups/file-list.js';
import type { FailedLookup, UpstreamFailure } from '../schema/failed-lookup.js';
import type { OperatorRecord } from '../auth/operator-store.js';
import type { AuditEventRow } from '../db/tables.js';
import type { UsageView } from '../audit/usage-query.js';
import type { GatewayContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an RFC 3339 / ISO 8601 date-time string in UTC, for example 2023-11-20T08:36:38.000Z. */
  DateTime: { input: Date; output: Date | string; }
  /**
   * A MiniMax file id: a positive 64-bit integer (1 to 9223372036854775807), always serialized as a decimal string.
   * Accepted as a decimal string or an integer literal (read from its source text, never rounded); in variables
   * only as a string (a JSON number has already been rounded by the JSON parser, so it is refused).
   * ASCII digits only: no sign, space, decimal point or exponent. Leading zeros are accepted and dropped ("007" is 7).
   */
  FileID: { input: string; output: string; }
  /**
   * A non-negative 64-bit integer serialized as a decimal string, so that sizes above 2^31 (and 2^53) stay exact
   * in every client.
   */
  Int64: { input: string; output: string | number | bigint; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AuditAction =
  | 'ACCESS_DENIED'
  | 'DOWNLOAD'
  | 'LIST'
  | 'LOOKUP'
  | 'OPERATOR_CREATED'
  | 'OPERATOR_REVOKED'
  | 'SIGN_IN'
  | 'SIGN_OUT';

/** One audited action. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: AuditAction;
  /** The operator's name; `anonymous` for a sign-in with an unknown token. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** For a download, the bytes actually sent. */
  bytes?: Maybe<Scalars['Int64']['output']>;
  clientAddress?: Maybe<Scalars['String']['output']>;
  /** What was asked for: the field or route refused, the operator created or revoked. */
  detail?: Maybe<Scalars['String']['output']>;
  fileId?: Maybe<Scalars['FileID']['output']>;
  id: Scalars['ID']['output'];
  /**
   * A look-up's union member (File, FileNotFound, ...); for a download `complete`, `aborted`, `started` (still
   * streaming) or the member or status that refused it; `ok` or `rejected` for a sign-in; `FORBIDDEN` for a refusal.
   */
  outcome: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  /** The actor's role at the time, when known. */
  role?: Maybe<Role>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** Narrows auditEvents; every given field must match. */
export type AuditFilter = {
  action?: InputMaybe<AuditAction>;
  /** The operator's name. */
  actor?: InputMaybe<Scalars['String']['input']>;
  fileId?: InputMaybe<Scalars['FileID']['input']>;
  /** Events at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The gateway's MiniMax API key was refused (status 1004). */
export type AuthenticationFailed = Error & {
  __typename?: 'AuthenticationFailed';
  message: Scalars['String']['output'];
  /** Keys are tied to a region: a key from api.minimaxi.com (mainland China) fails on api.minimax.io and the other way round. */
  regionHint: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** MiniMax's content checks refused the input or output (1026, 1027). */
export type ContentRejected = Error & {
  __typename?: 'ContentRejected';
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

export type CreatedOperator = {
  __typename?: 'CreatedOperator';
  operator: Operator;
  /** The new operator's token: shown this once, stored only as a hash. */
  token: Scalars['String']['output'];
};

/** What every unsuccessful outcome of a look-up carries. */
export type Error = {
  /** A human-readable explanation, safe to show to an operator. */
  message: Scalars['String']['output'];
  /** Whether trying again later may succeed. */
  retryable: Scalars['Boolean']['output'];
  /** The upstream Trace-Id response header, to quote to MiniMax support; null when the upstream sent none. */
  traceId?: Maybe<Scalars['String']['output']>;
  /** The MiniMax base_resp.status_code, when there was one. */
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** A file stored on the MiniMax platform, as the Files API describes it. */
export type File = {
  __typename?: 'File';
  /** Size in bytes, exact for files larger than 2 GiB. Null when MiniMax does not know it (it reports 0 for some videos). */
  bytes?: Maybe<Scalars['Int64']['output']>;
  /** The media type derived from the filename's extension, for example video/mp4 or audio/mpeg. */
  contentType: Scalars['String']['output'];
  /** When the file was created (the upstream Unix seconds). */
  createdAt: Scalars['DateTime']['output'];
  /** Where to download the bytes: this gateway's /files/{id}/content (never the upstream signed URL). Null when no download is possible. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** When the upstream signed download link expires, if it says so. Metadata is not cached beyond this. */
  downloadUrlExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The file's name as MiniMax stored it (may contain spaces and non-ASCII characters). */
  filename: Scalars['String']['output'];
  /** The file's id, exact to the last digit. */
  id: Scalars['FileID']['output'];
  /** What the file was made for: video_generation, t2a_async, t2a_async_input, voice_clone, prompt_audio, ... */
  purpose: Scalars['String']['output'];
};

/** The files of one purpose, filtered and sorted as asked; `files` pages through them. */
export type FileList = {
  __typename?: 'FileList';
  /** One page of the list: `limit` files (1 to 1000, default 100) starting at `offset` (default 0). */
  files: Array<File>;
  purpose: FilePurpose;
  /** Their size in bytes, all together (files of unknown size count as 0). */
  totalBytes: Scalars['Int64']['output'];
  /** How many files the list holds (after the filter). */
  totalCount: Scalars['Int']['output'];
};


/** The files of one purpose, filtered and sorted as asked; `files` pages through them. */
export type FileListFilesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A sort order for FileList.files; ties are broken by id, largest first. */
export type FileListOrder = {
  direction?: SortDirection;
  field: FileListSortField;
};

/** The outcome of listing files: the FileList, or a typed reason why not. */
export type FileListResult = AuthenticationFailed | FileList | InsufficientBalance | RateLimited | UpstreamError | UpstreamTimeout;

/** What a file list can be sorted by. */
export type FileListSortField =
  | 'BYTES'
  | 'CREATED_AT'
  | 'FILENAME'
  | 'ID';

/** No file with this id exists (or it is not visible to this API key). */
export type FileNotFound = Error & {
  __typename?: 'FileNotFound';
  /** The id that was looked up. */
  id: Scalars['FileID']['output'];
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** The purposes MiniMax lists files by (GET /v1/files/list?purpose=voice_clone|prompt_audio|t2a_async_input). */
export type FilePurpose =
  | 'PROMPT_AUDIO'
  | 'T2A_ASYNC_INPUT'
  | 'VOICE_CLONE';

/** The outcome of looking one file up: the File, or a typed reason why not. */
export type FileResult = AuthenticationFailed | ContentRejected | File | FileNotFound | InsufficientBalance | InvalidFileId | RateLimited | UpstreamError | UpstreamTimeout;

export type FileUsage = {
  __typename?: 'FileUsage';
  bytes: Scalars['Int64']['output'];
  /** Complete downloads. */
  downloads: Scalars['Int']['output'];
  fileId: Scalars['FileID']['output'];
};

/** The MiniMax account has run out of balance (1008). */
export type InsufficientBalance = Error & {
  __typename?: 'InsufficientBalance';
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** MiniMax rejected the id as malformed (status 2013). */
export type InvalidFileId = Error & {
  __typename?: 'InvalidFileId';
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * ADMIN only. The token is returned once, here, and stored only as a hash. A name starting with `bootstrap-`
   * is refused; the name of a revoked operator may be used again.
   */
  createOperator: CreatedOperator;
  /** ADMIN only. The operator's token stops working at once, on every replica, and their sessions end. */
  revokeOperator: Operator;
};


export type MutationCreateOperatorArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


export type MutationRevokeOperatorArgs = {
  name: Scalars['String']['input'];
};

/** A person or service with a token for this gateway. */
export type Operator = {
  __typename?: 'Operator';
  /** True for the ADMINs configured by GATEWAY_OPERATOR_TOKENS (bootstrap-1, bootstrap-2, ...). */
  bootstrap: Scalars['Boolean']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** When the operator was revoked; null while active. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type OperatorUsage = {
  __typename?: 'OperatorUsage';
  bytes: Scalars['Int64']['output'];
  /** Complete downloads. */
  downloads: Scalars['Int']['output'];
  lookups: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type OutcomeCount = {
  __typename?: 'OutcomeCount';
  count: Scalars['Int']['output'];
  outcome: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** ADMIN only. Newest first. `first` defaults to 50, at most 500; `after` is an `endCursor` from an earlier page. */
  auditEvents: AuditEventConnection;
  /** Look one file up by id. Upstream failures come back as typed members of FileResult, never as GraphQL errors. */
  file: FileResult;
  /**
   * Look several files up at once; results are in the order of `ids`, one per id (duplicates are fetched once).
   * At most 100 ids per call, and at most 100 distinct ids per HTTP request across all its file and files fields
   * (aliases and batched operations included); more is refused with BAD_USER_INPUT before any look-up.
   */
  files: Array<FileResult>;
  /**
   * The account's files of one purpose: one upstream list request, kept briefly (GATEWAY_LIST_CACHE_TTL_MS) and
   * shared by concurrent callers; every listed file also warms the cache that file(id) and downloads read.
   * `filter` keeps the files whose filename contains it (ignoring case) or whose id contains it; `orderBy` sorts
   * them, newest first by default, ties broken by id (largest first), so pages stay stable. A list counts as one
   * upstream call however many files it holds: it takes nothing from the per-operation id budget.
   */
  filesByPurpose: FileListResult;
  /** Who the caller is. */
  me: Operator;
  /** ADMIN only. Every operator, bootstrap ones first, revoked ones included (with `revokedAt`). */
  operators: Array<Operator>;
  /**
   * OPERATOR and ADMIN. How the gateway was used between `from` and `to`, summed from the audit trail (every
   * replica's) in buckets of `interval` seconds (60 to 604800, at most 1000 buckets). The range is widened to whole
   * buckets, which start at multiples of `interval` from 2000-01-03T00:00:00Z (UTC). `top` (1 to 50, default 10)
   * rows in the top files and top operators, the last 20 upstream errors.
   */
  usage: Usage;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFileArgs = {
  id: Scalars['FileID']['input'];
};


export type QueryFilesArgs = {
  ids: Array<Scalars['FileID']['input']>;
};


export type QueryFilesByPurposeArgs = {
  filter?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<FileListOrder>;
  purpose: FilePurpose;
};


export type QueryUsageArgs = {
  from: Scalars['DateTime']['input'];
  interval: Scalars['Int']['input'];
  to: Scalars['DateTime']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
};

/** MiniMax's request or token rate limit was hit (1002, 1039 or HTTP 429). */
export type RateLimited = Error & {
  __typename?: 'RateLimited';
  message: Scalars['String']['output'];
  /** How long to wait before trying again, from the upstream Retry-After header when sent. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

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

/** Any other upstream failure: unknown codes, HTTP 5xx, malformed or truncated bodies, connection failures, a wrong base URL. */
export type UpstreamError = Error & {
  __typename?: 'UpstreamError';
  /** The upstream HTTP status, when a response arrived. */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** An audited look-up or list the upstream failed. */
export type UpstreamErrorEvent = {
  __typename?: 'UpstreamErrorEvent';
  action: AuditAction;
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fileId?: Maybe<Scalars['FileID']['output']>;
  /** The FileResult member it ended as. */
  outcome: Scalars['String']['output'];
  /** The upstream's Trace-Id, for a support ticket. */
  traceId?: Maybe<Scalars['String']['output']>;
  /** The MiniMax status code, when the upstream sent one. */
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** MiniMax did not answer in time (1001), or the gateway's own per-attempt timeout ran out. */
export type UpstreamTimeout = Error & {
  __typename?: 'UpstreamTimeout';
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
  upstreamCode?: Maybe<Scalars['Int']['output']>;
};

/** Usage of the gateway over a range of time (see Query.usage). */
export type Usage = {
  __typename?: 'Usage';
  /** One per interval, oldest first, empty ones included. */
  buckets: Array<UsageBucket>;
  /** The range summed: the one asked for, widened to whole buckets. */
  from: Scalars['DateTime']['output'];
  /** The bucket width, in seconds. */
  interval: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
  /** Files by complete downloads, then bytes sent. */
  topFiles: Array<FileUsage>;
  /** Operators by look-ups and complete downloads. */
  topOperators: Array<OperatorUsage>;
  /** The whole range in one. */
  total: UsageTotal;
  /** Upstream requests MINIMAX_RPM allows the whole account per bucket; null when there is no budget. */
  upstreamBudget?: Maybe<Scalars['Int']['output']>;
  /** The last upstream failures (the upstream was asked and failed or refused), newest first. */
  upstreamErrors: Array<UpstreamErrorEvent>;
};

/** One interval of usage. */
export type UsageBucket = {
  __typename?: 'UsageBucket';
  /** Bytes sent by downloads, complete or not. */
  bytesDownloaded: Scalars['Int64']['output'];
  /**
   * The gateway's own latency of look-ups: from a request's arrival to its answer, as the gateway served it (cache
   * hits, waits for an upstream slot and for MiniMax included), estimated from the same kind of histogram.
   */
  gatewayLatencyP50Ms?: Maybe<Scalars['Float']['output']>;
  gatewayLatencyP95Ms?: Maybe<Scalars['Float']['output']>;
  /** Look-ups by outcome (the FileResult member), largest first; outcomes with none are left out. */
  lookups: Array<OutcomeCount>;
  start: Scalars['DateTime']['output'];
  /** Upstream latency of the look-ups and lists that went upstream, estimated from a histogram (steps of at most a third). */
  upstreamLatencyP50Ms?: Maybe<Scalars['Float']['output']>;
  upstreamLatencyP95Ms?: Maybe<Scalars['Float']['output']>;
  /**
   * MiniMax API requests the gateway sent, as MINIMAX_RPM counts them: look-ups, lists (a stale list's refresh
   * too), downloads' metadata look-ups and retrieve_content; retries included. Signed storage links are not API
   * requests and are not counted.
   */
  upstreamRequests: Scalars['Int']['output'];
};

/** The same figures as UsageBucket, for the whole range. */
export type UsageTotal = {
  __typename?: 'UsageTotal';
  bytesDownloaded: Scalars['Int64']['output'];
  gatewayLatencyP50Ms?: Maybe<Scalars['Float']['output']>;
  gatewayLatencyP95Ms?: Maybe<Scalars['Float']['output']>;
  lookups: Array<OutcomeCount>;
  upstreamLatencyP50Ms?: Maybe<Scalars['Float']['output']>;
  upstreamLatencyP95Ms?: Maybe<Scalars['Float']['output']>;
  upstreamRequests: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  File: File;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  File:
    ( { __typename: 'File' }
    & GraphQLRecursivePick<FederationTypes['File'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  FileListResult:
    | ( UpstreamFailure )
    | ( FileListView )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
  ;
  FileResult:
    | ( UpstreamFailure )
    | ( UpstreamFailure )
    | ( MiniMaxFile )
    | ( FailedLookup )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
    | ( UpstreamFailure )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditAction: AuditAction;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  AuthenticationFailed: ResolverTypeWrapper<UpstreamFailure>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContentRejected: ResolverTypeWrapper<UpstreamFailure>;
  CreatedOperator: ResolverTypeWrapper<Omit<CreatedOperator, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Error: ResolverTypeWrapper<UpstreamFailure>;
  File: ResolverTypeWrapper<MiniMaxFile>;
  FileID: ResolverTypeWrapper<Scalars['FileID']['output']>;
  FileList: ResolverTypeWrapper<FileListView>;
  FileListOrder: FileListOrder;
  FileListResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FileListResult']>;
  FileListSortField: FileListSortField;
  FileNotFound: ResolverTypeWrapper<FailedLookup>;
  FilePurpose: FilePurpose;
  FileResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FileResult']>;
  FileUsage: ResolverTypeWrapper<FileUsage>;
  InsufficientBalance: ResolverTypeWrapper<UpstreamFailure>;
  Int64: ResolverTypeWrapper<Scalars['Int64']['output']>;
  InvalidFileId: ResolverTypeWrapper<UpstreamFailure>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Operator: ResolverTypeWrapper<OperatorRecord>;
  OperatorUsage: ResolverTypeWrapper<OperatorUsage>;
  OutcomeCount: ResolverTypeWrapper<OutcomeCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimited: ResolverTypeWrapper<UpstreamFailure>;
  Role: Role;
  SortDirection: SortDirection;
  UpstreamError: ResolverTypeWrapper<UpstreamFailure>;
  UpstreamErrorEvent: ResolverTypeWrapper<UpstreamErrorEvent>;
  UpstreamTimeout: ResolverTypeWrapper<UpstreamFailure>;
  Usage: ResolverTypeWrapper<UsageView>;
  UsageBucket: ResolverTypeWrapper<UsageBucket>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  UsageTotal: ResolverTypeWrapper<UsageTotal>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEvent: AuditEventRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  AuthenticationFailed: UpstreamFailure;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ContentRejected: UpstreamFailure;
  CreatedOperator: Omit<CreatedOperator, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  DateTime: Scalars['DateTime']['output'];
  Error: UpstreamFailure;
  File: MiniMaxFile;
  FileID: Scalars['FileID']['output'];
  FileList: FileListView;
  FileListOrder: FileListOrder;
  FileListResult: ResolversUnionTypes<ResolversParentTypes>['FileListResult'];
  FileNotFound: FailedLookup;
  FileResult: ResolversUnionTypes<ResolversParentTypes>['FileResult'];
  FileUsage: FileUsage;
  InsufficientBalance: UpstreamFailure;
  Int64: Scalars['Int64']['output'];
  InvalidFileId: UpstreamFailure;
  Mutation: Record<PropertyKey, never>;
  Operator: OperatorRecord;
  OperatorUsage: OperatorUsage;
  OutcomeCount: OutcomeCount;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RateLimited: UpstreamFailure;
  UpstreamError: UpstreamFailure;
  UpstreamErrorEvent: UpstreamErrorEvent;
  UpstreamTimeout: UpstreamFailure;
  Usage: UsageView;
  UsageBucket: UsageBucket;
  Float: Scalars['Float']['output'];
  UsageTotal: UsageTotal;
};

export type AuditEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  bytes?: Resolver<Maybe<ResolversTypes['Int64']>, ParentType, ContextType>;
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileId?: Resolver<Maybe<ResolversTypes['FileID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuthenticationFailedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuthenticationFailed'] = ResolversParentTypes['AuthenticationFailed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContentRejectedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentRejected'] = ResolversParentTypes['ContentRejected']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatedOperatorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreatedOperator'] = ResolversParentTypes['CreatedOperator']> = {
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErrorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Error'] = ResolversParentTypes['Error']> = {
  __resolveType: TypeResolveFn<'AuthenticationFailed' | 'ContentRejected' | 'FileNotFound' | 'InsufficientBalance' | 'InvalidFileId' | 'RateLimited' | 'UpstreamError' | 'UpstreamTimeout', ParentType, ContextType>;
};

export type FileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['File'] = ResolversParentTypes['File'], FederationReferenceType extends FederationReferenceTypes['File'] = FederationReferenceTypes['File']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['File']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bytes?: Resolver<Maybe<ResolversTypes['Int64']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrlExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['FileID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface FileIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FileID'], any> {
  name: 'FileID';
}

export type FileListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileList'] = ResolversParentTypes['FileList']> = {
  files?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType, RequireFields<FileListFilesArgs, 'limit' | 'offset'>>;
  purpose?: Resolver<ResolversTypes['FilePurpose'], ParentType, ContextType>;
  totalBytes?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FileListResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileListResult'] = ResolversParentTypes['FileListResult']> = {
  __resolveType: TypeResolveFn<'AuthenticationFailed' | 'FileList' | 'InsufficientBalance' | 'RateLimited' | 'UpstreamError' | 'UpstreamTimeout', ParentType, ContextType>;
};

export type FileNotFoundResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileNotFound'] = ResolversParentTypes['FileNotFound']> = {
  id?: Resolver<ResolversTypes['FileID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FileResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileResult'] = ResolversParentTypes['FileResult']> = {
  __resolveType: TypeResolveFn<'AuthenticationFailed' | 'ContentRejected' | 'File' | 'FileNotFound' | 'InsufficientBalance' | 'InvalidFileId' | 'RateLimited' | 'UpstreamError' | 'UpstreamTimeout', ParentType, ContextType>;
};

export type FileUsageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileUsage'] = ResolversParentTypes['FileUsage']> = {
  bytes?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  downloads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileId?: Resolver<ResolversTypes['FileID'], ParentType, ContextType>;
};

export type InsufficientBalanceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InsufficientBalance'] = ResolversParentTypes['InsufficientBalance']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface Int64ScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Int64'], any> {
  name: 'Int64';
}

export type InvalidFileIdResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InvalidFileId'] = ResolversParentTypes['InvalidFileId']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createOperator?: Resolver<ResolversTypes['CreatedOperator'], ParentType, ContextType, RequireFields<MutationCreateOperatorArgs, 'name' | 'role'>>;
  revokeOperator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType, RequireFields<MutationRevokeOperatorArgs, 'name'>>;
};

export type OperatorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  bootstrap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type OperatorUsageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OperatorUsage'] = ResolversParentTypes['OperatorUsage']> = {
  bytes?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  downloads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lookups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutcomeCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutcomeCount'] = ResolversParentTypes['OutcomeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  file?: Resolver<ResolversTypes['FileResult'], ParentType, ContextType, RequireFields<QueryFileArgs, 'id'>>;
  files?: Resolver<Array<ResolversTypes['FileResult']>, ParentType, ContextType, RequireFields<QueryFilesArgs, 'ids'>>;
  filesByPurpose?: Resolver<ResolversTypes['FileListResult'], ParentType, ContextType, RequireFields<QueryFilesByPurposeArgs, 'orderBy' | 'purpose'>>;
  me?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['Usage'], ParentType, ContextType, RequireFields<QueryUsageArgs, 'from' | 'interval' | 'to' | 'top'>>;
};

export type RateLimitedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RateLimited'] = ResolversParentTypes['RateLimited']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpstreamErrorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpstreamError'] = ResolversParentTypes['UpstreamError']> = {
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpstreamErrorEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpstreamErrorEvent'] = ResolversParentTypes['UpstreamErrorEvent']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileId?: Resolver<Maybe<ResolversTypes['FileID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UpstreamTimeoutResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpstreamTimeout'] = ResolversParentTypes['UpstreamTimeout']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreamCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UsageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Usage'] = ResolversParentTypes['Usage']> = {
  buckets?: Resolver<Array<ResolversTypes['UsageBucket']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topFiles?: Resolver<Array<ResolversTypes['FileUsage']>, ParentType, ContextType>;
  topOperators?: Resolver<Array<ResolversTypes['OperatorUsage']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['UsageTotal'], ParentType, ContextType>;
  upstreamBudget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  upstreamErrors?: Resolver<Array<ResolversTypes['UpstreamErrorEvent']>, ParentType, ContextType>;
};

export type UsageBucketResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UsageBucket'] = ResolversParentTypes['UsageBucket']> = {
  bytesDownloaded?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  gatewayLatencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gatewayLatencyP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lookups?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  upstreamLatencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upstreamLatencyP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upstreamRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageTotalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UsageTotal'] = ResolversParentTypes['UsageTotal']> = {
  bytesDownloaded?: Resolver<ResolversTypes['Int64'], ParentType, ContextType>;
  gatewayLatencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gatewayLatencyP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lookups?: Resolver<Array<ResolversTypes['OutcomeCount']>, ParentType, ContextType>;
  upstreamLatencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upstreamLatencyP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upstreamRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthenticationFailed?: AuthenticationFailedResolvers<ContextType>;
  ContentRejected?: ContentRejectedResolvers<ContextType>;
  CreatedOperator?: CreatedOperatorResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Error?: ErrorResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileID?: GraphQLScalarType;
  FileList?: FileListResolvers<ContextType>;
  FileListResult?: FileListResultResolvers<ContextType>;
  FileNotFound?: FileNotFoundResolvers<ContextType>;
  FileResult?: FileResultResolvers<ContextType>;
  FileUsage?: FileUsageResolvers<ContextType>;
  InsufficientBalance?: InsufficientBalanceResolvers<ContextType>;
  Int64?: GraphQLScalarType;
  InvalidFileId?: InvalidFileIdResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorUsage?: OperatorUsageResolvers<ContextType>;
  OutcomeCount?: OutcomeCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimited?: RateLimitedResolvers<ContextType>;
  UpstreamError?: UpstreamErrorResolvers<ContextType>;
  UpstreamErrorEvent?: UpstreamErrorEventResolvers<ContextType>;
  UpstreamTimeout?: UpstreamTimeoutResolvers<ContextType>;
  Usage?: UsageResolvers<ContextType>;
  UsageBucket?: UsageBucketResolvers<ContextType>;
  UsageTotal?: UsageTotalResolvers<ContextType>;
};

