import { DEFAULT_DOWNLOAD_HOSTS, parseHostPatterns } from './download-hosts.js';
import { type Env, readMiniMaxEnv } from './env.js';
import { MiniMaxFilesConfigError } from './facts/errors.js';
import type { UpstreamEvent, UpstreamRequestEvent } from './upstream-event.js';

export const DEFAULT_BASE_URL = 'https://api.minimax.io';
/**
 * Per attempt. Retrieve is a small metadata lookup that normally answers in well under a second; 10 s rides out
 * a slow upstream while keeping the worst case of 3 attempts plus backoff near half a minute.
 */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Two retries absorb a transient blip or one rate-limit window without tripling load on a struggling upstream. */
export const DEFAULT_MAX_RETRIES = 2;
/** First backoff; doubled per retry, with up to 25 % jitter taken off so that many clients spread out. */
export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 4_000;
/**
 * The longest Retry-After we wait out. A longer one is surfaced at once as RateLimited (with
 * retryAfterSeconds) so that an interactive caller is not held for minutes.
 */
export const MAX_RETRY_AFTER_MS = 10_000;
/**
 * Keep-alive sockets per upstream origin for API calls (retrieve, list): enough for a busy gateway, far below
 * MiniMax's RPM limits.
 */
export const MAX_CONNECTIONS_PER_ORIGIN = 32;
/**
 * Sockets per origin for file transfers (signed links, retrieve_content), in a pool of their own: a download
 * holds its socket for as long as its reader takes, so downloads that stall must never leave a metadata call
 * without a connection (issue 10 item 2), nor the other way round.
 */
export const MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN = 32;

export interface RetryTiming {
  initialDelayMs?: number;
  maxDelayMs?: number;
  maxRetryAfterMs?: number;
}

export interface MiniMaxFilesOptions {
  /** env MINIMAX_API_KEY; required. */
  apiKey?: string;
  /** env MINIMAX_BASE_URL; default https://api.minimax.io (https://api.minimaxi.com in mainland China). */
  baseURL?: string;
  /** env MINIMAX_TIMEOUT_MS; per attempt, default 10000. */
  timeoutMs?: number;
  /** env MINIMAX_MAX_RETRIES; retries of a retryable failure, default 2. */
  maxRetries?: number;
  /** env MINIMAX_DOWNLOAD_HOSTS; host patterns like *.example.com a download_url may point at. */
  downloadHosts?: string[];
  /** Backoff tuning; the defaults are the constants above. */
  retryTiming?: RetryTiming;
  /** Called after every upstream attempt (metrics, logs). Never receives the API key. */
  onUpstreamResponse?: (event: UpstreamEvent) => void;
  /**
   * Where the MINIMAX_* fallbacks for the options left out come from: `process.env` by default (the contract's
   * env fallbacks), another record, or `false` for none (a service that read its configuration itself).
   */
  env?: Env | false;
  /**
   * Called before every attempt at an API path (retries included; not signed storage links). A
   * MiniMaxFilesError it throws refuses the attempt: nothing is sent, and the call ends with that error at once
   * (it is not retried). For an account-wide request budget.
   */
  beforeUpstreamRequest?: (request: UpstreamRequestEvent) => void | Promise<void>;
}

export interface ResolvedConfig {
  apiKey: string;
  baseURL: string;
  baseUrlParsed: URL;
  timeoutMs: number;
  maxRetries: number;
  downloadHosts: readonly string[];
  retryTiming: Required<RetryTiming>;
  onUpstreamResponse?: (event: UpstreamEvent) => void;
  beforeUpstreamRequest?: (request: UpstreamRequestEvent) => void | Promise<void>;
}

export function resolveConfig(
  options: MiniMaxFilesOptions = {},
  env: Env | false = options.env ?? process.env,
): ResolvedConfig {
  const fromEnv = env === false ? {} : readMiniMaxEnv(env);
  const apiKey = options.apiKey ?? fromEnv.apiKey;
  if (apiKey === undefined || apiKey.trim() === '') {
    throw new MiniMaxFilesConfigError(
      'MiniMaxFiles needs an API key: pass { apiKey } or set MINIMAX_API_KEY',
    );
  }
  const baseURL = (options.baseURL ?? fromEnv.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  let baseUrlParsed: URL;
  try {
    baseUrlParsed = new URL(baseURL);
  } catch {
    throw new MiniMaxFilesConfigError(`MINIMAX_BASE_URL is not a URL: ${JSON.stringify(baseURL)}`);
  }
  if (baseUrlParsed.protocol !== 'https:' && baseUrlParsed.protocol !== 'http:') {
    throw new MiniMaxFilesConfigError(`MINIMAX_BASE_URL must be http(s): ${JSON.stringify(baseURL)}`);
  }
  const timeoutMs = options.timeoutMs ?? fromEnv.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new MiniMaxFilesConfigError(
      `timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`,
    );
  }
  const maxRetries = options.maxRetries ?? fromEnv.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new MiniMaxFilesConfigError(`maxRetries must be a non-negative integer, got ${maxRetries}`);
  }
  const downloadHosts =
    options.downloadHosts?.flatMap((pattern) => parseHostPatterns(pattern)) ??
    fromEnv.downloadHosts ??
    DEFAULT_DOWNLOAD_HOSTS;
  return {
    apiKey,
    baseURL,
    baseUrlParsed,
    timeoutMs,
    maxRetries,
    downloadHosts,
    retryTiming: {
      initialDelayMs: options.retryTiming?.initialDelayMs ?? INITIAL_RETRY_DELAY_MS,
      maxDelayMs: options.retryTiming?.maxDelayMs ?? MAX_RETRY_DELAY_MS,
      maxRetryAfterMs: options.retryTiming?.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
    },
    onUpstreamResponse: options.onUpstreamResponse,
    beforeUpstreamRequest: options.beforeUpstreamRequest,
  };
}
