import type { ErrorKind } from './facts/errors.js';

export type UpstreamRoute = 'retrieve' | 'list' | 'retrieve_content' | 'download_url';

/** One upstream attempt, for metrics and logs. */
export interface UpstreamEvent {
  route: UpstreamRoute;
  /** 0 for the first try, 1 for the first retry, ... */
  attempt: number;
  durationMs: number;
  outcome: 'ok' | ErrorKind;
  traceId?: string;
  /** A RateLimited answer's Retry-After, in seconds, when the upstream sent one. */
  retryAfterSeconds?: number;
}

/** An attempt about to be sent to an API path (`beforeUpstreamRequest`). */
export interface UpstreamRequestEvent {
  route: UpstreamRoute;
  /** 0 for the first try, 1 for the first retry, ... */
  attempt: number;
}
