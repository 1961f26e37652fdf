import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, sharedDatabase } from '../../test/helpers/databases.js';
import type { Database, NewAuditEvent } from '../db/tables.js';
import { alignRange, percentiles, readUsage, type Usage } from './usage-query.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Everything but the strategy: the roll-ups must answer exactly what the rows do. */
const figures = ({ source: _source, ...usage }: Usage) => usage;

describe.each(ENGINES)('the usage query on the %s database', (engine) => {
  let db: Kysely<Database>;
  // A range of its own, far from anything else written to this database, starting on a whole hour.
  const base = Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 10_000) * 24 * HOUR;
  const range = { from: new Date(base), to: new Date(base + 2 * HOUR) };
  const alice = `alice-${engine}-${base}`;
  const bob = `bob-${engine}-${base}`;
  const row = (at: number, fields: Partial<NewAuditEvent>): NewAuditEvent => ({
    id: randomUUID(),
    at: new Date(at),
    actor: alice,
    action: 'LOOKUP',
    outcome: 'File',
    file_id: '42',
    ...fields,
  });

  beforeAll(async () => {
    db = await sharedDatabase(engine);
    const upstream = (ms: number, traceId?: string) => ({
      upstream_requests: 1,
      upstream_ms: ms,
      trace_id: traceId,
    });
    await db
      .insertInto('audit_events')
      .values([
        row(base, { ...upstream(100, 't1'), served_ms: 120 }),
        row(base + MINUTE, { ...upstream(200, 't2'), served_ms: 220 }),
        row(base + 2 * MINUTE, { ...upstream(300, 't3'), served_ms: 320 }),
        row(base + 3 * MINUTE, { outcome: 'FileNotFound', ...upstream(50), served_ms: 60 }),
        row(base + 4 * MINUTE, { served_ms: 5 }),
        row(base + 5 * MINUTE, { actor: bob, served_ms: 4 }),
        row(base + 6 * MINUTE, {
          served_ms: 950,
          outcome: 'UpstreamError',
          file_id: '7',
          upstream_requests: 3,
          upstream_ms: 900,
          upstream_code: 1000,
          trace_id: 'trace-of-the-error',
        }),
        row(base + HOUR + MINUTE, {
          action: 'DOWNLOAD',
          outcome: 'complete',
          file_id: '8',
          bytes: '500',
          actor: bob,
        }),
        row(base + HOUR + 2 * MINUTE, { action: 'DOWNLOAD', outcome: 'aborted', file_id: '9', bytes: '200' }),
        // A list's own time is not a look-up's: left out of the gateway latency.
        row(base + HOUR + 3 * MINUTE, { action: 'LIST', file_id: null, ...upstream(400), served_ms: 5000 }),
        // Refused by the gateway's own budget: nothing went upstream, so not an upstream error.
        row(base + HOUR + 4 * MINUTE, { outcome: 'RateLimited', actor: bob, served_ms: 2 }),
        // Outside the range.
        row(base - MINUTE, {}),
        row(base + 2 * HOUR, {}),
      ])
      .execute();
    // A download as the audit writer records it: its row before the first byte, completed by an upsert afterwards.
    const download = row(base + 30 * MINUTE, { action: 'DOWNLOAD', outcome: 'started', file_id: '9' });
    await db.insertInto('audit_events').values(download).execute();
    await db
      .insertInto('audit_events')
      .values({ ...download, outcome: 'complete', bytes: '1000' })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ outcome: 'complete', bytes: '1000' }))
      .execute();
  });

  it('sums look-ups by outcome, upstream requests, latency and bytes per hour from the roll-ups', async () => {
    const usage = await readUsage(db, { ...range, intervalSeconds: 3600 });
    expect(usage.source).toBe('rollup');
    expect(usage.buckets.map((bucket) => bucket.start)).toEqual([new Date(base), new Date(base + HOUR)]);
    const [first, second] = usage.buckets;
    expect(first?.lookups).toEqual([
      { outcome: 'File', count: 5 },
      { outcome: 'FileNotFound', count: 1 },
      { outcome: 'UpstreamError', count: 1 },
    ]);
    expect(first?.upstreamRequests).toBe(7);
    expect(first?.bytesDownloaded).toBe(1000n);
    // Exact p50 is 200 ms, p95 900 ms; the histogram's estimate is within one of its steps.
    expect(first?.upstreamLatencyP50Ms).toBeGreaterThanOrEqual(150);
    expect(first?.upstreamLatencyP50Ms).toBeLessThanOrEqual(250);
    expect(first?.upstreamLatencyP95Ms).toBeGreaterThanOrEqual(800);
    expect(first?.upstreamLatencyP95Ms).toBeLessThanOrEqual(1000);
    // The gateway's own latency of the seven look-ups: exact p50 120 ms, p95 950 ms; the list's 5 s is not one.
    expect(first?.gatewayLatencyP50Ms).toBeGreaterThanOrEqual(100);
    expect(first?.gatewayLatencyP50Ms).toBeLessThanOrEqual(150);
    expect(first?.gatewayLatencyP95Ms).toBeGreaterThanOrEqual(800);
    expect(first?.gatewayLatencyP95Ms).toBeLessThanOrEqual(1000);
    expect(second?.gatewayLatencyP95Ms).toBeLessThanOrEqual(3);
    expect(second).toMatchObject({
      lookups: [{ outcome: 'RateLimited', count: 1 }],
      upstreamRequests: 1,
      bytesDownloaded: 700n,
    });
    expect(usage.total.upstreamRequests).toBe(8);
    expect(usage.topFiles).toEqual([
      { fileId: '9', downloads: 1, bytes: 1200n },
      { fileId: '8', downloads: 1, bytes: 500n },
    ]);
    expect(usage.topOperators).toEqual([
      { name: alice, lookups: 6, downloads: 1, bytes: 1200n },
      { name: bob, lookups: 2, downloads: 1, bytes: 500n },
    ]);
    expect(usage.upstreamErrors).toEqual([
      {
        at: new Date(base + 6 * MINUTE),
        actor: alice,
        action: 'LOOKUP',
        fileId: '7',
        outcome: 'UpstreamError',
        upstreamCode: 1000,
        traceId: 'trace-of-the-error',
      },
    ]);
  });

  it('answers exactly the same from the rows (the naive query) as from the roll-ups', async () => {
    const hourly = { ...range, intervalSeconds: 3600 };
    expect(figures(await readUsage(db, hourly, { source: 'raw' }))).toEqual(
      figures(await readUsage(db, hourly)),
    );
  });

  it('reads the rows for intervals shorter than an hour, with the same totals', async () => {
    const byMinute = await readUsage(db, { ...range, intervalSeconds: 60 });
    expect(byMinute.source).toBe('raw');
    expect(byMinute.buckets).toHaveLength(120);
    expect(byMinute.buckets[6]?.lookups).toEqual([{ outcome: 'UpstreamError', count: 1 }]);
    const hourly = await readUsage(db, { ...range, intervalSeconds: 3600 });
    expect(byMinute.total).toEqual(hourly.total);
    expect(byMinute.topFiles).toEqual(hourly.topFiles);
  });

  it('keeps the roll-ups exact when rows are deleted (retention)', async () => {
    await db.deleteFrom('audit_events').where('actor', '=', bob).execute();
    const hourly = { ...range, intervalSeconds: 3600 };
    const usage = await readUsage(db, hourly);
    expect(usage.topOperators.map((operator) => operator.name)).toEqual([alice]);
    expect(usage.topFiles).toEqual([{ fileId: '9', downloads: 1, bytes: 1200n }]);
    expect(figures(usage)).toEqual(figures(await readUsage(db, hourly, { source: 'raw' })));
  });

  it('answers an empty range with empty buckets', async () => {
    const empty = await readUsage(db, {
      from: new Date(base - 5 * HOUR),
      to: new Date(base - 3 * HOUR),
      intervalSeconds: 3600,
    });
    expect(empty.buckets).toHaveLength(2);
    expect(empty.total).toEqual({
      lookups: [],
      upstreamRequests: 0,
      bytesDownloaded: 0n,
      upstreamLatencyP50Ms: null,
      upstreamLatencyP95Ms: null,
      gatewayLatencyP50Ms: null,
      gatewayLatencyP95Ms: null,
    });
    expect(empty.topFiles).toEqual([]);
    expect(empty.upstreamErrors).toEqual([]);
  });
});

describe('usage ranges', () => {
  it('are widened to whole intervals from the origin', () => {
    const aligned = alignRange({
      from: new Date('2031-01-01T10:17:00Z'),
      to: new Date('2031-01-01T11:17:00Z'),
      intervalSeconds: 900,
    });
    expect(aligned).toEqual({
      from: new Date('2031-01-01T10:15:00Z'),
      to: new Date('2031-01-01T11:30:00Z'),
      count: 5,
    });
  });

  it('refuse an interval under a minute, a backwards range and too many buckets', () => {
    const from = new Date('2031-01-01T00:00:00Z');
    expect(() => alignRange({ from, to: new Date(from.getTime() + HOUR), intervalSeconds: 30 })).toThrow(
      RangeError,
    );
    expect(() => alignRange({ from, to: from, intervalSeconds: 60 })).toThrow(/before/);
    expect(() => alignRange({ from, to: new Date(from.getTime() + 24 * HOUR), intervalSeconds: 60 })).toThrow(
      /at most 1000/,
    );
  });
});

describe('latency percentiles from the histogram', () => {
  it('interpolate inside the bucket holding the quantile', () => {
    // 100 answers in [100, 120) ms (bucket 18): p50 halfway, p95 near its top.
    expect(percentiles(new Map([[18, 100]]))).toEqual({ p50: 110, p95: 119 });
    expect(percentiles(new Map())).toEqual({ p50: null, p95: null });
  });
});
