// Child process of the `usage-query` measure: fills an audit store (PGlite in BENCH_DATA_DIR, or PostgreSQL at
// BENCH_DATABASE_URL) with BENCH_ROWS audit rows spread over the last week, then times the gateway's usage query
// (`readUsage`, as Query.usage runs it) against the naive query on the rows (`source: 'raw'`), alternating sample by
// sample. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { migrateToLatest, openDatabase, readUsage, type UsageRange } from '@minimax-files/gateway/testing';
import { sql } from 'kysely';
import { median } from '../lib/stats.js';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const samples = Number(process.env.BENCH_SAMPLES ?? 15);
const CHUNK = 100_000;
const HOUR = 3_600_000;

const { db, engine } = await openDatabase({
  ...(process.env.BENCH_DATABASE_URL && { url: process.env.BENCH_DATABASE_URL }),
  dataDir: process.env.BENCH_DATA_DIR ?? '.bench-pglite',
});
await migrateToLatest(db);

// A busy week, written in time order as the gateway writes it: 10 % downloads, 3 % lists, the rest look-ups (80 % File); 30 % of look-ups, lists and
// downloads go upstream (a download's metadata look-up), a few fail there with a trace id; every look-up and list
// timed as the gateway served it (a few ms from the cache, the upstream's time on top); 5,000 files with a skewed
// popularity; 40 operators.
const seedStarted = performance.now();
for (let done = 0; done < rows; done += CHUNK) {
  const count = Math.min(CHUNK, rows - done);
  await sql`
    insert into audit_events
      (id, at, actor, role, action, file_id, outcome, bytes, upstream_requests, upstream_ms, upstream_code, trace_id,
       served_ms)
    select 'bench-' || (${done}::int + g), now() - interval '7 days' * (1 - (${done}::int + g)::float8 / ${rows}::int),
           'operator-' || floor(r2 * r2 * 40)::int, 'OPERATOR', action,
           case when action = 'LIST' then null else (100000000000 + floor(power(r3, 3) * 5000)::bigint)::text end,
           outcome,
           case when action = 'DOWNLOAD' then floor(r4 * 10000000)::bigint end,
           case when upstream then (case when outcome = 'UpstreamTimeout' then 3 else 1 end) end,
           case when upstream and action <> 'DOWNLOAD' then floor(20 + 600 * r5 * r5)::int end,
           case when upstream and outcome = 'AuthenticationFailed' then 1004
                when upstream and outcome = 'UpstreamError' then 1000 end,
           case when upstream then md5(g::text) end,
           case when action <> 'DOWNLOAD'
                then floor(1 + 5 * r4 + (case when upstream then 20 + 600 * r5 * r5 else 0 end))::int end
    from (
      select g, r2, r3, r4, r5, action,
             case when action = 'DOWNLOAD' then (case when r6 < 0.95 then 'complete' else 'aborted' end)
                  when r6 < 0.80 then 'File' when r6 < 0.90 then 'FileNotFound' when r6 < 0.95 then 'RateLimited'
                  when r6 < 0.97 then 'UpstreamTimeout' when r6 < 0.99 then 'UpstreamError'
                  else 'AuthenticationFailed' end as outcome,
             r7 < 0.3 as upstream
      from (
        select g, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
               (case when random() < 0.10 then 'DOWNLOAD' when random() < 0.03 then 'LIST' else 'LOOKUP' end) action
        from generate_series(1, ${count}::int) g
      ) raw
    ) seeded`.execute(db);
}
// What PostgreSQL's autovacuum does on its own after a bulk load (since PostgreSQL 13, inserts alone start it), done
// here so that it does not run beside the timings; PGlite has no autovacuum: the same state for both.
await sql`vacuum analyze`.execute(db);
const seedSeconds = (performance.now() - seedStarted) / 1000;

const now = Date.now();
const ranges: Record<string, UsageRange> = {
  week: { from: new Date(now - 7 * 24 * HOUR), to: new Date(now), intervalSeconds: 3600 },
  day: { from: new Date(now - 24 * HOUR), to: new Date(now), intervalSeconds: 3600 },
  hour: { from: new Date(now - HOUR), to: new Date(now), intervalSeconds: 60 },
};
const time = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
const results: Record<string, { usageMs: number[]; naiveMs: number[] }> = {};
for (const [name, range] of Object.entries(ranges)) {
  // One untimed pass of each: the first query of a shape plans it and warms the engine's buffers.
  const usage = await readUsage(db, range);
  const naive = await readUsage(db, range, { source: 'raw' });
  if (JSON.stringify(usage.total, bigints) !== JSON.stringify(naive.total, bigints)) {
    throw new Error(`the usage query and the naive query disagree on the ${name}`);
  }
  const usageMs: number[] = [];
  const naiveMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    usageMs.push(await time(() => readUsage(db, range)));
    naiveMs.push(await time(() => readUsage(db, range, { source: 'raw' })));
  }
  results[name] = { usageMs, naiveMs };
}
const lookups = (await readUsage(db, ranges.week as UsageRange)).total.lookups.reduce(
  (sum, row) => sum + row.count,
  0,
);
await db.destroy();
console.log(
  JSON.stringify({
    engine,
    rows,
    lookupsInWeek: lookups,
    seedSeconds,
    ranges: Object.fromEntries(
      Object.entries(results).map(([name, { usageMs, naiveMs }]) => [
        name,
        { usageP50Ms: median(usageMs), naiveP50Ms: median(naiveMs), usageMs, naiveMs },
      ]),
    ),
  }),
);

function bigints(_key: string, value: unknown) {
  return typeof value === 'bigint' ? value.toString() : value;
}
