import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaInitialContext } from 'graphql-yoga';
import type { AuditEventInput } from './audit/audit-event.js';
import type { AuditLog } from './audit/audit-log.js';
import type { Authenticator } from './auth/authenticator.js';
import type { Principal } from './auth/roles.js';
import type { GatewayDatabase } from './db/gateway-database.js';
import type { ListLookups } from './lookups/list-lookups.js';
import type { RequestLookups } from './lookups/request-lookups.js';
import type { UpstreamReport } from './lookups/upstream-tally.js';

/** What the node server hands Yoga with each request (the download route writes to `res` itself). */
export interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/** Where a look-up came from: a root field, or a supergraph's entity references. */
export type LookupOperation = 'file' | 'files' | 'filesByPurpose' | '_entities';

/** What the gateway adds per request: the request look-ups' batching and de-duplication are per request. */
export interface GatewayUserContext {
  lookups: RequestLookups;
  /** Counts each look-up's outcome (the union member) for /metrics and writes its audit event. */
  recordOutcome(
    operation: LookupOperation,
    outcome: string,
    fileId?: string,
    upstream?: UpstreamReport,
  ): void;
  /** The caller, established by the auth plugin before anything runs. */
  principal: Principal;
  /** Records an audit event with this request's actor, role, address and request id filled in. */
  audit(event: Omit<AuditEventInput, 'actor' | 'role' | 'clientAddress' | 'requestId'>): void;
  auditLog: AuditLog;
  database: GatewayDatabase;
  authenticator: Authenticator;
  /** The request facts every audit event carries. */
  auditFacts: Pick<AuditEventInput, 'actor' | 'role' | 'clientAddress' | 'requestId'>;
  /** `MINIMAX_RPM` and its window, when there is a budget: the usage query measures upstream requests against it. */
  upstreamBudget?: { requests: number; windowSeconds: number };
  /** Process-wide: lists are shared and cached across requests, like look-ups below the request's own. */
  fileLists: ListLookups;
}

/** The GraphQL context resolvers see. */
export type GatewayContext = YogaInitialContext & ServerContext & GatewayUserContext;
