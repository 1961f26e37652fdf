import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** The tables, as Kysely sees them; `migrations.ts` creates exactly these. */
export interface Database {
  operators: OperatorsTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
}

export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';

export interface OperatorsTable {
  name: string;
  role: Role;
  /** SHA-256 of the token, hex. The token itself is never stored. */
  token_hash: string;
  created_at: ColumnType<Date, Date | undefined, Date>;
  created_by: string;
  revoked_at: Date | null;
}

export interface SessionsTable {
  /** SHA-256 of the session id, hex: a database dump does not hand out live sessions. */
  id_hash: string;
  operator_name: string;
  role: Role;
  created_at: ColumnType<Date, Date | undefined, never>;
  last_seen_at: Date;
  expires_at: Date;
}

export interface AuditEventsTable {
  /** Insertion order: the cursor and the newest-first order. */
  seq: Generated<string>;
  /** Chosen by the gateway, so a download's row can be written before the answer and completed after it. */
  id: string;
  at: Date;
  actor: string;
  role: string | null;
  action: string;
  file_id: string | null;
  outcome: string;
  /** What was asked for: the field or route refused, the operator created or revoked. */
  detail: string | null;
  bytes: string | null;
  client_address: string | null;
  request_id: string | null;
  /**
   * MiniMax API requests this event caused, retries included (null: none, the cache or another request answered);
   * a download's are its metadata look-up's and its transfer's, signed storage links left out.
   */
  upstream_requests: number | null;
  /** Milliseconds spent waiting on those attempts' answers. */
  upstream_ms: number | null;
  /** The MiniMax status code of a failed look-up, when there was one. */
  upstream_code: number | null;
  /** The upstream's Trace-Id of the last attempt, for a support ticket. */
  trace_id: string | null;
  /** A look-up's or list's time from its request's arrival to its answer, as the gateway served it (ms). */
  served_ms: number | null;
}

export type OperatorRow = Selectable<OperatorsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
