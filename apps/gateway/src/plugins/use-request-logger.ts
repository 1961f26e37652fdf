import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { requestScope } from '../logger.js';
import { routeLabelOf } from '../telemetry/route-label.js';

export interface RequestLoggerOptions {
  logger: Logger;
}

// What a caller sends is logged only when it is short and plain: a log line must not be forgeable.
const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;
const SAFE_OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** A real file path is ~40 characters; anyone (signed in or not) could send 100 KB of path to fill the log. */
const MAX_LOGGED_PATH = 128;

function cappedPath(pathname: string): string {
  return pathname.length <= MAX_LOGGED_PATH ? pathname : `${pathname.slice(0, MAX_LOGGED_PATH)}…`;
}

/**
 * One JSON line per request: id, method, route, operation, the trace ids of the upstream calls it caused, status
 * and duration, never headers or bodies (that is where tokens live). The request runs inside an async scope holding its id, so every line written while it is
 * served (upstream attempts with their trace ids included) carries the id; it is echoed as `x-request-id`.
 */
/** The caller's `x-request-id` when short and plain, else a new one. */
export function requestIdFor(incoming: string | null | undefined): string {
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function useRequestLogger({ logger }: RequestLoggerOptions): Plugin {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const requestId = requestIdFor(request.headers.get('x-request-id'));
        return requestScope.run({ requestId, startedAt: performance.now() }, wrapped);
      },
    },
    onExecute({ args }) {
      const scope = requestScope.getStore();
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (scope && name && SAFE_OPERATION_NAME.test(name)) scope.operation = name;
    },
    onResponse({ request, response }) {
      const scope = requestScope.getStore();
      if (!scope) return;
      response.headers.set('x-request-id', scope.requestId);
      const { pathname } = new URL(request.url);
      const route = routeLabelOf(pathname);
      const line = {
        method: request.method,
        route,
        path: route === 'file_content' ? cappedPath(pathname) : undefined,
        operation: scope.operation,
        upstreamTraceIds: scope.traceIds,
        status: response.status,
        durationMs: Math.round(performance.now() - scope.startedAt),
      };
      const quiet = route === 'healthz' || route === 'readyz' || route === 'metrics';
      logger[quiet ? 'debug' : 'info'](line, 'request');
    },
  };
}
