import { MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN, parseMiniMaxEnv } from '@minimax-files/core';
import { isLoopbackHost } from '@minimax-files/http-rules';

/** Everything the gateway needs to run, read once from the environment by `readConfig`. */
export interface GatewayConfig {
  host: string;
  port: number;
  /** Accepted `Authorization: Bearer` tokens. Empty means auth is off (allowed on a loopback host only). */
  operatorTokens: string[];
  upstream: UpstreamConfig;
  /** How long a successful look-up is served from memory; never beyond the upstream link's expiry. */
  cacheTtlMs: number;
  cacheMaxEntries: number;
  /** How long a purpose's file list is served from memory (short: lists change as files are made). */
  listCacheTtlMs: number;
  /** How long after that a kept list is still answered while it is refreshed. */
  listStaleMs: number;
  /**
   * Replay the serialized answer of a repeated, authenticated `file(id)` look-up whose file is still in the
   * metadata cache, without running Yoga's pipeline (`GATEWAY_RESPONSE_CACHE`, on by default).
   */
  responseCache: boolean;
  /** Upstream metadata requests in flight at once, across all clients. */
  upstreamConcurrency: number;
  /** Downloads streaming at once (each holds an upstream transfer connection), across all clients. */
  downloadConcurrency: number;
  /** How long a look-up or download waits for an upstream slot before it is refused as busy. */
  queueTimeoutMs: number;
  /** A download whose client reads nothing for this long is cut, releasing its upstream connection (0: never). */
  downloadIdleTimeoutMs: number;
  /** `GATEWAY_DOCUMENTS=trusted-only`: run only documents from the trusted-documents manifest. */
  trustedOnly: boolean;
  /** `GATEWAY_TRUSTED_DOCUMENTS`: the manifest (id → document); default the admin's, in the repository. */
  trustedDocumentsFile?: string;
  /** Operations per batched GraphQL request (a JSON array body); 0 refuses batched requests. */
  batchLimit: number;
  maxBodyBytes: number;
  limits: QueryLimits;
  graphiql: boolean;
  introspection: boolean;
  /** Production hides error details and turns GraphiQL and introspection off unless asked. */
  production: boolean;
  logLevel: LogLevel;
  /** How long SIGTERM waits for in-flight requests (downloads included) before closing their sockets. */
  shutdownGraceMs: number;
  /** `DATABASE_URL` (PostgreSQL) or, unset, the embedded engine in `dataDir`. */
  database: { url?: string; dataDir: string };
  /** Audit events older than this are deleted in the background (`AUDIT_RETENTION_DAYS`). */
  auditRetentionDays: number;
  /** Audit events held in memory while the database is unreachable (`AUDIT_BUFFER_MAX`). */
  auditBufferMax: number;
  /** Admin sessions: absolute lifetime and idle timeout. */
  session: { maxAgeMs: number; idleMs: number };
  /** Failed authentications (sign-in and operator tokens) allowed per client address per window, then 429. */
  authThrottle: { maxFailures: number; windowSeconds: number };
  /**
   * `GATEWAY_AUTH_CACHE_MS`: how long a replica reuses a check of a created operator's token or a session (default
   * 1000). With Redis, revocations reach every replica at once over pub/sub; without it (or while Redis is away)
   * this is how long another replica may still accept a revoked token or a signed-out session.
   */
  authCacheMs: number;
  /** `REDIS_URL`: replicas share the metadata cache, the de-duplication of look-ups and the upstream budget. */
  redisUrl?: string;
  /** `MINIMAX_RPM`: upstream requests per window for the whole account (across replicas sharing Redis). */
  rpm?: number;
  /** `GATEWAY_RPM_WINDOW_SECONDS`: the budget's window, 60 (tests shorten it). */
  rpmWindowSeconds: number;
  /** How long SIGTERM keeps the listener open answering /readyz 503 even when idle (for load balancers). */
  drainDelayMs: number;
}

export interface UpstreamConfig {
  apiKey: string;
  baseURL?: string;
  timeoutMs?: number;
  maxRetries?: number;
  downloadHosts?: string[];
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Operator tokens shorter than this are refused at start-up (issue 10 item 4): guessable online. */
export const MIN_OPERATOR_TOKEN_LENGTH = 24;

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 4000,
  cacheTtlMs: 60_000,
  cacheMaxEntries: 10_000,
  listCacheTtlMs: 5_000,
  listStaleMs: 55_000,
  upstreamConcurrency: 8,
  // Core keeps this many transfer sockets per origin: more concurrent downloads would only queue inside it.
  downloadConcurrency: MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN,
  queueTimeoutMs: 3_000,
  downloadIdleTimeoutMs: 30_000,
  batchLimit: 5,
  maxBodyBytes: 64 * 1024,
  shutdownGraceMs: 10_000,
  dataDir: '.data',
  auditRetentionDays: 90,
  auditBufferMax: 100_000,
  sessionMaxAgeMinutes: 12 * 60,
  sessionIdleMinutes: 30,
  authMaxFailures: 5,
  authFailureWindowSeconds: 15 * 60,
  authCacheMs: 1_000,
  rpmWindowSeconds: 60,
  drainDelayMs: 0,
  limits: { maxDepth: 8, maxAliases: 15, maxTokens: 1000, maxDirectives: 10, maxCost: 5000 },
} as const;

/** Thrown by `readConfig` with every problem found, one per line, so a bad deployment is fixed in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid gateway configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): GatewayConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const production = env.NODE_ENV === 'production';

  const host = read.string('HOST') ?? DEFAULTS.host;
  const operatorTokens = read.list('GATEWAY_OPERATOR_TOKENS');
  if (operatorTokens.some((token) => /\s/.test(token))) {
    problems.push('GATEWAY_OPERATOR_TOKENS: tokens cannot contain whitespace');
  }
  // A short token can be guessed online; the lengths are reported, never the tokens.
  const short = operatorTokens.filter((token) => token.length < MIN_OPERATOR_TOKEN_LENGTH);
  if (short.length > 0) {
    problems.push(
      `GATEWAY_OPERATOR_TOKENS: every token needs at least ${MIN_OPERATOR_TOKEN_LENGTH} characters (${short.length} shorter: ${short.map((token) => token.length).join(', ')} characters); generate one with \`openssl rand -base64 24\``,
    );
  }
  // Off in production unless the operator asks: its page and assets are all the gateway's own (issue 10 item 9).
  const graphiql = read.boolean('GATEWAY_GRAPHIQL') ?? !production;
  if (operatorTokens.length === 0 && !isLoopbackHost(host)) {
    problems.push(
      `GATEWAY_OPERATOR_TOKENS is required when HOST (${host}) is not a loopback address: refusing to serve without auth`,
    );
  }
  // The MINIMAX_* variables are core's: one reader, one set of bounds, for core, the gateway and the CLI.
  const minimax = parseMiniMaxEnv(env);
  problems.push(...minimax.problems);
  const { apiKey, ...upstreamOptions } = minimax.options;
  if (!apiKey) problems.push('MINIMAX_API_KEY is required (the MiniMax API key, kept in this process only)');

  const databaseUrl = read.postgresUrl('DATABASE_URL');
  const trustedDocumentsFile = read.string('GATEWAY_TRUSTED_DOCUMENTS');
  const redisUrl = read.string('REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) {
    // The value is not echoed: it may carry a password.
    problems.push('REDIS_URL: expected a redis:// or rediss:// URL');
  }
  const rpm = read.integer('MINIMAX_RPM', { min: 1, max: 1_000_000 });

  const config: GatewayConfig = {
    host,
    port: read.integer('PORT', { min: 0, max: 65_535 }) ?? DEFAULTS.port,
    operatorTokens,
    upstream: { apiKey: apiKey ?? '', ...upstreamOptions },
    cacheTtlMs: read.integer('GATEWAY_CACHE_TTL_MS', { min: 0 }) ?? DEFAULTS.cacheTtlMs,
    cacheMaxEntries: read.integer('GATEWAY_CACHE_MAX_ENTRIES', { min: 1 }) ?? DEFAULTS.cacheMaxEntries,
    listCacheTtlMs: read.integer('GATEWAY_LIST_CACHE_TTL_MS', { min: 0 }) ?? DEFAULTS.listCacheTtlMs,
    listStaleMs: read.integer('GATEWAY_LIST_STALE_MS', { min: 0 }) ?? DEFAULTS.listStaleMs,
    responseCache: read.boolean('GATEWAY_RESPONSE_CACHE') ?? true,
    upstreamConcurrency:
      read.integer('GATEWAY_UPSTREAM_CONCURRENCY', { min: 1, max: 1000 }) ?? DEFAULTS.upstreamConcurrency,
    downloadConcurrency:
      read.integer('GATEWAY_DOWNLOAD_CONCURRENCY', { min: 1, max: MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN }) ??
      DEFAULTS.downloadConcurrency,
    queueTimeoutMs:
      read.integer('GATEWAY_QUEUE_TIMEOUT_MS', { min: 1, max: 60_000 }) ?? DEFAULTS.queueTimeoutMs,
    downloadIdleTimeoutMs:
      read.integer('GATEWAY_DOWNLOAD_IDLE_TIMEOUT_MS', { min: 0, max: 3_600_000 }) ??
      DEFAULTS.downloadIdleTimeoutMs,
    trustedOnly: (read.oneOf('GATEWAY_DOCUMENTS', ['any', 'trusted-only']) ?? 'any') === 'trusted-only',
    ...(trustedDocumentsFile !== undefined && { trustedDocumentsFile }),
    batchLimit: read.integer('GATEWAY_BATCH_LIMIT', { min: 0, max: 100 }) ?? DEFAULTS.batchLimit,
    maxBodyBytes: read.integer('GATEWAY_MAX_BODY_BYTES', { min: 1024 }) ?? DEFAULTS.maxBodyBytes,
    limits: {
      maxDepth: read.integer('GATEWAY_MAX_DEPTH', { min: 1 }) ?? DEFAULTS.limits.maxDepth,
      maxAliases: read.integer('GATEWAY_MAX_ALIASES', { min: 0 }) ?? DEFAULTS.limits.maxAliases,
      maxTokens: read.integer('GATEWAY_MAX_TOKENS', { min: 50 }) ?? DEFAULTS.limits.maxTokens,
      maxDirectives: read.integer('GATEWAY_MAX_DIRECTIVES', { min: 0 }) ?? DEFAULTS.limits.maxDirectives,
      maxCost: read.integer('GATEWAY_MAX_COST', { min: 1 }) ?? DEFAULTS.limits.maxCost,
    },
    graphiql,
    introspection: read.boolean('GATEWAY_INTROSPECTION') ?? !production,
    production,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS) ?? 'info',
    shutdownGraceMs: read.integer('GATEWAY_SHUTDOWN_GRACE_MS', { min: 0 }) ?? DEFAULTS.shutdownGraceMs,
    database: {
      ...(databaseUrl !== undefined && { url: databaseUrl }),
      dataDir: read.string('DATA_DIR') ?? DEFAULTS.dataDir,
    },
    auditRetentionDays: read.integer('AUDIT_RETENTION_DAYS', { min: 1 }) ?? DEFAULTS.auditRetentionDays,
    auditBufferMax: read.integer('AUDIT_BUFFER_MAX', { min: 1 }) ?? DEFAULTS.auditBufferMax,
    session: {
      maxAgeMs:
        60_000 *
        (read.integer('GATEWAY_SESSION_MAX_AGE_MINUTES', { min: 1 }) ?? DEFAULTS.sessionMaxAgeMinutes),
      idleMs:
        60_000 * (read.integer('GATEWAY_SESSION_IDLE_MINUTES', { min: 1 }) ?? DEFAULTS.sessionIdleMinutes),
    },
    authCacheMs: read.integer('GATEWAY_AUTH_CACHE_MS', { min: 0, max: 60_000 }) ?? DEFAULTS.authCacheMs,
    authThrottle: {
      maxFailures:
        read.integer('GATEWAY_AUTH_MAX_FAILURES', { min: 1, max: 1_000_000 }) ?? DEFAULTS.authMaxFailures,
      windowSeconds:
        read.integer('GATEWAY_AUTH_FAILURE_WINDOW_SECONDS', { min: 1, max: 86_400 }) ??
        DEFAULTS.authFailureWindowSeconds,
    },
    ...(redisUrl !== undefined && { redisUrl }),
    ...(rpm !== undefined && { rpm }),
    rpmWindowSeconds:
      read.integer('GATEWAY_RPM_WINDOW_SECONDS', { min: 1, max: 3600 }) ?? DEFAULTS.rpmWindowSeconds,
    drainDelayMs: read.integer('GATEWAY_DRAIN_DELAY_MS', { min: 0 }) ?? DEFAULTS.drainDelayMs,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Typed reads of environment variables; problems are collected, never thrown one at a time. */
class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  list(name: string): string[] {
    return (this.env[name] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }

  integer(name: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problems.push(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
      return undefined;
    }
    return value;
  }

  boolean(name: string): boolean | undefined {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return undefined;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name}: expected true or false, got "${raw}"`);
    return undefined;
  }

  url(name: string): string | undefined {
    return this.urlOf(name, ['http:', 'https:'], 'an http(s) URL');
  }

  postgresUrl(name: string): string | undefined {
    return this.urlOf(name, ['postgres:', 'postgresql:'], 'a postgres:// URL');
  }

  /** A URL with one of these schemes. The value is never echoed: a URL may carry credentials (a database password). */
  private urlOf(name: string, protocols: readonly string[], expected: string): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    try {
      if (protocols.includes(new URL(raw).protocol)) return raw;
    } catch {}
    this.problems.push(`${name}: expected ${expected}`);
    return undefined;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name}: expected one of ${allowed.join(', ')}, got "${raw}"`);
    return undefined;
  }
}
