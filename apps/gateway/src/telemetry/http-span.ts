import type { RequestListener } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { routeLabelOf } from './route-label.js';
import { TRACER_NAME } from './tracer.js';

/**
 * A SERVER span for every HTTP request the gateway answers (replayed answers, downloads and probes included),
 * continuing the caller's W3C `traceparent` when it sends one; everything the request does runs inside it.
 * Attributes are the method, the route and the path: never a header, a query string or a body.
 */
export function withHttpSpans(handler: RequestListener): RequestListener {
  const tracer = trace.getTracer(TRACER_NAME);
  return (req, res) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routeLabelOf(path);
    const span = tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method ?? 'GET', 'http.route': route, 'url.path': path },
      },
      parent,
    );
    // Sampled out: nothing below it is recorded either (see hasRecordingParent), so the request skips the context
    // entry and the close listener that only a recorded span needs.
    if (!span.isRecording()) return handler(req, res);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (!res.writableFinished) span.setAttribute('http.response.aborted', true);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    // Only what runs inside this call (and the promises it starts) is in the span's context. A handler that
    // continues from one of the request's own events (the fast path hands the body to Yoga on 'end') carries the
    // context over itself (see inActiveContext): binding the request emitter would cost more than the span.
    context.with(trace.setSpan(parent, span), () => handler(req, res));
  };
}

/**
 * `handler`, to be called later from an event, in the context active now (the request's, under tracing). The context
 * is read now and entered only if the handler is ever called: most requests the fast path answers never call it,
 * and a request whose span was sampled out has no context to carry (ROOT_CONTEXT), so it gets `handler` itself.
 */
export function inActiveContext<Args extends unknown[], Result>(
  handler: (...args: Args) => Result,
): (...args: Args) => Result {
  const active = context.active();
  if (active === ROOT_CONTEXT) return handler;
  return (...args) => context.with(active, handler, undefined, ...args);
}
