import { graphql } from '../gql';

// The fields the file panel and the batch table show, and what every error member says.
graphql(`
  fragment FileFields on File {
    id
    filename
    purpose
    bytes
    createdAt
    contentType
    downloadUrl
  }
`);

// What the error panel shows of any failure, of a look-up or of a list. Flat on purpose: each fragment spread
// counts as a level against the gateway's depth limit.
graphql(`
  fragment ErrorDetails on Error {
    message
    retryable
    upstreamCode
    traceId
    ... on AuthenticationFailed {
      regionHint
    }
    ... on RateLimited {
      retryAfterSeconds
    }
    ... on UpstreamError {
      httpStatus
    }
  }
`);

graphql(`
  fragment FileResultFields on FileResult {
    __typename
    ... on File {
      ...FileFields
    }
    ... on Error {
      ...ErrorDetails
    }
    ... on FileNotFound {
      id
    }
  }
`);

export const FileQuery = graphql(`
  query File($id: FileID!) {
    file(id: $id) {
      ...FileResultFields
    }
  }
`);

export const FilesQuery = graphql(`
  query Files($ids: [FileID!]!) {
    files(ids: $ids) {
      ...FileResultFields
    }
  }
`);

/** The cheapest query the gateway answers: used only to check that an operator token is accepted. */
export const PingQuery = graphql(`
  query Ping {
    __typename
  }
`);

/**
 * One page of a purpose's files, filtered and sorted by the gateway, with the totals of what matches and of the
 * whole purpose (both from the gateway's one cached list).
 */
export const BrowseQuery = graphql(`
  query Browse(
    $purpose: FilePurpose!
    $filter: String
    $orderBy: FileListOrder!
    $offset: Int!
    $limit: Int!
  ) {
    filesByPurpose(purpose: $purpose, filter: $filter, orderBy: $orderBy) {
      __typename
      ... on FileList {
        totalCount
        totalBytes
        files(offset: $offset, limit: $limit) {
          id
          filename
          bytes
          createdAt
          contentType
          downloadUrl
        }
      }
      ... on Error {
        ...ErrorDetails
      }
    }
    everything: filesByPurpose(purpose: $purpose) {
      __typename
      ... on FileList {
        totalCount
      }
    }
  }
`);

/** Who the session belongs to: the header's name and role, and which navigation the role gets. */
export const MeQuery = graphql(`
  query Me {
    me {
      name
      role
    }
  }
`);

/** One page of the audit trail, newest first, narrowed by the activity page's filters (ADMIN only). */
export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          at
          actor
          role
          action
          fileId
          outcome
          detail
          bytes
          clientAddress
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every operator, bootstrap ones first, revoked ones included (ADMIN only). */
export const OperatorsQuery = graphql(`
  query Operators {
    operators {
      name
      role
      bootstrap
      createdAt
      revokedAt
    }
  }
`);

/** A new operator; the answer holds their token, which is shown this once (ADMIN only). */
export const CreateOperatorMutation = graphql(`
  mutation CreateOperator($name: String!, $role: Role!) {
    createOperator(name: $name, role: $role) {
      operator {
        name
        role
      }
      token
    }
  }
`);

/** Ends an operator's token and sessions at once (ADMIN only). */
export const RevokeOperatorMutation = graphql(`
  mutation RevokeOperator($name: String!) {
    revokeOperator(name: $name) {
      name
      revokedAt
    }
  }
`);

/** The overview's figures for one range (OPERATOR and ADMIN): the charts, their tables and the top lists. */
export const UsageQuery = graphql(`
  query Usage($from: DateTime!, $to: DateTime!, $interval: Int!) {
    usage(from: $from, to: $to, interval: $interval) {
      from
      to
      interval
      upstreamBudget
      buckets {
        start
        upstreamRequests
        upstreamLatencyP50Ms
        upstreamLatencyP95Ms
        gatewayLatencyP50Ms
        gatewayLatencyP95Ms
        bytesDownloaded
        lookups {
          outcome
          count
        }
      }
      total {
        upstreamRequests
        upstreamLatencyP50Ms
        upstreamLatencyP95Ms
        gatewayLatencyP50Ms
        gatewayLatencyP95Ms
        bytesDownloaded
        lookups {
          outcome
          count
        }
      }
      topFiles {
        fileId
        downloads
        bytes
      }
      topOperators {
        name
        lookups
        downloads
        bytes
      }
      upstreamErrors {
        at
        actor
        action
        fileId
        outcome
        upstreamCode
        traceId
      }
    }
  }
`);
