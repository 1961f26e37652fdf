import { describe, expect, it } from 'vitest';
import { jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { createMetrics } from '../metrics.js';
import { useMetrics } from './use-metrics.js';

describe('useMetrics', () => {
  it('serves Prometheus text and counts responses by route and status', async () => {
    const metrics = createMetrics();
    const yoga = yogaWith([useMetrics({ metrics })]);
    await yoga.fetch('http://gateway.test/graphql', jsonQuery('{ hello }'));
    await yoga.fetch('http://gateway.test/files/42/content/extra');
    const response = await yoga.fetch('http://gateway.test/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^gateway_http_requests_total\{route="graphql",status="200"\} 1$/m);
    expect(text).toMatch(/^gateway_http_requests_total\{route="other",status="404"\} 1$/m);
    expect(text).toContain('# TYPE gateway_downloads_in_flight gauge');
  });

  it('reports the audit buffer: what it holds, read at each scrape, and what it can hold', async () => {
    const metrics = createMetrics();
    let pending = 3;
    metrics.watchAuditBuffer(() => pending, 100);
    expect(await metrics.registry.metrics()).toMatch(/^gateway_audit_buffered_events 3$/m);
    pending = 42;
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^gateway_audit_buffered_events 42$/m);
    expect(text).toMatch(/^gateway_audit_buffer_capacity 100$/m);
  });

  it('keeps each gateway’s counters apart', () => {
    const one = createMetrics();
    const two = createMetrics();
    one.cacheLookups.inc({ result: 'hit' });
    expect(two.registry).not.toBe(one.registry);
  });
});
