import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresDatabase, sharedDatabase } from '../../test/helpers/databases.js';
import { migrateToLatest } from './migrations.js';

describe('migrations', () => {
  it('are idempotent on the embedded engine: a second run applies nothing', async () => {
    const db = await sharedDatabase('embedded');
    expect(await migrateToLatest(db)).toEqual([]);
    await db.selectFrom('audit_events').select('seq').limit(1).execute();
  });

  it('run once when several replicas start together on PostgreSQL (advisory lock), then never again', async () => {
    const url = await createPostgresDatabase();
    const replicas = Array.from(
      { length: 4 },
      () =>
        new Kysely({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
        }),
    );
    try {
      const applied = await Promise.all(replicas.map((db) => migrateToLatest(db)));
      expect(applied.flat()).toEqual(['0001_operators_sessions_audit', '0002_audit_usage']);
      expect(await migrateToLatest(replicas[0] as Kysely<unknown>)).toEqual([]);
    } finally {
      await Promise.all(replicas.map((db) => db.destroy()));
    }
  });
});
