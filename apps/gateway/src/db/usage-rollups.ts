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

/** The histogram bucket of a latency column (`upstream_ms`, `served_ms`). */
export const latencyBucketSql = (column: 'upstream_ms' | 'served_ms') =>
  `width_bucket(${column}, array[${LATENCY_BOUNDS_MS.join(',')}])`;
export const LATENCY_BUCKET_SQL = latencyBucketSql('upstream_ms');

/** The rows of the gateway latency histogram: look-ups, timed from their request's arrival to their answer. */
export const SERVED_LATENCY_SQL = `(action = 'LOOKUP' and served_ms is not null)`;

/** An upstream failure worth an operator's attention: the upstream was asked and answered with (or was) a failure. */
export const UPSTREAM_ERROR_SQL = `(upstream_requests > 0 and outcome in ('AuthenticationFailed', 'RateLimited', 'InsufficientBalance', 'ContentRejected', 'UpstreamTimeout', 'UpstreamError'))`;

export const ROLLUP_TABLES = [
  'audit_usage_hourly',
  'audit_latency_hourly',
  'audit_served_latency_hourly',
  'audit_actor_hourly',
  'audit_file_hourly',
] as const;

const HOUR_SQL = `date_bin('1 hour', at, timestamptz '${BUCKET_ORIGIN}')`;

const add = (table: string, key: string, columns: string[]) =>
  `on conflict (${key}) do update set ${columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ')}`;

/** The upserts that add (`+`) or subtract (`-`) the rows of `relation` to or from every roll-up. */
export function rollupStatements(relation: string, sign: '+' | '-'): string[] {
  return [...firstRollupStatements(relation, sign), servedLatencyStatement(relation, sign)];
}

/** The gateway latency histogram's upsert (migration 0003). */
function servedLatencyStatement(relation: string, sign: '+' | '-'): string {
  return `insert into audit_served_latency_hourly (hour, bucket, events)
       select ${HOUR_SQL}, ${latencyBucketSql('served_ms')}, ${sign}count(*)
       from ${relation} where ${SERVED_LATENCY_SQL} group by 1, 2 order by 1, 2
     ${add('audit_served_latency_hourly', 'hour, bucket', ['events'])}`;
}

/** The roll-ups' upserts as migration 0002 made them: frozen, since that migration must build what it always built. */
function firstRollupStatements(relation: string, sign: '+' | '-'): string[] {
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

/** The roll-ups' statement triggers on audit_events, each calling the function of the same name. */
const TRIGGERS = [
  ['insert', 'referencing new table as new_rows'],
  ['update', 'referencing old table as old_rows new table as new_rows'],
  ['delete', 'referencing old table as old_rows'],
] as const;

/**
 * Migration 0002: the first roll-up tables, their triggers, and a backfill from the rows already there (a database
 * older than them). Frozen: later roll-ups replace the trigger functions in a migration of their own.
 */
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
  ...firstRollupStatements('audit_events', '+'),
  ...triggerFunctions(firstRollupStatements, 'create').flatMap((create, index) => {
    const [event, referencing] = TRIGGERS[index] as (typeof TRIGGERS)[number];
    const name = `audit_events_rollup_${event}`;
    return [
      create,
      `create trigger ${name} after ${event} on audit_events ${referencing}
       for each statement execute function ${name}()`,
    ];
  }),
];

/**
 * Migration 0003: the gateway latency histogram (look-ups' `served_ms`) as a roll-up of its own, its backfill, and
 * the same three trigger functions replaced by ones that keep every roll-up (the triggers stay, they call by name).
 */
export const CREATE_SERVED_LATENCY_ROLLUP_SQL = [
  `create table audit_served_latency_hourly (
     hour timestamptz not null, bucket integer not null, events bigint not null, primary key (hour, bucket))`,
  servedLatencyStatement('audit_events', '+'),
  ...triggerFunctions(rollupStatements, 'create or replace'),
];

/** The insert, update and delete trigger functions over `statements` (a completed download: old out, new in). */
function triggerFunctions(
  statements: (relation: string, sign: '+' | '-') => string[],
  verb: 'create' | 'create or replace',
): string[] {
  const bodies = [
    statements('new_rows', '+'),
    [...statements('old_rows', '-'), ...statements('new_rows', '+')],
    statements('old_rows', '-'),
  ];
  return TRIGGERS.map(
    (
      [event],
      index,
    ) => `${verb} function audit_events_rollup_${event}() returns trigger language plpgsql as $$
     begin
       ${(bodies[index] ?? []).join(';\n')};
       return null;
     end $$`,
  );
}
