import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's Prometheus metrics, in a registry of its own (not prom-client's global one) so that several
 * gateways in one process, as in the tests, never share counters.
 */
export function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  const downloadFailures = new Counter({
    name: 'gateway_download_failures_total',
    help: 'Downloads the upstream failed, by stage: before-body (refused or unreachable before any byte was sent) or mid-body (the transfer broke after the headers).',
    labelNames: ['stage'] as const,
    registers,
  });
  // Present at 0 from the start, so rate() and alerts see the series before the first failure.
  for (const stage of ['before-body', 'mid-body'] as const) downloadFailures.inc({ stage }, 0);
  // The audit log is made after the metrics (it counts its drops here): it hands over its buffer once it exists.
  let auditPending = () => 0;
  const auditBufferCapacity = new Gauge({
    name: 'gateway_audit_buffer_capacity',
    help: 'Audit events the buffer can hold (AUDIT_BUFFER_MAX); when it is full, downloads are refused with 503.',
    registers,
  });
  return {
    auditBuffered: new Gauge({
      name: 'gateway_audit_buffered_events',
      help: 'Audit events held in memory, not yet written to the database (they pile up while it is unreachable).',
      registers,
      collect() {
        this.set(auditPending());
      },
    }),
    auditBufferCapacity,
    /** Reports the audit log's buffer from now on. */
    watchAuditBuffer(pending: () => number, capacity: number) {
      auditPending = pending;
      auditBufferCapacity.set(capacity);
    },
    registry,
    downloadFailures,
    httpRequests: new Counter({
      name: 'gateway_http_requests_total',
      help: 'HTTP requests answered, by route and status code.',
      labelNames: ['route', 'status'] as const,
      registers,
    }),
    lookups: new Counter({
      name: 'gateway_lookups_total',
      help: 'File look-ups and lists by GraphQL operation (file, files, filesByPurpose) and outcome (the union member).',
      labelNames: ['operation', 'outcome'] as const,
      registers,
    }),
    upstreamDuration: new Histogram({
      name: 'gateway_upstream_duration_seconds',
      help: 'Upstream attempts by route and outcome (ok or the error kind).',
      labelNames: ['route', 'outcome'] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    cacheLookups: new Counter({
      name: 'gateway_metadata_cache_total',
      help: 'Metadata cache look-ups, by result (hit or miss).',
      labelNames: ['result'] as const,
      registers,
    }),
    auditDropped: new Counter({
      name: 'gateway_audit_events_dropped_total',
      help: 'Audit events dropped because the buffer was full (the database unreachable for long).',
      registers,
    }),
    sharedStateUp: new Gauge({
      name: 'gateway_shared_state_up',
      help: 'With REDIS_URL: 1 while Redis is reachable, 0 while shared state is degraded (serving from process memory).',
      registers,
    }),
    sharedLookups: new Counter({
      name: 'gateway_shared_lookups_total',
      help: 'Look-ups that missed the process cache, by how the shared tier answered: shared-hit (Redis), fetched (this replica asked the upstream for all), waited (another replica did), local (Redis away).',
      labelNames: ['result'] as const,
      registers,
    }),
    upstreamBudget: new Counter({
      name: 'gateway_upstream_budget_total',
      help: 'Upstream attempts asked of the MINIMAX_RPM budget, by decision (allowed, refused).',
      labelNames: ['decision'] as const,
      registers,
    }),
    stalledDownloadsCut: new Counter({
      name: 'gateway_stalled_downloads_cut_total',
      help: 'Downloads cut because the client read nothing for GATEWAY_DOWNLOAD_IDLE_TIMEOUT_MS (their upstream connection released).',
      registers,
    }),
    queueTimeouts: new Counter({
      name: 'gateway_queue_timeouts_total',
      help: 'Requests refused because no upstream slot came free within GATEWAY_QUEUE_TIMEOUT_MS, by queue (downloads, lookups).',
      labelNames: ['queue'] as const,
      registers,
    }),
    authThrottled: new Counter({
      name: 'gateway_auth_throttled_total',
      help: 'Token attempts and sign-ins refused with 429 because their client address used up its failed authentications.',
      registers,
    }),
    downloadsInFlight: new Gauge({
      name: 'gateway_downloads_in_flight',
      help: 'Downloads streaming through the gateway right now.',
      registers,
    }),
  };
}

export type GatewayMetrics = ReturnType<typeof createMetrics>;
