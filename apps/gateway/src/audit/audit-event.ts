import type { UpstreamFacts } from '../lookups/upstream-tally.js';

/** What the audit log records; the GraphQL enum AuditAction has the same members. */
export type AuditAction =
  | 'LOOKUP'
  | 'LIST'
  | 'DOWNLOAD'
  | 'SIGN_IN'
  | 'SIGN_OUT'
  | 'ACCESS_DENIED'
  | 'OPERATOR_CREATED'
  | 'OPERATOR_REVOKED';

export interface AuditEventInput {
  action: AuditAction;
  /** The operator's name; `anonymous` when none could be established (a failed sign-in). */
  actor: string;
  role?: string | null;
  fileId?: string | null;
  /**
   * A look-up's union member (`File`, `FileNotFound`, …); for a download `complete`, `aborted` or the member that
   * refused it; `ok` / `rejected` for sign-in; `FORBIDDEN` for a refusal; `ok` for an operator change.
   */
  outcome: string;
  bytes?: number | bigint | null;
  clientAddress?: string | null;
  requestId?: string | null;
  /** What was asked for: the field or route refused, the operator created or revoked. */
  detail?: string | null;
  /** What the upstream call behind a look-up or list cost (absent when the cache or another request answered). */
  upstream?: UpstreamFacts | null;
  /** The MiniMax status code of a failed look-up, when the upstream sent one. */
  upstreamCode?: number | null;
  /** A look-up's or list's time from its request's arrival at the gateway to its answer, in milliseconds. */
  servedMs?: number | null;
}

export const ANONYMOUS = 'anonymous';
