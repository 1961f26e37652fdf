import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { requestScope } from '../logger.js';
import { routeOf } from '../routes/route-of.js';

export interface RequestLoggerOptions {
  logger: Logger;
}

const SAFE_OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
// A caller's own request id is kept (to follow a request across services) only when it is short and plain.
const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * One JSON line per request: id, method, route, path, status and duration, never headers or bodies (that is
 * where tokens live). The id is echoed as `x-request-id` and every log line written while the request is
 * served, upstream attempts with their trace ids included, carries it.
 */
export function useRequestLogger({ logger }: RequestLoggerOptions): Plugin {
  const started = new WeakMap<Request, { id: string; at: number; operation?: string }>();
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const incoming = request.headers.get('x-request-id');
        const id = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
        started.set(request, { id, at: performance.now() });
        return requestScope.run({ requestId: id }, wrapped);
      },
    },
    onParams({ request, params }) {
      const start = started.get(request);
      const name = params.operationName;
      if (start && name && SAFE_OPERATION_NAME.test(name)) start.operation = name;
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (!start) return;
      response.headers.set('x-request-id', start.id);
      const { pathname } = new URL(request.url);
      const route = routeOf(pathname);
      const line = {
        requestId: start.id,
        method: request.method,
        route,
        path: route === 'file_content' ? pathname : undefined,
        operation: start.operation,
        status: response.status,
        durationMs: Math.round(performance.now() - start.at),
      };
      const quiet = route === 'healthz' || route === 'readyz' || route === 'metrics';
      logger[quiet ? 'debug' : 'info'](line, 'request');
    },
  };
}
