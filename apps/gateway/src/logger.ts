import { AsyncLocalStorage } from 'node:async_hooks';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { Principal } from './auth/roles.js';
import type { LogLevel } from './config.js';

/** The request being served, for log lines written far from it (an upstream response arriving in core). */
export interface RequestScope {
  requestId: string;
  /** performance.now() when the request arrived */
  startedAt: number;
  /** The GraphQL operation name, once the request is parsed (and when it is a plain name). */
  operation?: string;
  /** Trace ids of the upstream responses this request caused, for its one `request` line. */
  traceIds?: string[];
  /** The caller, once the auth plugin has established it. */
  principal?: Principal;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** A `files(ids)` request may cause a hundred upstream calls: its line names the first few. */
const MAX_TRACE_IDS_PER_LINE = 10;

export function addTraceId(scope: RequestScope | undefined, traceId: string): void {
  if (!scope) return;
  scope.traceIds ??= [];
  if (scope.traceIds.length < MAX_TRACE_IDS_PER_LINE) scope.traceIds.push(traceId);
}

/**
 * Paths pino replaces with [redacted]. Nothing logs headers, keys or options on purpose; these catch what might
 * slip in at the places it could (a header map, an options or config object). They are explicit on purpose:
 * pino's wildcard paths (`*.apiKey`) walk every logged object and cost more per line than writing the line
 * itself (measured), and a wildcard still only reaches a fixed depth. What makes a leak impossible is that
 * the only free-form things logged, errors and Yoga's own messages, go through the whitelisting serializers
 * below, which copy named fields and never an object's other properties (where request options would sit).
 */
const REDACT = [
  'authorization',
  'cookie',
  'apiKey',
  'token',
  'tokens',
  'operatorTokens',
  'headers.authorization',
  'headers.cookie',
  'options.apiKey',
  'options.headers.authorization',
  'options.headers.cookie',
  'config.apiKey',
  'config.operatorTokens',
  'config.upstream.apiKey',
  'upstream.apiKey',
];

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'gateway' },
      // Every line written while a request is served names it, wherever in the code the line comes from.
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: safeError, details: safeDetails },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? bufferedStdout(),
  );
}

/** Lines older than this are written out even when the buffer is not full. */
const STDOUT_FLUSH_MS = 200;

/**
 * stdout, written asynchronously in chunks of at least 4 KiB (or every 200 ms). A synchronous write per line sat
 * on every request's path: a syscall before Yoga sends the answer, ~12% of the CPU of an uncached look-up
 * (measured); one async write per line still cost a write per request. pino flushes what is buffered
 * synchronously when the process exits (process.exit included); only a hard kill loses the last 200 ms.
 */
function bufferedStdout(): DestinationStream {
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const timer = setInterval(() => {
    try {
      stdout.flush();
    } catch {
      clearInterval(timer); // the stream was closed (the process is exiting): nothing more to write
    }
  }, STDOUT_FLUSH_MS).unref();
  return stdout;
}

/** The fields of an error worth reading in a log; core's errors carry their kind, code and trace id. */
const ERROR_FIELDS = ['kind', 'code', 'status', 'upstreamCode', 'traceId', 'retryable'] as const;

/**
 * An error as a log wants it: type, message, stack and the named fields above, plus its cause. pino's own
 * serializer copies every enumerable property, and an error from an HTTP client can hold the request's options
 * (headers with the key) there.
 */
export function safeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'object' && error !== null ? '[object]' : error;
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    const value = fields[field];
    if (value !== undefined && (typeof value !== 'object' || value === null)) out[field] = value;
  }
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}

/** Yoga's extra log arguments: plain values and errors pass, other objects are named only by their kind. */
function safeDetails(details: unknown): unknown {
  if (!Array.isArray(details)) return safeError(details);
  return details.map((detail) => safeError(detail));
}
