import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  createPostgresDatabase,
  ENGINES,
  emptyDatabase,
  sharedDatabase,
} from '../../test/helpers/databases.js';
import { readUsage, type Usage } from '../audit/usage-query.js';
import { migrateTo, migrateToLatest } from './migrations.js';

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
      expect(applied.flat()).toEqual([
        '0001_operators_sessions_audit',
        '0002_audit_usage',
        '0003_gateway_latency',
      ]);
      expect(await migrateToLatest(replicas[0] as Kysely<unknown>)).toEqual([]);
    } finally {
      await Promise.all(replicas.map((db) => db.destroy()));
    }
  });
});

describe.each(ENGINES)('the gateway latency migration (0003) on the %s engine', (engine) => {
  it('upgrades a database holding audit rows: the earlier roll-ups stay exact and the new one is kept from then on', async () => {
    const db = await emptyDatabase(engine);
    try {
      await migrateTo(db, '0002_audit_usage');
      const hour = Date.UTC(2031, 5, 1, 10);
      const event = (id: string, minute: number) => ({
        id,
        at: new Date(hour + minute * 60_000),
        actor: 'ana',
        action: 'LOOKUP',
        outcome: 'File',
        file_id: '42',
        upstream_requests: 1,
        upstream_ms: 100,
      });
      // Written as a gateway of 0002 writes them: no served_ms column yet.
      await db
        .insertInto('audit_events')
        .values([event('old-1', 1), event('old-2', 2)])
        .execute();
      expect(await migrateToLatest(db)).toEqual(['0003_gateway_latency']);
      await db
        .insertInto('audit_events')
        .values([
          { ...event('new-1', 3), served_ms: 40 },
          { ...event('new-2', 4), upstream_requests: null, upstream_ms: null, served_ms: 2 },
        ])
        .execute();
      // A completion rewrites its row (old out, new in) through the replaced update trigger.
      await db.updateTable('audit_events').set({ served_ms: 45 }).where('id', '=', 'new-1').execute();

      const range = { from: new Date(hour), to: new Date(hour + 3_600_000), intervalSeconds: 3600 };
      const rolled = await readUsage(db, range);
      expect(rolled.source).toBe('rollup');
      const figures = ({ source: _source, ...usage }: Usage) => usage;
      expect(figures(rolled)).toEqual(figures(await readUsage(db, range, { source: 'raw' })));
      expect(rolled.total.lookups).toEqual([{ outcome: 'File', count: 4 }]);
      expect(rolled.total.upstreamRequests).toBe(3);
      // Two timed look-ups, 2 ms and 45 ms: p50 inside 2's bucket [2, 3), p95 inside 45's [40, 50).
      expect(rolled.total.gatewayLatencyP50Ms).toBeLessThanOrEqual(3);
      expect(rolled.total.gatewayLatencyP95Ms).toBeGreaterThanOrEqual(40);
      expect(rolled.total.gatewayLatencyP95Ms).toBeLessThan(50);
    } finally {
      await db.destroy();
    }
  });
});
