import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/tables.js';
import {
  BUCKET_ORIGIN,
  LATENCY_BOUNDS_MS,
  LATENCY_BUCKET_SQL,
  latencyBucketSql,
  SERVED_LATENCY_SQL,
  UPSTREAM_ERROR_SQL,
} from '../db/usage-rollups.js';

export interface UsageRange {
  from: Date;
  to: Date;
  /** Bucket width in seconds; buckets start at multiples of it from BUCKET_ORIGIN. */
  intervalSeconds: number;
}

export interface UsageOptions {
  /**
   * `auto`: the hourly roll-ups when the interval is whole hours, else the rows. `raw`: always the rows (the
   * naive query, kept as the benchmark's baseline and as the roll-ups' reference in tests).
   */
  source?: 'auto' | 'raw';
  /** Rows of the top-files and top-operators tables. */
  top?: number;
  /** How many of the last upstream errors. */
  errors?: number;
}

export interface OutcomeCount {
  outcome: string;
  count: number;
}

/** p50 and p95 estimated from a latency histogram (LATENCY_BOUNDS_MS): within one of its steps of the exact value. */
export interface Percentiles {
  p50: number | null;
  p95: number | null;
}

export interface LatencySummary {
  /** How long MiniMax took to answer the look-ups and lists that went upstream. */
  upstreamLatencyP50Ms: number | null;
  upstreamLatencyP95Ms: number | null;
  /** How long look-ups took as the gateway served them: from the request's arrival to the answer. */
  gatewayLatencyP50Ms: number | null;
  gatewayLatencyP95Ms: number | null;
}

export interface UsageBucket extends LatencySummary {
  start: Date;
  /** Look-ups by outcome (the union member), largest first. */
  lookups: OutcomeCount[];
  /** MiniMax API requests (look-ups, lists, downloads' look-ups and retrieve_content; retries included). */
  upstreamRequests: number;
  /** Bytes sent by downloads (complete or not). */
  bytesDownloaded: bigint;
}

export interface FileUsage {
  fileId: string;
  /** Complete downloads. */
  downloads: number;
  bytes: bigint;
}

export interface OperatorUsage {
  name: string;
  lookups: number;
  downloads: number;
  bytes: bigint;
}

export interface UpstreamErrorEvent {
  at: Date;
  actor: string;
  action: string;
  fileId: string | null;
  outcome: string;
  upstreamCode: number | null;
  traceId: string | null;
}

export interface Usage {
  /** The range actually summed: `from` rounded down and `to` rounded up to whole buckets. */
  from: Date;
  to: Date;
  intervalSeconds: number;
  source: 'rollup' | 'raw';
  buckets: UsageBucket[];
  total: Omit<UsageBucket, 'start'>;
  topFiles: FileUsage[];
  topOperators: OperatorUsage[];
  upstreamErrors: UpstreamErrorEvent[];
}

export const MAX_USAGE_BUCKETS = 1_000;
const HOUR_SECONDS = 3_600;
const ORIGIN_MS = Date.parse(BUCKET_ORIGIN);

/** The range in whole buckets; a RangeError for one the usage query refuses. */
export function alignRange({ from, to, intervalSeconds }: UsageRange): {
  from: Date;
  to: Date;
  count: number;
} {
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 60 || intervalSeconds > 7 * 24 * HOUR_SECONDS) {
    throw new RangeError(`interval is whole seconds from 60 to 604800, got ${intervalSeconds}`);
  }
  if (!(from.getTime() < to.getTime())) throw new RangeError('from must be before to');
  const width = intervalSeconds * 1000;
  const start = ORIGIN_MS + Math.floor((from.getTime() - ORIGIN_MS) / width) * width;
  const end = ORIGIN_MS + Math.ceil((to.getTime() - ORIGIN_MS) / width) * width;
  const count = (end - start) / width;
  if (count > MAX_USAGE_BUCKETS) {
    throw new RangeError(`at most ${MAX_USAGE_BUCKETS} intervals per range, asked for ${count}`);
  }
  return { from: new Date(start), to: new Date(end), count };
}

interface SeriesRow {
  bucket: Date;
  action: string;
  outcome: string;
  events: string;
  upstream_requests: string;
  bytes: string;
}
interface LatencyRow {
  bucket: Date;
  le: number;
  events: string;
}
interface FileRow {
  file_id: string;
  downloads: string;
  bytes: string;
}
interface OperatorRow {
  actor: string;
  lookups: string;
  downloads: string;
  bytes: string;
}

/**
 * Usage of the gateway between two instants from the audit trail, summed in SQL: the same statements on the
 * embedded engine and on PostgreSQL. Whole-hour intervals read the hourly roll-ups (see usage-rollups.ts), others
 * the rows through the `at` index; both give the same answer for the same range.
 */
export async function readUsage(
  db: Kysely<Database>,
  range: UsageRange,
  options: UsageOptions = {},
): Promise<Usage> {
  const { source = 'auto', top = 10, errors = 20 } = options;
  const { from, to, count } = alignRange(range);
  const rollup = source === 'auto' && range.intervalSeconds % HOUR_SECONDS === 0;
  const interval = `${range.intervalSeconds} seconds`;
  const bucketOf = (column: string) =>
    sql`date_bin(${interval}::interval, ${sql.ref(column)}, ${BUCKET_ORIGIN}::timestamptz)`;

  const series = rollup
    ? sql<SeriesRow>`
        select ${bucketOf('hour')} as bucket, action, outcome, sum(events)::text as events,
               sum(upstream_requests)::text as upstream_requests, sum(bytes)::text as bytes
        from audit_usage_hourly where hour >= ${from} and hour < ${to} group by 1, 2, 3`
    : sql<SeriesRow>`
        select ${bucketOf('at')} as bucket, action, outcome, count(*)::text as events,
               coalesce(sum(upstream_requests), 0)::text as upstream_requests, coalesce(sum(bytes), 0)::text as bytes
        from audit_events where at >= ${from} and at < ${to} group by 1, 2, 3`;
  const latency = rollup
    ? sql<LatencyRow>`
        select ${bucketOf('hour')} as bucket, bucket as le, sum(events)::text as events
        from audit_latency_hourly where hour >= ${from} and hour < ${to} group by 1, 2`
    : sql<LatencyRow>`
        select ${bucketOf('at')} as bucket, ${sql.raw(LATENCY_BUCKET_SQL)} as le, count(*)::text as events
        from audit_events where at >= ${from} and at < ${to} and upstream_ms is not null group by 1, 2`;
  const served = rollup
    ? sql<LatencyRow>`
        select ${bucketOf('hour')} as bucket, bucket as le, sum(events)::text as events
        from audit_served_latency_hourly where hour >= ${from} and hour < ${to} group by 1, 2`
    : sql<LatencyRow>`
        select ${bucketOf('at')} as bucket, ${sql.raw(latencyBucketSql('served_ms'))} as le, count(*)::text as events
        from audit_events where at >= ${from} and at < ${to} and ${sql.raw(SERVED_LATENCY_SQL)} group by 1, 2`;
  const files = rollup
    ? sql<FileRow>`
        select file_id, sum(downloads)::text as downloads, sum(bytes)::text as bytes
        from audit_file_hourly where hour >= ${from} and hour < ${to}
        group by file_id having sum(downloads) > 0 or sum(bytes) > 0
        order by sum(downloads) desc, sum(bytes) desc, file_id limit ${top}`
    : sql<FileRow>`
        select file_id, count(*) filter (where outcome = 'complete')::text as downloads,
               coalesce(sum(bytes), 0)::text as bytes
        from audit_events
        where action = 'DOWNLOAD' and file_id is not null and at >= ${from} and at < ${to}
        group by file_id having count(*) filter (where outcome = 'complete') > 0 or coalesce(sum(bytes), 0) > 0
        order by count(*) filter (where outcome = 'complete') desc, coalesce(sum(bytes), 0) desc, file_id
        limit ${top}`;
  const operators = rollup
    ? sql<OperatorRow>`
        select actor, sum(lookups)::text as lookups, sum(downloads)::text as downloads, sum(bytes)::text as bytes
        from audit_actor_hourly where hour >= ${from} and hour < ${to}
        group by actor having sum(lookups) + sum(downloads) > 0
        order by sum(lookups) + sum(downloads) desc, actor limit ${top}`
    : sql<OperatorRow>`
        select actor, count(*) filter (where action = 'LOOKUP')::text as lookups,
               count(*) filter (where action = 'DOWNLOAD' and outcome = 'complete')::text as downloads,
               coalesce(sum(bytes) filter (where action = 'DOWNLOAD'), 0)::text as bytes
        from audit_events where action in ('LOOKUP', 'DOWNLOAD') and at >= ${from} and at < ${to}
        group by actor having count(*) filter (where action = 'LOOKUP' or (action = 'DOWNLOAD' and outcome = 'complete')) > 0
        order by count(*) filter (where action = 'LOOKUP' or (action = 'DOWNLOAD' and outcome = 'complete')) desc, actor
        limit ${top}`;
  // A handful of rows among millions, through the partial index on exactly this condition.
  const upstreamErrors = sql<{
    at: Date;
    actor: string;
    action: string;
    file_id: string | null;
    outcome: string;
    upstream_code: number | null;
    trace_id: string | null;
  }>`
    select at, actor, action, file_id, outcome, upstream_code, trace_id from audit_events
    where ${sql.raw(UPSTREAM_ERROR_SQL)} and at >= ${from} and at < ${to}
    order by at desc limit ${errors}`;

  // One snapshot for all six, so the figures agree with each other while the audit writer adds and completes rows;
  // one after the other: PGlite has a single connection, and a PostgreSQL pool is shared with the audit writer.
  const [seriesRows, latencyRows, servedRows, fileRows, operatorRows, errorRows] = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(
      async (trx) =>
        [
          (await series.execute(trx)).rows,
          (await latency.execute(trx)).rows,
          (await served.execute(trx)).rows,
          (await files.execute(trx)).rows,
          (await operators.execute(trx)).rows,
          (await upstreamErrors.execute(trx)).rows,
        ] as const,
    );

  const width = range.intervalSeconds * 1000;
  const indexOf = (bucket: Date) => Math.round((new Date(bucket).getTime() - from.getTime()) / width);
  const sums = Array.from({ length: count }, () => ({
    lookups: new Map<string, number>(),
    upstreamRequests: 0,
    bytesDownloaded: 0n,
    histogram: new Map<number, number>(),
    servedHistogram: new Map<number, number>(),
  }));
  for (const row of seriesRows) {
    const sum = sums[indexOf(row.bucket)];
    if (!sum) continue;
    const events = Number(row.events);
    if (row.action === 'LOOKUP' && events !== 0) {
      sum.lookups.set(row.outcome, (sum.lookups.get(row.outcome) ?? 0) + events);
    }
    sum.upstreamRequests += Number(row.upstream_requests);
    if (row.action === 'DOWNLOAD') sum.bytesDownloaded += BigInt(row.bytes);
  }
  const addTo = (histogram: Map<number, number>, le: number, events: number) =>
    histogram.set(le, (histogram.get(le) ?? 0) + events);
  for (const row of latencyRows) {
    const sum = sums[indexOf(row.bucket)];
    if (sum) addTo(sum.histogram, Number(row.le), Number(row.events));
  }
  for (const row of servedRows) {
    const sum = sums[indexOf(row.bucket)];
    if (sum) addTo(sum.servedHistogram, Number(row.le), Number(row.events));
  }
  const totalHistogram = new Map<number, number>();
  const totalServed = new Map<number, number>();
  const totalLookups = new Map<string, number>();
  for (const sum of sums) {
    for (const [le, events] of sum.histogram) addTo(totalHistogram, le, events);
    for (const [le, events] of sum.servedHistogram) addTo(totalServed, le, events);
    for (const [outcome, events] of sum.lookups)
      totalLookups.set(outcome, (totalLookups.get(outcome) ?? 0) + events);
  }
  return {
    from,
    to,
    intervalSeconds: range.intervalSeconds,
    source: rollup ? 'rollup' : 'raw',
    buckets: sums.map((sum, index) => ({
      start: new Date(from.getTime() + index * width),
      lookups: outcomeCounts(sum.lookups),
      upstreamRequests: sum.upstreamRequests,
      bytesDownloaded: sum.bytesDownloaded,
      ...latencySummary(sum.histogram, sum.servedHistogram),
    })),
    total: {
      lookups: outcomeCounts(totalLookups),
      upstreamRequests: sums.reduce((total, sum) => total + sum.upstreamRequests, 0),
      bytesDownloaded: sums.reduce((total, sum) => total + sum.bytesDownloaded, 0n),
      ...latencySummary(totalHistogram, totalServed),
    },
    topFiles: fileRows.map((row) => ({
      fileId: row.file_id,
      downloads: Number(row.downloads),
      bytes: BigInt(row.bytes),
    })),
    topOperators: operatorRows.map((row) => ({
      name: row.actor,
      lookups: Number(row.lookups),
      downloads: Number(row.downloads),
      bytes: BigInt(row.bytes),
    })),
    upstreamErrors: errorRows.map((row) => ({
      at: new Date(row.at),
      actor: row.actor,
      action: row.action,
      fileId: row.file_id,
      outcome: row.outcome,
      upstreamCode: row.upstream_code,
      traceId: row.trace_id,
    })),
  };
}

function outcomeCounts(counts: Map<string, number>): OutcomeCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => ({ outcome, count }))
    .sort((a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome));
}

function latencySummary(upstream: Map<number, number>, served: Map<number, number>): LatencySummary {
  const fromUpstream = percentiles(upstream);
  const fromServed = percentiles(served);
  return {
    upstreamLatencyP50Ms: fromUpstream.p50,
    upstreamLatencyP95Ms: fromUpstream.p95,
    gatewayLatencyP50Ms: fromServed.p50,
    gatewayLatencyP95Ms: fromServed.p95,
  };
}

/** p50 and p95 from histogram counts by `width_bucket` number, interpolated linearly inside the bucket. */
export function percentiles(histogram: Map<number, number>): Percentiles {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total <= 0) return { p50: null, p95: null };
  const ordered = [...histogram].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const at = (quantile: number) => {
    const target = quantile * total;
    let below = 0;
    for (const [bucket, count] of ordered) {
      if (below + count >= target) {
        const lower = bucket === 0 ? 0 : (LATENCY_BOUNDS_MS[bucket - 1] ?? 0);
        const upper = LATENCY_BOUNDS_MS[bucket] ?? lower;
        return Math.round((lower + ((upper - lower) * (target - below)) / count) * 10) / 10;
      }
      below += count;
    }
    return LATENCY_BOUNDS_MS.at(-1) ?? null;
  };
  return { p50: at(0.5), p95: at(0.95) };
}

/** What Query.usage answers: the usage and the budget it is measured against. */
export interface UsageView extends Usage {
  upstreamBudget: number | null;
}
