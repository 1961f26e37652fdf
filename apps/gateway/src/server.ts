import { createServer, type RequestListener, type Server } from 'node:http';
import { DEFAULT_BASE_URL, MiniMaxFiles } from '@minimax-files/core';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Kysely } from 'kysely';
import type { DestinationStream, Logger } from 'pino';
import { ANONYMOUS } from './audit/audit-event.js';
import { type AuditLog, createAuditLog } from './audit/audit-log.js';
import { startRetention } from './audit/retention.js';
import { createAuthenticator } from './auth/authenticator.js';
import { createFailedAuthThrottle } from './auth/failed-auth-throttle.js';
import { clientAddressOf } from './client-address.js';
import type { GatewayConfig } from './config.js';
import type { GatewayUserContext, ServerContext } from './context.js';
import { type GatewayDatabase, startDatabase } from './db/gateway-database.js';
import type { Database } from './db/tables.js';
import { createDrain } from './drain.js';
import { recordFastPathHit } from './fast-path/record-hit.js';
import { createResponseFastPath } from './fast-path/response-fast-path.js';
import { addTraceId, createLogger, requestScope } from './logger.js';
import { createFileLookups } from './lookups/file-lookups.js';
import { createListLookups } from './lookups/list-lookups.js';
import { createLookupCache } from './lookups/lookup-cache.js';
import { createRequestLookups } from './lookups/request-lookups.js';
import { createSemaphore } from './lookups/semaphore.js';
import { noteUpstreamAttempt } from './lookups/upstream-tally.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.js';
import { useDisableIntrospection } from './plugins/use-disable-introspection.js';
import { useDrain } from './plugins/use-drain.js';
import { useFileContent } from './plugins/use-file-content.js';
import { useGraphiQL } from './plugins/use-graphiql.js';
import { useHealth } from './plugins/use-health.js';
import { useLoopbackHost } from './plugins/use-loopback-host.js';
import { useMetrics } from './plugins/use-metrics.js';
import { useOperationSpans } from './plugins/use-operation-spans.js';
import { LOCAL_PRINCIPAL, useOperatorAuth } from './plugins/use-operator-auth.js';
import { useQueryLimits } from './plugins/use-query-limits.js';
import { useRequestBodyLimit } from './plugins/use-request-body-limit.js';
import { useRequestLogger } from './plugins/use-request-logger.js';
import { useSessions } from './plugins/use-sessions.js';
import { useTrustedDocuments } from './plugins/use-trusted-documents.js';
import { createGatewaySchema } from './schema/load-schema.js';
import { createSharedState } from './shared/shared-state.js';
import { inActiveContext, withHttpSpans } from './telemetry/http-span.js';
import { recordUpstreamSpan } from './telemetry/upstream-span.js';
import { loadTrustedDocuments } from './trusted-documents.js';
import { createUpstreamProbe } from './upstream-probe.js';

/** How long a stop waits for the hooks of requests it cut: they only have to notice and write their line. */
const CUT_REQUEST_SETTLE_MS = 1_000;

const GRAPHIQL_OPTIONS = {
  title: 'MiniMax Files gateway',
  defaultQuery:
    '{\n  file(id: "9223372036854775807") {\n    __typename\n    ... on File { id filename bytes }\n    ... on Error { message retryable }\n  }\n}\n',
};

export interface GatewayOptions {
  /** Where JSON log lines go (default stdout); tests pass a stream to read them. */
  logDestination?: DestinationStream;
  /** An open, migrated database to use instead of opening `config.database` (tests share one per suite). */
  database?: Kysely<Database>;
  /** Make OpenTelemetry spans (HTTP request, GraphQL operation, upstream attempt): the SDK was started. */
  tracing?: boolean;
  /**
   * Another audit log instead of the database's: the bench's "auditing off" baseline. Deliberately not a setting:
   * no deployment can switch its audit trail off.
   */
  auditLog?: AuditLog;
}

export interface Gateway {
  /** Not listening yet: call `server.listen(port, host)`. */
  server: Server;
  yoga: YogaServerInstance<ServerContext, GatewayUserContext>;
  metrics: GatewayMetrics;
  logger: Logger;
  database: GatewayDatabase;
  auditLog: AuditLog;
  /**
   * Drains: /readyz answers 503 while the listener stays open for in-flight work (and at least the drain delay),
   * then stops accepting, cuts what is still busy when the grace period ends, waits for the request lines of
   * what was cut, and closes.
   */
  close(): Promise<void>;
}

export function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Gateway {
  const logger = createLogger(config.logLevel, options.logDestination);
  const metrics = createMetrics();
  const database = startDatabase({ location: config.database, logger, open: options.database });
  const auditLog =
    options.auditLog ??
    createAuditLog({
      database: database.current,
      logger,
      maxBuffered: config.auditBufferMax,
      onDropped: () => metrics.auditDropped.inc(),
    });
  metrics.watchAuditBuffer(() => auditLog.pending(), config.auditBufferMax);
  const stopRetention = startRetention({
    database,
    retentionDays: config.auditRetentionDays,
    sessions: config.session,
    logger,
  });
  const shared = createSharedState(config, metrics, logger);
  const { budget } = shared;
  const authEnabled = config.operatorTokens.length > 0;
  const authenticator = createAuthenticator({
    bootstrapTokens: config.operatorTokens,
    database,
    sessions: config.session,
    cacheMs: config.authCacheMs,
    ...(shared.revocations && { feed: shared.revocations }),
  });
  const throttle = createFailedAuthThrottle({
    ...config.authThrottle,
    ...(shared.link && { link: shared.link }),
    // Once per address and window, not per refused request: a flood writes one line and one audit row.
    onBlocked({ clientAddress, failures, retryAfterSeconds }) {
      logger.warn({ clientAddress, failures, retryAfterSeconds }, 'authentication throttled');
      auditLog.record({
        action: 'ACCESS_DENIED',
        actor: ANONYMOUS,
        outcome: 'THROTTLED',
        clientAddress,
        detail: `${failures} failed authentications; refused for ${retryAfterSeconds} s`,
      });
    },
  });
  const drain = createDrain();

  const client = new MiniMaxFiles({
    ...config.upstream,
    ...(budget && { beforeUpstreamRequest: budget.take }),
    // readConfig has read the MINIMAX_* variables (with core's reader): nothing is filled in behind its back.
    env: false,
    onUpstreamResponse(event) {
      if (options.tracing) recordUpstreamSpan(event);
      noteUpstreamAttempt(event);
      const { route, attempt, durationMs, outcome, traceId } = event;
      // The account is over MiniMax's own limit: every replica holds off for as long as it asked.
      if (outcome === 'RateLimited') void budget?.pause(event.retryAfterSeconds);
      metrics.upstreamDuration.observe({ route, outcome }, durationMs / 1000);
      // Core calls back inside the request's async scope: the trace id goes on that request's one line.
      if (traceId) addTraceId(requestScope.getStore(), traceId);
      // A successful attempt is already told by the request line (its trace id, its duration): its own line is
      // debug. A failed attempt (retried or final) keeps an info line with its outcome and attempt number.
      const level = outcome === 'ok' ? 'debug' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        { upstream: route, attempt, durationMs: Math.round(durationMs), outcome, traceId },
        'upstream response',
      );
    },
  });
  // One cache for the file look-ups and the fast path: a replay is valid only while this cache holds its file.
  const cache = createLookupCache({ ttlMs: config.cacheTtlMs, maxEntries: config.cacheMaxEntries });
  const semaphore = createSemaphore(config.upstreamConcurrency, {
    queueTimeoutMs: config.queueTimeoutMs,
    onQueueTimeout: () => metrics.queueTimeouts.inc({ queue: 'lookups' }),
  });
  // Downloads have a budget of their own: a stalled transfer can never take a look-up's slot, nor the reverse.
  const downloadSlots = createSemaphore(config.downloadConcurrency, {
    queueTimeoutMs: config.queueTimeoutMs,
    onQueueTimeout: () => metrics.queueTimeouts.inc({ queue: 'downloads' }),
  });
  const fileLookups = createFileLookups({
    client,
    cache,
    semaphore,
    ...(shared.lookups && { shared: shared.lookups }),
    onCacheResult: (result) => metrics.cacheLookups.inc({ result }),
  });
  // Lists share the look-ups' concurrency bound and warm their cache.
  const fileLists = createListLookups({
    client,
    cache,
    semaphore,
    ttlMs: config.listCacheTtlMs,
    staleMs: config.listStaleMs,
  });
  // With the metadata cache off (TTL 0) nothing could ever be replayed: no fast path to pay for.
  const fastPath =
    config.responseCache && config.cacheTtlMs > 0
      ? createResponseFastPath({
          ...(authEnabled ? { authenticator } : { localPrincipal: LOCAL_PRINCIPAL }),
          cache,
          maxBodyBytes: config.maxBodyBytes,
          throttle,
          onHit: recordFastPathHit(metrics, logger, auditLog),
        })
      : undefined;
  const contextFor = ({ req }: Partial<ServerContext>, signal?: AbortSignal): GatewayUserContext => {
    const scope = requestScope.getStore();
    const principal = scope?.principal ?? LOCAL_PRINCIPAL;
    const auditFacts = {
      actor: principal.name,
      role: principal.role,
      clientAddress: clientAddressOf(req),
      requestId: scope?.requestId,
    };
    return {
      // Only the request look-ups are per request (its batching and de-duplication are); the rest is made once.
      // The request's signal aborts when its client goes away: look-ups nobody else waits for are dropped.
      lookups: createRequestLookups(fileLookups, { signal, caller: principal.name }),
      fileLists,
      ...(config.rpm !== undefined && {
        upstreamBudget: { requests: config.rpm, windowSeconds: config.rpmWindowSeconds },
      }),
      principal,
      auditFacts,
      auditLog,
      database,
      authenticator,
      audit: (event) => auditLog.record({ ...auditFacts, ...event }),
      recordOutcome(operation, outcome, fileId, upstream) {
        metrics.lookups.inc({ operation, outcome });
        const action = operation === 'filesByPurpose' ? 'LIST' : 'LOOKUP';
        // The gateway's own latency: from the request's arrival to this answer (a batch's look-ups share it).
        const servedMs = scope ? performance.now() - scope.startedAt : null;
        auditLog.record({ ...auditFacts, action, fileId, outcome, ...upstream, servedMs });
      },
    };
  };
  const isUpstreamReachable = createUpstreamProbe({ baseURL: config.upstream.baseURL ?? DEFAULT_BASE_URL });

  const schema = createGatewaySchema();
  const trustedDocuments = loadTrustedDocuments(schema, config);

  const yoga = createYoga<ServerContext, GatewayUserContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    cors: false,
    graphiql: false,
    maskedErrors: { isDev: !config.production },
    batching: config.batchLimit > 0 && { limit: config.batchLimit },
    // useRequestBodyLimit below, without the cost of Yoga's on every request.
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    context: ({ req, request }) => contextFor({ req }, request.signal),
    plugins: [
      useRequestLogger({ logger }),
      useDrain({ drain }),
      config.operatorTokens.length === 0 && useLoopbackHost(),
      fastPath?.plugin ?? false,
      useHealth({
        isReady: async () =>
          !drain.draining && database.current() !== undefined && (await isUpstreamReachable()),
      }),
      useOperatorAuth({
        authenticator,
        enabled: authEnabled,
        throttle,
        onThrottled: () => metrics.authThrottled.inc(),
      }),
      useSessions({ authenticator, database, auditLog, limits: config.session, throttle }),
      useCsrfPrevention(),
      config.graphiql && useGraphiQL({ options: GRAPHIQL_OPTIONS }),
      useMetrics({ metrics }),
      useFileContent({
        client,
        lookups: fileLookups,
        metrics,
        logger,
        auditLog,
        slots: downloadSlots,
        idleTimeoutMs: config.downloadIdleTimeoutMs,
      }),
      useTrustedDocuments({ documents: trustedDocuments, trustedOnly: config.trustedOnly }),
      options.tracing === true && useOperationSpans(),
      useQueryLimits(config.limits),
      !config.introspection && useDisableIntrospection(),
      // Last: after every request parser, so it wraps the one chosen.
      useRequestBodyLimit(config.maxBodyBytes),
    ],
  });

  // The fast path may hand a request to Yoga from its body's 'end' event: under tracing, in the request's context.
  const yogaListener: RequestListener = yoga;
  const handler: RequestListener = fastPath
    ? (req, res) => fastPath.handle(req, res, options.tracing ? inActiveContext(yogaListener) : yogaListener)
    : yogaListener;
  const server = createServer(options.tracing ? withHttpSpans(handler) : handler);

  return {
    server,
    yoga,
    metrics,
    logger,
    database,
    auditLog,
    async close() {
      drain.start();
      const graceEnds = Date.now() + config.shutdownGraceMs;
      if (server.listening) {
        // Still listening: a load balancer's /readyz probe sees 503 and takes this replica out, instead of a
        // refused connection it cannot tell from a crash.
        const drainDelay = Math.min(config.drainDelayMs, config.shutdownGraceMs);
        await new Promise((resolve) => setTimeout(resolve, drainDelay));
        await drain.idle(graceEnds);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Keep-alive sockets go as soon as they are idle; busy ones get the rest of the grace period, then are cut.
        const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), Math.max(0, graceEnds - Date.now()));
        server.closeIdleConnections();
        await closed;
        clearInterval(idleSweep);
        clearTimeout(deadline);
        // A request cut at the deadline still finishes its hooks: its line (status 499) is written before exit.
        await drain.idle(Date.now() + CUT_REQUEST_SETTLE_MS);
      }
      await yoga.dispose();
      stopRetention();
      // Every event of the requests just drained goes to the database before the process ends.
      await auditLog.drain(Date.now() + Math.max(config.shutdownGraceMs, 5_000));
      if (auditLog.pending() > 0) {
        logger.error({ pending: auditLog.pending() }, 'audit events not written before shutdown');
      }
      auditLog.close();
      await database.close();
      await shared.close();
    },
  };
}

/** Yoga's own messages (masked errors, mostly) through pino, so every line is JSON and redacted. */
function yogaLogger(logger: Logger) {
  const yoga = logger.child({ component: 'yoga' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) yoga[level]({ err: first }, first.message);
      else yoga[level](rest.length > 0 ? { details: rest } : {}, String(first));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
