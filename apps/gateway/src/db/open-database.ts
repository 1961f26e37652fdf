import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { registerCopyIn } from './copy-in.js';
import type { Database } from './tables.js';

export interface DatabaseLocation {
  /** A postgres:// URL: a shared PostgreSQL server. Unset: the embedded engine in `dataDir`. */
  url?: string;
  /** Where the embedded engine keeps its files (created when missing). */
  dataDir: string;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  /** 'postgres' or 'embedded', for logs. */
  engine: 'postgres' | 'embedded';
}

/**
 * Connects to PostgreSQL (`pg` pool) or opens PGlite, the same PostgreSQL compiled to WebAssembly, in a directory:
 * one SQL dialect and one set of migrations for both. The drivers are imported on demand, so a gateway on
 * PostgreSQL never loads the WebAssembly engine and the other way round.
 */
export async function openDatabase({ url, dataDir }: DatabaseLocation): Promise<OpenDatabase> {
  if (url) {
    const { default: pg } = await import('pg');
    // bigint (int8) stays a string: audit byte counts can pass 2^53.
    const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5_000 });
    // A client that loses its server (a restart, a cut connection) must not crash the process: an idle one
    // is dropped by the pool, a checked-out one fails its query (or its next one) and is discarded on release;
    // the next query connects again. pg emits 'error' on a checked-out client with no listener of the pool's.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres' };
  }
  const directory = resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  // PGlite parses int8 as a JS number: read it as text like pg does, so both engines hand back the same values.
  const pglite = await PGlite.create(directory, { parsers: { [INT8_OID]: (value: string) => value } });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  // PGlite serialises this with Kysely's queries and transactions (Kysely's dialect holds PGlite's exclusive
  // transaction mode while a transaction is open), so a COPY never lands inside someone else's transaction.
  registerCopyIn(db, async (statement, text) => {
    await pglite.query(statement, [], { blob: new Blob([text]) });
  });
  return { db, engine: 'embedded' };
}

const INT8_OID = 20;
