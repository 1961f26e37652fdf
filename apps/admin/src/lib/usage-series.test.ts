import { describe, expect, it } from 'vitest';
import { bucketLabel, stack, usageSeries } from './usage-series';

const bucket = (start: string, lookups: { outcome: string; count: number }[], extra = {}) => ({
  start,
  upstreamRequests: 0,
  upstreamLatencyP50Ms: null,
  upstreamLatencyP95Ms: null,
  gatewayLatencyP50Ms: null,
  gatewayLatencyP95Ms: null,
  bytesDownloaded: '0',
  lookups,
  ...extra,
});

describe('usageSeries', () => {
  const usage = {
    from: '2026-12-01T07:00:00.000Z',
    to: '2026-12-01T07:02:00.000Z',
    interval: 60,
    upstreamBudget: 600,
    buckets: [
      bucket('2026-12-01T07:00:00.000Z', [
        { outcome: 'RateLimited', count: 2 },
        { outcome: 'File', count: 5 },
      ]),
      bucket('2026-12-01T07:01:00.000Z', [{ outcome: 'File', count: 1 }], {
        upstreamRequests: 3,
        upstreamLatencyP50Ms: 110,
        upstreamLatencyP95Ms: 190,
        gatewayLatencyP50Ms: 130,
        gatewayLatencyP95Ms: 240,
        bytesDownloaded: '2048',
      }),
    ],
    total: {
      upstreamRequests: 3,
      upstreamLatencyP50Ms: 110,
      upstreamLatencyP95Ms: 190,
      gatewayLatencyP50Ms: 130,
      gatewayLatencyP95Ms: 240,
      bytesDownloaded: '2048',
      lookups: [
        { outcome: 'File', count: 6 },
        { outcome: 'RateLimited', count: 2 },
      ],
    },
    topFiles: [],
    topOperators: [],
    upstreamErrors: [],
  };

  it('makes one column per outcome present, File first and the errors in core order, zeros where none', () => {
    const series = usageSeries(usage);
    expect(series.x).toEqual(usage.buckets.map((b) => Date.parse(b.start) / 1000));
    expect(series.outcomes).toEqual(['File', 'RateLimited']);
    expect(series.lookups).toEqual([
      [5, 1],
      [2, 0],
    ]);
    expect(series.p50).toEqual([null, 110]);
    expect(series.gatewayP50).toEqual([null, 130]);
    expect(series.gatewayP95).toEqual([null, 240]);
    expect(series.requests).toEqual([0, 3]);
    expect(series.budget).toBe(600);
    expect(series.bytes).toEqual([0, 2048]);
    expect(series.empty).toBe(false);
  });

  it('calls a range with nothing in it empty', () => {
    const quiet = {
      ...usage,
      buckets: usage.buckets.map((b) => bucket(b.start, [])),
      total: { ...usage.total, upstreamRequests: 0, bytesDownloaded: '0', lookups: [] },
    };
    expect(usageSeries(quiet).empty).toBe(true);
  });
});

describe('stack', () => {
  it('sums the columns bottom-up', () => {
    expect(
      stack([
        [1, 2],
        [3, 0],
        [1, 1],
      ]),
    ).toEqual([
      [1, 2],
      [4, 2],
      [5, 3],
    ]);
  });
});

describe('bucketLabel', () => {
  const seconds = Date.parse('2026-12-01T07:05:00Z') / 1000;
  it('shows the UTC time within a day and the weekday and date over a week', () => {
    expect(bucketLabel(seconds, 60, 3600)).toBe('07:05');
    expect(bucketLabel(seconds, 3600, 604_800)).toBe('Tue 12-01 07:05');
  });
});
