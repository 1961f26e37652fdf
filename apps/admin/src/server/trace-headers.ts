import { context, propagation } from '@opentelemetry/api';

/**
 * The W3C trace context (`traceparent`) of the request being served, for a call to the gateway, so the gateway's
 * spans join the admin's trace. Empty when tracing is off (no SDK registered: the API is a no-op).
 */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}
