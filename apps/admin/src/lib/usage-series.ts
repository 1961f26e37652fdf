import type { UsageQuery } from '../gql/graphql';
import { OUTCOMES } from './chart-palette';

export type UsageData = UsageQuery['usage'];

/** The overview's charts as columns (uPlot's layout: one x array, one array per series), and the same for tables. */
export interface UsageSeries {
  /** Bucket starts, Unix seconds. */
  x: number[];
  /** Outcomes with at least one look-up in the range, File first, then the error members in core's order. */
  outcomes: string[];
  /** Look-ups per bucket, one array per outcome (same order as `outcomes`). */
  lookups: number[][];
  /** Upstream latency: how long MiniMax took. */
  p50: (number | null)[];
  p95: (number | null)[];
  /** The gateway's own latency of look-ups: from the request's arrival to its answer (cache hits included). */
  gatewayP50: (number | null)[];
  gatewayP95: (number | null)[];
  requests: number[];
  /** Upstream requests MINIMAX_RPM allows per bucket; null without a budget. */
  budget: number | null;
  bytes: number[];
  /** Nothing at all happened in the range. */
  empty: boolean;
}

export function usageSeries(usage: UsageData): UsageSeries {
  const present = new Set(usage.total.lookups.map((row) => row.outcome));
  const known: readonly string[] = OUTCOMES;
  const outcomes = [
    ...OUTCOMES.filter((outcome) => present.has(outcome)),
    ...[...present].filter((outcome) => !known.includes(outcome)).sort(),
  ];
  const lookups = outcomes.map((outcome) =>
    usage.buckets.map((bucket) => bucket.lookups.find((row) => row.outcome === outcome)?.count ?? 0),
  );
  const bytes = usage.buckets.map((bucket) => Number(bucket.bytesDownloaded));
  const requests = usage.buckets.map((bucket) => bucket.upstreamRequests);
  return {
    x: usage.buckets.map((bucket) => Date.parse(bucket.start) / 1000),
    outcomes,
    lookups,
    p50: usage.buckets.map((bucket) => bucket.upstreamLatencyP50Ms),
    p95: usage.buckets.map((bucket) => bucket.upstreamLatencyP95Ms),
    gatewayP50: usage.buckets.map((bucket) => bucket.gatewayLatencyP50Ms),
    gatewayP95: usage.buckets.map((bucket) => bucket.gatewayLatencyP95Ms),
    requests,
    budget: usage.upstreamBudget,
    bytes,
    empty:
      outcomes.length === 0 && requests.every((count) => count === 0) && bytes.every((count) => count === 0),
  };
}

/** Running sums bottom-up: what a stacked chart draws (the tables show the plain counts). */
export function stack(columns: readonly number[][]): number[][] {
  const sums: number[][] = [];
  columns.forEach((column, index) => {
    const below = sums[index - 1];
    sums.push(column.map((value, i) => value + (below?.[i] ?? 0)));
  });
  return sums;
}

/** "07:05" for buckets within a day, "Mon 07:00" for a week: UTC, the same on the server and in every browser. */
export function bucketLabel(seconds: number, intervalSeconds: number, rangeSeconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  const time = iso.slice(11, 16);
  if (rangeSeconds <= 86_400 && intervalSeconds < 86_400) return time;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(seconds * 1000).getUTCDay()];
  return `${day} ${iso.slice(5, 10)} ${time}`;
}
