import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { copyEmbeddedTemplate } from '../../src/db/embedded-template.js';
import { migrateToLatest } from '../../src/db/migrations.js';
import { openDatabase } from '../../src/db/open-database.js';
import type { Database } from '../../src/db/tables.js';

export type Engine = 'embedded' | 'postgres';
export const ENGINES: readonly Engine[] = ['embedded', 'postgres'];

const opened = new Map<Engine, Promise<Kysely<Database>>>();
const cleanups: (() => void)[] = [];
process.once('exit', () => {
  for (const cleanup of cleanups) cleanup();
});

/**
 * The test file's database on `engine`, opened once per file and shared by its tests (events and operators pile
 * up: tests use names of their own). Embedded: a copy of the run's migrated PGlite template. PostgreSQL: a new
 * database on the run's server, migrated here.
 */
export function sharedDatabase(engine: Engine = 'embedded'): Promise<Kysely<Database>> {
  let db = opened.get(engine);
  if (!db) {
    db = engine === 'embedded' ? openEmbedded() : openPostgres();
    opened.set(engine, db);
  }
  return db;
}

async function openEmbedded(): Promise<Kysely<Database>> {
  const db = await emptyDatabase('embedded');
  await migrateToLatest(db);
  return db;
}

/** A new database on `engine` with no schema yet (a migration test's own); the caller destroys it. */
export async function emptyDatabase(engine: Engine): Promise<Kysely<Database>> {
  if (engine === 'postgres') {
    const url = await createPostgresDatabase();
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
    });
  }
  const dataDir = copyEmbeddedTemplate(inject('pgliteTemplate'));
  cleanups.push(() => rmSync(dirname(dataDir), { recursive: true, force: true }));
  return (await openDatabase({ dataDir })).db;
}

/** A fresh, empty database on the run's PostgreSQL server; returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
}

async function openPostgres(): Promise<Kysely<Database>> {
  const db = await emptyDatabase('postgres');
  await migrateToLatest(db);
  return db;
}
