import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { AuditEventsTable, Database } from '../db/tables.js';
import type { AuditAction, AuditEventInput } from './audit-event.js';

/** Thrown when an event that must be kept cannot be, not even in memory: the caller refuses the action (503). */
export class AuditUnavailableError extends Error {
  constructor() {
    super('The audit log cannot record right now (its database is unreachable and its buffer is full).');
    this.name = 'AuditUnavailableError';
  }
}

export interface AuditLogOptions {
  /** The database once it is ready (undefined while it is not). */
  database: () => Kysely<Database> | undefined;
  logger: Logger;
  /** Buffered events are written at most this long after they happen. */
  flushMs?: number;
  /** Events held in memory while the database is unreachable; beyond it downloads are refused. */
  maxBuffered?: number;
  /** Rows per INSERT. */
  batchSize?: number;
  onDropped?: () => void;
}

export interface AuditLog {
  /** Buffers the event; written within `flushMs`. False when the buffer is full and the event was dropped. */
  record(event: AuditEventInput): boolean;
  /**
   * Writes the event before resolving (downloads, operator changes), or, if the database cannot take it right now,
   * keeps it in the retried buffer. Throws AuditUnavailableError when neither is possible. Resolves with its id.
   */
  recordNow(event: AuditEventInput): Promise<string>;
  /**
   * Completes an event written by recordNow: a download's outcome, the bytes actually sent and the upstream
   * requests it made in all (its metadata look-up's and its transfer's).
   */
  complete(
    id: string,
    changes: Pick<AuditEventInput, 'outcome' | 'bytes' | 'upstream' | 'upstreamCode'>,
  ): void;
  /** True when no more events can be held: new downloads are refused. */
  isFull(): boolean;
  /** Events not yet in the database. */
  pending(): number;
  /** Writes everything buffered, retrying until it is written or `deadline` (epoch ms) passes. */
  drain(deadline: number): Promise<void>;
  close(): void;
}

/** An audit_events row as the gateway writes it (the database numbers `seq`). */
export type Row = Omit<AuditEventsTable, 'seq'>;

/**
 * The audit trail's writer. Events wait in an ordered buffer and are written in batches (one INSERT … SELECT FROM
 * unnest(arrays) per batch: sixteen parameters whatever the batch size, so a batch costs one statement to parse), every
 * `flushMs` while something waits. A failed write keeps the batch and retries with back-off, so nothing is lost
 * while the database is briefly away; the buffer is bounded, and when it is full the gateway refuses new downloads
 * rather than serve them unaudited. A download's row is written before its first byte and completed (outcome and
 * bytes) afterwards by an upsert on the event's id.
 */
export function createAuditLog({
  database,
  logger,
  flushMs = 100,
  maxBuffered = 100_000,
  batchSize = 2_000,
  onDropped,
}: AuditLogOptions): AuditLog {
  const buffer = new Map<string, Row>();
  /** Rows written by recordNow, kept until completed so their completion can be a full upsert. */
  const open = new Map<string, Row>();
  /** Ids whose buffered row is a completion (its first version may be written already). */
  const completions = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;
  let failures = 0;
  let closed = false;

  const schedule = (delay = flushMs) => {
    if (timer || closed || buffer.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
    timer.unref();
  };

  const writeBuffered = async () => {
    try {
      while (buffer.size > 0) {
        const db = database();
        if (!db) throw new Error('database not ready');
        const batch = [...take(buffer.values(), batchSize)];
        await writeRows(db, batch, completions);
        for (const row of batch) {
          if (buffer.get(row.id) !== row) continue;
          buffer.delete(row.id);
          completions.delete(row.id);
        }
      }
      if (failures > 0) logger.info({ afterFailures: failures }, 'audit log writing again');
      failures = 0;
    } catch (error) {
      failures += 1;
      if (failures === 1 || failures % 50 === 0) {
        logger.error({ err: error, pending: buffer.size, failures }, 'audit log cannot write; retrying');
      }
    }
  };

  const flush = (): Promise<void> => {
    // Cleared in a callback, never synchronously: a pass that found nothing to write (or failed before its first
    // await) must not leave a settled promise behind as `flushing`, which would stop every later write.
    flushing ??= writeBuffered().then(() => {
      flushing = undefined;
      schedule(failures > 0 ? Math.min(2_000, flushMs * 2 ** Math.min(failures, 5)) : flushMs);
    });
    return flushing;
  };

  const enqueue = (row: Row): boolean => {
    if (buffer.size >= maxBuffered && !buffer.has(row.id)) {
      onDropped?.();
      return false;
    }
    buffer.set(row.id, row);
    schedule();
    return true;
  };

  return {
    record(event) {
      const ok = enqueue(rowOf(event));
      if (!ok) logger.error({ action: event.action }, 'audit buffer full: event dropped');
      return ok;
    },
    async recordNow(event) {
      const row = rowOf(event);
      open.set(row.id, row);
      const db = database();
      if (db && failures === 0) {
        try {
          await insertRows(db, [row], 'insert');
          return row.id;
        } catch (error) {
          logger.error({ err: error }, 'audit log cannot write; keeping the event in the buffer');
        }
      }
      if (!enqueue(row)) {
        open.delete(row.id);
        throw new AuditUnavailableError();
      }
      return row.id;
    },
    complete(id, changes) {
      const row = open.get(id);
      if (!row) return;
      open.delete(id);
      completions.add(id);
      // A completion is never dropped for space: its row is already counted (written or buffered).
      buffer.set(id, {
        ...row,
        outcome: changes.outcome,
        bytes: bytesColumn(changes.bytes),
        ...upstreamColumns({ ...changes, action: row.action as AuditAction }),
      });
      schedule();
    },
    isFull: () => buffer.size >= maxBuffered,
    pending: () => buffer.size,
    async drain(deadline) {
      while (buffer.size > 0 && Date.now() < deadline) {
        clearTimeout(timer);
        timer = undefined;
        await (flushing ?? flush());
        if (buffer.size > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(200, flushMs * 2)));
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}

export function rowOf(event: AuditEventInput): Row {
  return {
    id: randomUUID(),
    at: new Date(),
    actor: event.actor,
    role: event.role ?? null,
    action: event.action,
    file_id: event.fileId ?? null,
    outcome: event.outcome,
    detail: event.detail ?? null,
    bytes: bytesColumn(event.bytes),
    client_address: event.clientAddress ?? null,
    request_id: event.requestId ?? null,
    ...upstreamColumns(event),
    served_ms: event.servedMs === undefined || event.servedMs === null ? null : Math.round(event.servedMs),
  };
}

function bytesColumn(bytes: AuditEventInput['bytes']): string | null {
  return bytes === undefined || bytes === null ? null : String(bytes);
}

function upstreamColumns(
  event: Pick<AuditEventInput, 'action' | 'upstream' | 'upstreamCode'>,
): Pick<Row, 'upstream_requests' | 'upstream_ms' | 'upstream_code' | 'trace_id'> {
  return {
    upstream_requests: event.upstream?.requests ?? null,
    // The latency chart is the API's answers to look-ups and lists: a download's wait is mostly its storage's.
    upstream_ms: event.upstream && event.action !== 'DOWNLOAD' ? Math.round(event.upstream.ms) : null,
    upstream_code: event.upstreamCode ?? null,
    trace_id: event.upstream?.traceId ?? null,
  };
}

function* take<T>(values: Iterable<T>, count: number): Iterable<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const value of values) {
    yield value;
    if (++taken >= count) return;
  }
}

/**
 * Fresh rows go in one plain INSERT: without ON CONFLICT the engine skips the speculative insertion each row would
 * cost (about a fifth of an embedded write). Completions of rows already written are upserts. A fresh row that is
 * already there (a batch whose commit was not acknowledged, written again) turns its batch into upserts.
 */
export async function writeRows(
  db: Kysely<Database>,
  rows: Row[],
  completions: ReadonlySet<string>,
): Promise<void> {
  const fresh = rows.filter((row) => !completions.has(row.id));
  const completed = rows.filter((row) => completions.has(row.id));
  if (fresh.length > 0) {
    try {
      await insertRows(db, fresh, 'insert');
    } catch (error) {
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
      await insertRows(db, fresh, 'upsert');
    }
  }
  if (completed.length > 0) await insertRows(db, completed, 'upsert');
}

const UNIQUE_VIOLATION = '23505';

/** One statement for the rows; an upsert replaces what a completion changes (outcome, bytes, upstream) of a row with the same id. */
async function insertRows(db: Kysely<Database>, rows: Row[], mode: 'insert' | 'upsert'): Promise<void> {
  const column = <K extends keyof Row>(key: K) => rows.map((row) => row[key]);
  await sql`
    insert into audit_events
      (id, at, actor, role, action, file_id, outcome, detail, bytes, client_address, request_id,
       upstream_requests, upstream_ms, upstream_code, trace_id, served_ms)
    select * from unnest(
      ${column('id')}::text[], ${column('at').map((at) => at.toISOString())}::timestamptz[],
      ${column('actor')}::text[], ${column('role')}::text[], ${column('action')}::text[],
      ${column('file_id')}::text[], ${column('outcome')}::text[], ${column('detail')}::text[], ${column('bytes')}::bigint[],
      ${column('client_address')}::text[], ${column('request_id')}::text[],
      ${column('upstream_requests')}::integer[], ${column('upstream_ms')}::integer[],
      ${column('upstream_code')}::integer[], ${column('trace_id')}::text[], ${column('served_ms')}::integer[]
    )
    ${mode === 'upsert' ? sql`on conflict (id) do update set outcome = excluded.outcome, bytes = excluded.bytes, upstream_requests = excluded.upstream_requests, upstream_ms = excluded.upstream_ms, upstream_code = excluded.upstream_code, trace_id = excluded.trace_id` : sql``}`.execute(
    db,
  );
}
