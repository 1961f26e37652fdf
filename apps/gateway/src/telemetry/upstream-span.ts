import type { UpstreamEvent } from '@minimax-files/core';
import { type Attributes, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { hasRecordingParent, TRACER_NAME } from './tracer.js';

/**
 * A CLIENT span for one upstream attempt, made from the event core reports when the attempt ends (core calls back
 * inside the caller's async context, so the span lands under the GraphQL operation or the download that caused it).
 * Its start is back-dated by the attempt's duration. MiniMax's own Trace-Id is an attribute, to quote to support.
 */
export function recordUpstreamSpan({ route, attempt, durationMs, outcome, traceId }: UpstreamEvent): void {
  if (!hasRecordingParent()) return;
  const end = Date.now();
  const attributes: Attributes = {
    'minimax.route': route,
    'minimax.attempt': attempt,
    'minimax.outcome': outcome,
  };
  if (traceId) attributes['minimax.trace_id'] = traceId;
  const span = trace
    .getTracer(TRACER_NAME)
    .startSpan(`minimax ${route}`, { kind: SpanKind.CLIENT, startTime: end - durationMs, attributes });
  if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
  span.end(end);
}
