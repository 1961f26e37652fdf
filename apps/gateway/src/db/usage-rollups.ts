/**
 * The audit trail's hourly roll-ups: what the usage query reads for ranges in whole hours, so a week of a busy
 * gateway (a million audit rows) is summed from a few thousand rows instead of scanned. They are kept by
 * statement-level triggers on audit_events (one aggregate upsert per table per INSERT batch, the old and new rows
 * of a completed download subtracted and added, deleted rows subtracted), in the same transaction as the rows, on
 * the embedded engine and on PostgreSQL alike: they can never disagree with the rows they sum.
 */

/** Every time bucket starts at a multiple of its width from this instant (UTC midnight, a Monday: weeks line up too). */
export const BUCKET_ORIGIN = '2000-01-03T00:00:00Z';

/**
 * Upper bounds (exclusive, ms) of the upstream latency histogram; steps of 20–33 %, so a percentile read from it is
 * within a step of the exact one. `width_bucket(ms, bounds)` numbers the buckets 0 (below 1 ms) to their count.
 */
export const LATENCY_BOUNDS_MS = [
  1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400, 500, 600,
  800, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000, 10000, 12000, 15000, 20000, 25000, 30000,
  40000, 60000,
] as const;

export const LATENCY_BUCKET_SQL = `width_bucket(upstream_ms, array[${LATENCY_BOUNDS_MS.join(',')}])`;

/** An upstream failure worth an operator's attention: the upstream was asked and answered with (or was) a failure. */
export const UPSTREAM_ERROR_SQL = `(upstream_requests > 0 and outcome in ('AuthenticationFailed', 'RateLimited', 'InsufficientBalance', 'ContentRejected', 'UpstreamTimeout', 'UpstreamError'))`;

export const ROLLUP_TABLES = [
  'audit_usage_hourly',
  'audit_latency_hourly',
  'audit_actor_hourly',
  'audit_file_hourly',
] as const;

const HOUR_SQL = `date_bin('1 hour', at, timestamptz '${BUCKET_ORIGIN}')`;

/** The upserts that add (`+`) or subtract (`-`) the rows of `relation` to or from every roll-up. */
export function rollupStatements(relation: string, sign: '+' | '-'): string[] {
  const add = (table: string, key: string, columns: string[]) =>
    `on conflict (${key}) do update set ${columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ')}`;
  return [
    `insert into audit_usage_hourly (hour, action, outcome, events, upstream_requests, bytes)
       select ${HOUR_SQL}, action, outcome, ${sign}count(*), ${sign}coalesce(sum(upstream_requests), 0),
              ${sign}coalesce(sum(bytes), 0)
       from ${relation} group by 1, 2, 3 order by 1, 2, 3
     ${add('audit_usage_hourly', 'hour, action, outcome', ['events', 'upstream_requests', 'bytes'])}`,
    `insert into audit_latency_hourly (hour, bucket, events)
       select ${HOUR_SQL}, ${LATENCY_BUCKET_SQL}, ${sign}count(*)
       from ${relation} where upstream_ms is not null group by 1, 2 order by 1, 2
     ${add('audit_latency_hourly', 'hour, bucket', ['events'])}`,
    `insert into audit_actor_hourly (hour, actor, lookups, downloads, bytes)
       select ${HOUR_SQL}, actor, ${sign}count(*) filter (where action = 'LOOKUP'),
              ${sign}count(*) filter (where action = 'DOWNLOAD' and outcome = 'complete'),
              ${sign}coalesce(sum(bytes) filter (where action = 'DOWNLOAD'), 0)
       from ${relation} where action in ('LOOKUP', 'DOWNLOAD') group by 1, 2 order by 1, 2
     ${add('audit_actor_hourly', 'hour, actor', ['lookups', 'downloads', 'bytes'])}`,
    `insert into audit_file_hourly (hour, file_id, downloads, bytes)
       select ${HOUR_SQL}, file_id, ${sign}count(*) filter (where outcome = 'complete'), ${sign}coalesce(sum(bytes), 0)
       from ${relation} where action = 'DOWNLOAD' and file_id is not null group by 1, 2 order by 1, 2
     ${add('audit_file_hourly', 'hour, file_id', ['downloads', 'bytes'])}`,
  ];
}

/** The roll-up tables, their triggers, and a backfill from the rows already there (a database older than them). */
export const CREATE_ROLLUPS_SQL = [
  `create table audit_usage_hourly (
     hour timestamptz not null, action text not null, outcome text not null,
     events bigint not null, upstream_requests bigint not null, bytes bigint not null,
     primary key (hour, action, outcome))`,
  `create table audit_latency_hourly (
     hour timestamptz not null, bucket integer not null, events bigint not null, primary key (hour, bucket))`,
  `create table audit_actor_hourly (
     hour timestamptz not null, actor text not null,
     lookups bigint not null, downloads bigint not null, bytes bigint not null, primary key (hour, actor))`,
  `create table audit_file_hourly (
     hour timestamptz not null, file_id text not null, downloads bigint not null, bytes bigint not null,
     primary key (hour, file_id))`,
  ...rollupStatements('audit_events', '+'),
  trigger('insert', 'referencing new table as new_rows', rollupStatements('new_rows', '+')),
  trigger('update', 'referencing old table as old_rows new table as new_rows', [
    ...rollupStatements('old_rows', '-'),
    ...rollupStatements('new_rows', '+'),
  ]),
  trigger('delete', 'referencing old table as old_rows', rollupStatements('old_rows', '-')),
].flat();

function trigger(event: string, referencing: string, statements: string[]): string[] {
  const name = `audit_events_rollup_${event}`;
  return [
    `create function ${name}() returns trigger language plpgsql as $$
     begin
       ${statements.join(';\n')};
       return null;
     end $$`,
    `create trigger ${name} after ${event} on audit_events ${referencing}
       for each statement execute function ${name}()`,
  ];
}
