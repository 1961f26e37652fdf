import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { migrateToLatest } from './migrations.js';
import { type DatabaseLocation, openDatabase } from './open-database.js';
import type { Database } from './tables.js';

export interface GatewayDatabase {
  /** Resolves once connected and migrated; until then the gateway serves what needs no database. */
  readonly ready: Promise<Kysely<Database>>;
  /** The database when ready, else undefined (never waits). */
  current(): Kysely<Database> | undefined;
  close(): Promise<void>;
}

export interface StartDatabaseOptions {
  location: DatabaseLocation;
  logger: Logger;
  /** An already open and migrated database (tests share one per suite); the gateway does not close it. */
  open?: Kysely<Database>;
  retryMs?: number;
}

/**
 * Opens and migrates the database in the background, retrying until it works, so the gateway listens at once:
 * PGlite's first open of a new directory takes seconds (it runs initdb), and a PostgreSQL server may come up after
 * the gateway. Audit events wait in the audit log's buffer meanwhile.
 */
export function startDatabase({
  location,
  logger,
  open,
  retryMs = 1_000,
}: StartDatabaseOptions): GatewayDatabase {
  let db: Kysely<Database> | undefined = open;
  let closed = false;
  const ready = open
    ? Promise.resolve(open)
    : (async () => {
        for (;;) {
          let candidate: Kysely<Database> | undefined;
          try {
            const opened = await openDatabase(location);
            candidate = opened.db;
            const applied = await migrateToLatest(candidate);
            logger.info({ engine: opened.engine, migrationsApplied: applied }, 'database ready');
            db = candidate;
            if (closed) await candidate.destroy();
            return candidate;
          } catch (error) {
            await candidate?.destroy().catch(() => {});
            if (closed) throw error;
            logger.error({ err: error }, 'database not reachable yet; retrying');
            await new Promise((resolve) => setTimeout(resolve, retryMs));
          }
        }
      })();
  // Nobody may be waiting on it yet: a failure after close() is not an unhandled rejection.
  ready.catch(() => {});
  return {
    ready,
    current: () => db,
    async close() {
      closed = true;
      if (db && !open) await db.destroy();
    },
  };
}
