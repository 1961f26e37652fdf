import { type Kysely, sql } from 'kysely';
import type { AuditEventRow, Database } from '../db/tables.js';
import { BUCKET_ORIGIN, ROLLUP_TABLES } from '../db/usage-rollups.js';
import type { AuditAction } from './audit-event.js';

export interface AuditFilter {
  actor?: string | null;
  fileId?: string | null;
  action?: AuditAction | null;
  /** Inclusive lower bound of `at`. */
  since?: Date | null;
  /** Exclusive upper bound of `at`. */
  until?: Date | null;
}

export interface AuditPage {
  rows: AuditEventRow[];
  hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 500;

/** A cursor is the row's insertion sequence, opaque to clients. */
export function cursorOf(seq: string): string {
  return Buffer.from(`audit:${seq}`, 'utf8').toString('base64url');
}

export function seqOfCursor(cursor: string): string | undefined {
  const match = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1];
}

/** Newest first (by insertion order), `first` rows after the cursor's row, narrowed by the filter. */
export async function readAuditEvents(
  db: Kysely<Database>,
  { first, afterSeq, filter = {} }: { first: number; afterSeq?: string; filter?: AuditFilter },
): Promise<AuditPage> {
  let query = db.selectFrom('audit_events').selectAll();
  if (afterSeq !== undefined) query = query.where('seq', '<', afterSeq);
  if (filter.actor) query = query.where('actor', '=', filter.actor);
  if (filter.fileId) query = query.where('file_id', '=', filter.fileId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.since) query = query.where('at', '>=', filter.since);
  if (filter.until) query = query.where('at', '<', filter.until);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(first + 1)
    .execute();
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** Deletes events older than the retention period; returns how many. */
export async function pruneAuditEvents(db: Kysely<Database>, retentionDays: number): Promise<number> {
  const cutoff = new Date(Date.now() - retentionDays * 24 * 60 * 60 * 1000);
  const result = await db.deleteFrom('audit_events').where('at', '<', cutoff).executeTakeFirst();
  // The delete trigger subtracted those rows from the hourly roll-ups; the hours now wholly past go too.
  for (const table of ROLLUP_TABLES) {
    await sql`delete from ${sql.table(table)} where hour < date_bin('1 hour', ${cutoff}::timestamptz, ${BUCKET_ORIGIN}::timestamptz)`.execute(
      db,
    );
  }
  return Number(result.numDeletedRows);
}
