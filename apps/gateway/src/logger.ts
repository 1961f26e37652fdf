import { AsyncLocalStorage } from 'node:async_hooks';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

/** The request being served, for log lines written far from it (an upstream response arriving in core). */
export interface RequestScope {
  requestId: string;
  /** performance.now() when the request arrived */
  startedAt: number;
  /** The GraphQL operation name, once the request is parsed (and when it is a plain name). */
  operation?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * Paths pino replaces with [redacted] wherever they appear. Nothing here logs headers or keys on purpose;
 * this catches what might slip in (an error object carrying request options, a header map).
 */
const REDACT = [
  'authorization',
  'apiKey',
  'token',
  'tokens',
  'operatorTokens',
  '*.authorization',
  '*.apiKey',
  '*.token',
  '*.tokens',
  '*.operatorTokens',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.*.apiKey',
  '*.*.headers.authorization',
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
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
