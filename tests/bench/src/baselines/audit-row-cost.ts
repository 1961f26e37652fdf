// Child process of the `audit-overhead` measure: what one look-up's audit row costs the embedded engine, on its own.
// Rows built and written exactly as the gateway's audit log does (`rowOf`, `writeRows`: one COPY per batch of 1,000,
// its roll-up triggers firing), into fresh PGlite databases, alternating between the real schema and
// the same table stripped of everything a write maintains besides the row (secondary indexes, the unique id, the
// roll-up triggers). CPU per row of this process, which runs pinned like the gateway. Prints one JSON line.
import {
  freshEmbeddedDataDir,
  migrateToLatest,
  openDatabase,
  rowOf,
  writeRows,
} from '@minimax-files/gateway/testing';
import { sql } from 'kysely';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const batches = Number(process.env.BENCH_BATCHES ?? 100);
const BATCH = 1_000;

const NO_COMPLETIONS = new Set<string>();

/** µs of this process's CPU per row written, after a few untimed batches. */
async function cpuPerRow(schema: 'real' | 'bare', round: number): Promise<number> {
  const { db } = await openDatabase({ dataDir: freshEmbeddedDataDir() });
  try {
    await migrateToLatest(db);
    if (schema === 'bare') await strip(db);
    const write = async () => {
      const rows = [];
      for (let i = 0; i < BATCH; i++) {
        rows.push(
          rowOf({
            actor: 'operator-7',
            role: 'OPERATOR',
            action: 'LOOKUP',
            fileId: String(205258526306433 + (i % 500)),
            outcome: 'File',
            clientAddress: '127.0.0.1',
            requestId: `bench-${round}-${i}`,
            servedMs: 0.4,
          }),
        );
      }
      await writeRows(db, rows, NO_COMPLETIONS);
    };
    for (let i = 0; i < 5; i++) await write();
    const before = process.cpuUsage();
    for (let i = 0; i < batches; i++) await write();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / (batches * BATCH);
  } finally {
    await db.destroy();
  }
}

/** Everything a row's write maintains besides the row itself (and its primary key). */
async function strip(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<void> {
  const indexes = await sql<{ name: string }>`
    select indexname as name from pg_indexes
    where tablename = 'audit_events' and indexname not in ('audit_events_pkey', 'audit_events_id_key')`.execute(
    db,
  );
  for (const { name } of indexes.rows) await sql`drop index ${sql.ref(name)}`.execute(db);
  await sql`alter table audit_events drop constraint audit_events_id_key`.execute(db);
  const triggers = await sql<{ name: string }>`
    select tgname as name from pg_trigger where tgrelid = 'audit_events'::regclass and not tgisinternal`.execute(
    db,
  );
  for (const { name } of triggers.rows) await sql`drop trigger ${sql.ref(name)} on audit_events`.execute(db);
}

const real: number[] = [];
const bare: number[] = [];
for (let round = 0; round < rounds; round++) {
  real.push(await cpuPerRow('real', round));
  bare.push(await cpuPerRow('bare', round));
}
console.log(JSON.stringify({ real, bare, rowsPerRound: batches * BATCH }));
