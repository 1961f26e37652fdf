import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { CREATE_ROLLUPS_SQL, CREATE_SERVED_LATENCY_ROLLUP_SQL, UPSTREAM_ERROR_SQL } from './usage-rollups.js';

/**
 * The schema's history, oldest first; one list for the embedded engine and PostgreSQL alike. Never edit a
 * migration that has shipped: add the next one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_operators_sessions_audit': {
    async up(db) {
      await db.schema
        .createTable('operators')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('role', 'text', (column) =>
          column.notNull().check(sql`role in ('VIEWER', 'OPERATOR', 'ADMIN')`),
        )
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('revoked_at', 'timestamptz')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (column) => column.primaryKey())
        .addColumn('operator_name', 'text', (column) => column.notNull())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull())
        .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('sessions_operator').on('sessions').column('operator_name').execute();
      await db.schema
        .createTable('audit_events')
        .addColumn('seq', 'bigserial', (column) => column.primaryKey())
        .addColumn('id', 'text', (column) => column.notNull().unique())
        .addColumn('at', 'timestamptz', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('role', 'text')
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('file_id', 'text')
        .addColumn('outcome', 'text', (column) => column.notNull())
        .addColumn('detail', 'text')
        .addColumn('bytes', 'bigint')
        .addColumn('client_address', 'text')
        .addColumn('request_id', 'text')
        .execute();
      await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
      await db.schema
        .createIndex('audit_events_actor')
        .on('audit_events')
        .columns(['actor', 'seq'])
        .execute();
      await db.schema
        .createIndex('audit_events_file')
        .on('audit_events')
        .columns(['file_id', 'seq'])
        .execute();
    },
  },
  '0002_audit_usage': {
    async up(db) {
      await db.schema
        .alterTable('audit_events')
        .addColumn('upstream_requests', 'integer')
        .addColumn('upstream_ms', 'integer')
        .addColumn('upstream_code', 'integer')
        .addColumn('trace_id', 'text')
        .execute();
      // The overview's "last upstream errors": a few rows among millions, found newest first without a scan.
      await db.schema
        .createIndex('audit_events_upstream_errors')
        .on('audit_events')
        .column('at')
        .where(sql.raw<boolean>(UPSTREAM_ERROR_SQL))
        .execute();
      for (const statement of CREATE_ROLLUPS_SQL) await sql.raw(statement).execute(db);
    },
  },
  '0003_gateway_latency': {
    async up(db) {
      // The gateway's own latency of a look-up (request arrival to answer), beside the upstream's `upstream_ms`.
      await db.schema.alterTable('audit_events').addColumn('served_ms', 'integer').execute();
      for (const statement of CREATE_SERVED_LATENCY_ROLLUP_SQL) await sql.raw(statement).execute(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to `name` and no further: a test of the migration after it, on a database of that age. */
export async function migrateTo<T>(db: Kysely<T>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error;
}

/**
 * Brings the schema up to date. Safe to run on every start and from several replicas at once: Kysely's migrator
 * holds a PostgreSQL advisory lock while it works (PGlite has a single connection, so it needs none) and skips
 * what its `kysely_migration` table says is done.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
