import type { Logger } from 'pino';
import type { AuditLog } from '../audit/audit-log.js';
import { clientAddressOf } from '../client-address.js';
import type { GatewayMetrics } from '../metrics.js';
import type { FastPathHit } from './response-fast-path.js';

/**
 * The `onHit` the server wires in: a replayed answer is counted as Yoga's plugins would have counted it (an HTTP
 * request on the graphql route, a metadata cache hit, a `file` look-up that found a File) and audited as a LOOKUP, and its `request`
 * line is written at debug level. Why not info: a hit replays an answer whose request was already logged at info
 * when Yoga computed it, and the upstream call behind it (trace id included) was logged then too, so the line
 * adds no new fact, only volume; and at the rates the fast path serves, one info line per hit was the largest
 * cost left (about 0.5x the throughput without it, measured). Every hit is still counted in /metrics, and
 * LOG_LEVEL=debug shows each one with its request id.
 */
export function recordFastPathHit(
  metrics: GatewayMetrics,
  logger: Logger,
  auditLog: Pick<AuditLog, 'record'>,
): (hit: FastPathHit) => void {
  return ({ requestId, operation, durationMs, principal, fileId, req }) => {
    metrics.httpRequests.inc({ route: 'graphql', status: '200' });
    metrics.cacheLookups.inc({ result: 'hit' });
    metrics.lookups.inc({ operation: 'file', outcome: 'File' });
    auditLog.record({
      action: 'LOOKUP',
      actor: principal.name,
      role: principal.role,
      fileId,
      outcome: 'File',
      clientAddress: clientAddressOf(req),
      requestId,
      servedMs: durationMs,
    });
    if (!logger.isLevelEnabled('debug')) return;
    logger.debug(
      {
        requestId,
        method: 'POST',
        route: 'graphql',
        operation,
        status: 200,
        durationMs: Math.round(durationMs),
        replayed: true,
      },
      'request',
    );
  };
}
