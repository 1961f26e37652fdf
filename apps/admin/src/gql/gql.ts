/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FileFields on File {\n    id\n    filename\n    purpose\n    bytes\n    createdAt\n    contentType\n    downloadUrl\n  }\n": typeof types.FileFieldsFragmentDoc,
    "\n  fragment ErrorDetails on Error {\n    message\n    retryable\n    upstreamCode\n    traceId\n    ... on AuthenticationFailed {\n      regionHint\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamError {\n      httpStatus\n    }\n  }\n": typeof types.ErrorDetailsFragmentDoc,
    "\n  fragment FileResultFields on FileResult {\n    __typename\n    ... on File {\n      ...FileFields\n    }\n    ... on Error {\n      ...ErrorDetails\n    }\n    ... on FileNotFound {\n      id\n    }\n  }\n": typeof types.FileResultFieldsFragmentDoc,
    "\n  query File($id: FileID!) {\n    file(id: $id) {\n      ...FileResultFields\n    }\n  }\n": typeof types.FileDocument,
    "\n  query Files($ids: [FileID!]!) {\n    files(ids: $ids) {\n      ...FileResultFields\n    }\n  }\n": typeof types.FilesDocument,
    "\n  query Ping {\n    __typename\n  }\n": typeof types.PingDocument,
    "\n  query Browse(\n    $purpose: FilePurpose!\n    $filter: String\n    $orderBy: FileListOrder!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    filesByPurpose(purpose: $purpose, filter: $filter, orderBy: $orderBy) {\n      __typename\n      ... on FileList {\n        totalCount\n        totalBytes\n        files(offset: $offset, limit: $limit) {\n          id\n          filename\n          bytes\n          createdAt\n          contentType\n          downloadUrl\n        }\n      }\n      ... on Error {\n        ...ErrorDetails\n      }\n    }\n    everything: filesByPurpose(purpose: $purpose) {\n      __typename\n      ... on FileList {\n        totalCount\n      }\n    }\n  }\n": typeof types.BrowseDocument,
    "\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          role\n          action\n          fileId\n          outcome\n          detail\n          bytes\n          clientAddress\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Operators {\n    operators {\n      name\n      role\n      bootstrap\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.OperatorsDocument,
    "\n  mutation CreateOperator($name: String!, $role: Role!) {\n    createOperator(name: $name, role: $role) {\n      operator {\n        name\n        role\n      }\n      token\n    }\n  }\n": typeof types.CreateOperatorDocument,
    "\n  mutation RevokeOperator($name: String!) {\n    revokeOperator(name: $name) {\n      name\n      revokedAt\n    }\n  }\n": typeof types.RevokeOperatorDocument,
    "\n  query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {\n    usage(from: $from, to: $to, interval: $interval) {\n      from\n      to\n      interval\n      upstreamBudget\n      buckets {\n        start\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      total {\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      topFiles {\n        fileId\n        downloads\n        bytes\n      }\n      topOperators {\n        name\n        lookups\n        downloads\n        bytes\n      }\n      upstreamErrors {\n        at\n        actor\n        action\n        fileId\n        outcome\n        upstreamCode\n        traceId\n      }\n    }\n  }\n": typeof types.UsageDocument,
};
const documents: Documents = {
    "\n  fragment FileFields on File {\n    id\n    filename\n    purpose\n    bytes\n    createdAt\n    contentType\n    downloadUrl\n  }\n": types.FileFieldsFragmentDoc,
    "\n  fragment ErrorDetails on Error {\n    message\n    retryable\n    upstreamCode\n    traceId\n    ... on AuthenticationFailed {\n      regionHint\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamError {\n      httpStatus\n    }\n  }\n": types.ErrorDetailsFragmentDoc,
    "\n  fragment FileResultFields on FileResult {\n    __typename\n    ... on File {\n      ...FileFields\n    }\n    ... on Error {\n      ...ErrorDetails\n    }\n    ... on FileNotFound {\n      id\n    }\n  }\n": types.FileResultFieldsFragmentDoc,
    "\n  query File($id: FileID!) {\n    file(id: $id) {\n      ...FileResultFields\n    }\n  }\n": types.FileDocument,
    "\n  query Files($ids: [FileID!]!) {\n    files(ids: $ids) {\n      ...FileResultFields\n    }\n  }\n": types.FilesDocument,
    "\n  query Ping {\n    __typename\n  }\n": types.PingDocument,
    "\n  query Browse(\n    $purpose: FilePurpose!\n    $filter: String\n    $orderBy: FileListOrder!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    filesByPurpose(purpose: $purpose, filter: $filter, orderBy: $orderBy) {\n      __typename\n      ... on FileList {\n        totalCount\n        totalBytes\n        files(offset: $offset, limit: $limit) {\n          id\n          filename\n          bytes\n          createdAt\n          contentType\n          downloadUrl\n        }\n      }\n      ... on Error {\n        ...ErrorDetails\n      }\n    }\n    everything: filesByPurpose(purpose: $purpose) {\n      __typename\n      ... on FileList {\n        totalCount\n      }\n    }\n  }\n": types.BrowseDocument,
    "\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          role\n          action\n          fileId\n          outcome\n          detail\n          bytes\n          clientAddress\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Operators {\n    operators {\n      name\n      role\n      bootstrap\n      createdAt\n      revokedAt\n    }\n  }\n": types.OperatorsDocument,
    "\n  mutation CreateOperator($name: String!, $role: Role!) {\n    createOperator(name: $name, role: $role) {\n      operator {\n        name\n        role\n      }\n      token\n    }\n  }\n": types.CreateOperatorDocument,
    "\n  mutation RevokeOperator($name: String!) {\n    revokeOperator(name: $name) {\n      name\n      revokedAt\n    }\n  }\n": types.RevokeOperatorDocument,
    "\n  query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {\n    usage(from: $from, to: $to, interval: $interval) {\n      from\n      to\n      interval\n      upstreamBudget\n      buckets {\n        start\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      total {\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      topFiles {\n        fileId\n        downloads\n        bytes\n      }\n      topOperators {\n        name\n        lookups\n        downloads\n        bytes\n      }\n      upstreamErrors {\n        at\n        actor\n        action\n        fileId\n        outcome\n        upstreamCode\n        traceId\n      }\n    }\n  }\n": types.UsageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileFields on File {\n    id\n    filename\n    purpose\n    bytes\n    createdAt\n    contentType\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment FileFields on File {\n    id\n    filename\n    purpose\n    bytes\n    createdAt\n    contentType\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErrorDetails on Error {\n    message\n    retryable\n    upstreamCode\n    traceId\n    ... on AuthenticationFailed {\n      regionHint\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamError {\n      httpStatus\n    }\n  }\n"): (typeof documents)["\n  fragment ErrorDetails on Error {\n    message\n    retryable\n    upstreamCode\n    traceId\n    ... on AuthenticationFailed {\n      regionHint\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamError {\n      httpStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileResultFields on FileResult {\n    __typename\n    ... on File {\n      ...FileFields\n    }\n    ... on Error {\n      ...ErrorDetails\n    }\n    ... on FileNotFound {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment FileResultFields on FileResult {\n    __typename\n    ... on File {\n      ...FileFields\n    }\n    ... on Error {\n      ...ErrorDetails\n    }\n    ... on FileNotFound {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query File($id: FileID!) {\n    file(id: $id) {\n      ...FileResultFields\n    }\n  }\n"): (typeof documents)["\n  query File($id: FileID!) {\n    file(id: $id) {\n      ...FileResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Files($ids: [FileID!]!) {\n    files(ids: $ids) {\n      ...FileResultFields\n    }\n  }\n"): (typeof documents)["\n  query Files($ids: [FileID!]!) {\n    files(ids: $ids) {\n      ...FileResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ping {\n    __typename\n  }\n"): (typeof documents)["\n  query Ping {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Browse(\n    $purpose: FilePurpose!\n    $filter: String\n    $orderBy: FileListOrder!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    filesByPurpose(purpose: $purpose, filter: $filter, orderBy: $orderBy) {\n      __typename\n      ... on FileList {\n        totalCount\n        totalBytes\n        files(offset: $offset, limit: $limit) {\n          id\n          filename\n          bytes\n          createdAt\n          contentType\n          downloadUrl\n        }\n      }\n      ... on Error {\n        ...ErrorDetails\n      }\n    }\n    everything: filesByPurpose(purpose: $purpose) {\n      __typename\n      ... on FileList {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Browse(\n    $purpose: FilePurpose!\n    $filter: String\n    $orderBy: FileListOrder!\n    $offset: Int!\n    $limit: Int!\n  ) {\n    filesByPurpose(purpose: $purpose, filter: $filter, orderBy: $orderBy) {\n      __typename\n      ... on FileList {\n        totalCount\n        totalBytes\n        files(offset: $offset, limit: $limit) {\n          id\n          filename\n          bytes\n          createdAt\n          contentType\n          downloadUrl\n        }\n      }\n      ... on Error {\n        ...ErrorDetails\n      }\n    }\n    everything: filesByPurpose(purpose: $purpose) {\n      __typename\n      ... on FileList {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          role\n          action\n          fileId\n          outcome\n          detail\n          bytes\n          clientAddress\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          role\n          action\n          fileId\n          outcome\n          detail\n          bytes\n          clientAddress\n          requestId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operators {\n    operators {\n      name\n      role\n      bootstrap\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query Operators {\n    operators {\n      name\n      role\n      bootstrap\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOperator($name: String!, $role: Role!) {\n    createOperator(name: $name, role: $role) {\n      operator {\n        name\n        role\n      }\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOperator($name: String!, $role: Role!) {\n    createOperator(name: $name, role: $role) {\n      operator {\n        name\n        role\n      }\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOperator($name: String!) {\n    revokeOperator(name: $name) {\n      name\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeOperator($name: String!) {\n    revokeOperator(name: $name) {\n      name\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {\n    usage(from: $from, to: $to, interval: $interval) {\n      from\n      to\n      interval\n      upstreamBudget\n      buckets {\n        start\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      total {\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      topFiles {\n        fileId\n        downloads\n        bytes\n      }\n      topOperators {\n        name\n        lookups\n        downloads\n        bytes\n      }\n      upstreamErrors {\n        at\n        actor\n        action\n        fileId\n        outcome\n        upstreamCode\n        traceId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {\n    usage(from: $from, to: $to, interval: $interval) {\n      from\n      to\n      interval\n      upstreamBudget\n      buckets {\n        start\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      total {\n        upstreamRequests\n        upstreamLatencyP50Ms\n        upstreamLatencyP95Ms\n        gatewayLatencyP50Ms\n        gatewayLatencyP95Ms\n        bytesDownloaded\n        lookups {\n          outcome\n          count\n        }\n      }\n      topFiles {\n        fileId\n        downloads\n        bytes\n      }\n      topOperators {\n        name\n        lookups\n        downloads\n        bytes\n      }\n      upstreamErrors {\n        at\n        actor\n        action\n        fileId\n        outcome\n        upstreamCode\n        traceId\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;