import { SEEDED } from '@minimax-files/emulator';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog, rowOf, writeRows } from '../src/audit/audit-log.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { openDatabase } from '../src/db/open-database.js';
import type { Database } from '../src/db/tables.js';
import { eventually, unique } from './helpers/callers.js';
import { createPostgresDatabase, sharedDatabase } from './helpers/databases.js';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';
import { startTcpLink, type TcpLink } from './helpers/tcp-link.js';

// The audit trail's guarantees when writing is hard, against the run's real PostgreSQL server. (SIGTERM under
// load and a restart of the database server under load are tested on separate processes in tests/cluster.)
const FILE = 'query ($id: FileID!) { file(id: $id) { __typename } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const storedFor = async (db: Kysely<Database>, actor: string, action?: string) => {
  let query = db.selectFrom('audit_events').select(['action', 'outcome', 'bytes']).where('actor', '=', actor);
  if (action) query = query.where('action', '=', action);
  return await query.execute();
};

describe('the audit log writer', () => {
  it('keeps writing after a pass that found nothing left to write', async () => {
    const db = await sharedDatabase('postgres');
    const log = createAuditLog({ database: () => db, logger: pino({ level: 'silent' }), flushMs: 100 });
    const actor = unique('writer');
    const event = (fileId: string) => ({ action: 'LOOKUP' as const, actor, fileId, outcome: 'File' });
    try {
      log.record(event('1'));
      const drained = log.drain(Date.now() + 5_000);
      // Scheduled while the drain writes: by the time it fires, the drain has written it, and the pass finds
      // the buffer empty.
      log.record(event('2'));
      await drained;
      await sleep(300);
      log.record(event('3'));
      const rows = await eventually(async () => {
        const stored = await storedFor(db, actor);
        return stored.length === 3 ? stored : undefined;
      }, 5_000);
      expect(rows).toHaveLength(3);
    } finally {
      log.close();
    }
  });
});

describe('writing a batch again (its commit was not acknowledged)', () => {
  it('keeps one row per event and takes a completion', async () => {
    const db = await sharedDatabase('postgres');
    const actor = unique('again');
    const rows = ['1', '2', '3'].map((fileId) => rowOf({ action: 'LOOKUP', actor, fileId, outcome: 'File' }));
    await writeRows(db, rows, new Set());
    await writeRows(db, rows, new Set());
    const completed = { ...rows[0], outcome: 'complete', bytes: '42' } as (typeof rows)[0];
    await writeRows(db, [completed, ...rows.slice(1)], new Set([completed.id]));
    const stored = await storedFor(db, actor);
    expect(stored).toHaveLength(3);
    expect(stored.filter((row) => row.outcome === 'complete').map((row) => row.bytes)).toEqual(['42']);
  });
});

describe('the database unreachable until the audit buffer is full', () => {
  const BUFFER = 20;
  let link: TcpLink;
  let db: Kysely<Database>;
  let stack: Stack;
  // A bootstrap token: checked in memory, so requests are answered while the database is away.
  const operator = 'bootstrap-1';

  beforeAll(async () => {
    const url = new URL(await createPostgresDatabase());
    const direct = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.href }) }),
    });
    await migrateToLatest(direct);
    await direct.destroy();
    link = await startTcpLink(Number(url.port));
    url.port = String(link.port);
    // Opened as the gateway opens DATABASE_URL: its pool must survive the cut.
    db = (await openDatabase({ url: url.href, dataDir: '' })).db;
    stack = await startStack({ db, env: { AUDIT_BUFFER_MAX: String(BUFFER) } });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await db?.destroy();
    await link?.close();
  });

  const asOperator = { authorization: `Bearer ${OPERATOR_TOKEN}` };
  const download = () => stack.fetch(`/files/${SEEDED.small}/content`, { headers: asOperator });
  const lookUp = () =>
    stack.fetch('/graphql', {
      method: 'POST',
      headers: { ...asOperator, 'content-type': 'application/json' },
      body: JSON.stringify({ query: FILE, variables: { id: SEEDED.small } }),
    });

  it('refuses new downloads with a clear 503 rather than serve them unaudited, and writes what it held once the database is back', async () => {
    const before = await download();
    expect(before.status).toBe(200);
    await before.arrayBuffer();
    // Its completion written: the buffer is empty when the database goes away.
    await eventually(async () => {
      const rows = await storedFor(db, operator, 'DOWNLOAD');
      return rows[0]?.outcome === 'complete' ? rows : undefined;
    });

    await link.cut();
    const sent = BUFFER + 5;
    const statuses: number[] = [];
    for (let i = 0; i < sent; i++) {
      const response = await lookUp();
      statuses.push(response.status);
      await response.text();
    }
    // Look-ups are answered throughout; those beyond the buffer cannot be kept and are counted as dropped.
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await download();
    const body = (await refused.json()) as { error: { kind: string; message: string; retryable: boolean } };
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(body.error).toMatchObject({ kind: 'AuditUnavailable', retryable: true });
    expect(body.error.message).toMatch(/audit log cannot record/);
    const metrics = await (await stack.fetch('/metrics')).text();
    const dropped = Number(/^gateway_audit_events_dropped_total (\d+)/m.exec(metrics)?.[1]);

    await link.restore();
    const lookups = await eventually(async () => {
      const rows = await storedFor(db, operator, 'LOOKUP');
      return rows.length >= BUFFER ? rows : undefined;
    }, 15_000);
    console.log(
      `audit buffer full (AUDIT_BUFFER_MAX=${BUFFER}, database cut): ${sent} look-ups answered, ${lookups.length} stored after it returned, ${dropped} dropped (counted); a new download refused with 503`,
    );
    expect(lookups).toHaveLength(BUFFER);
    // The look-ups beyond the buffer, and the refused download's own event.
    expect(dropped).toBe(sent - BUFFER + 1);

    // Writing again: downloads are served and recorded, none of them unaudited.
    const after = await download();
    expect(after.status).toBe(200);
    const bytes = (await after.arrayBuffer()).byteLength;
    const downloads = await eventually(async () => {
      const rows = await storedFor(db, operator, 'DOWNLOAD');
      return rows.filter((row) => row.outcome === 'complete').length === 2 ? rows : undefined;
    }, 10_000);
    expect(downloads.map((row) => Number(row.bytes))).toEqual([bytes, bytes]);
  }, 60_000);
});
