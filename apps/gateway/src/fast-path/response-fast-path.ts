import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MiniMaxFile } from '@minimax-files/core';
import { isLoopbackHostHeader } from '@minimax-files/http-rules';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { type Authenticator, credentialOf } from '../auth/authenticator.js';
import type { FailedAuthThrottle } from '../auth/failed-auth-throttle.js';
import type { Principal } from '../auth/roles.js';
import { clientAddressOf } from '../client-address.js';
import type { ServerContext } from '../context.js';
import { requestScope } from '../logger.js';
import type { LookupCache } from '../lookups/lookup-cache.js';
import { requestIdFor } from '../plugins/use-request-logger.js';
import { isReplayableOperation, REPLAYABLE_ROOT_FIELDS } from './replayable-operations.js';

export interface ResponseFastPathOptions {
  /**
   * The auth plugin's authenticator: only a caller it knows without waiting (a bootstrap token, or a token or
   * session it checked within the last second) is answered here; anyone else goes through Yoga and its auth.
   * Undefined in the token-less loopback mode, where `localPrincipal` is every caller.
   */
  authenticator?: Pick<Authenticator, 'peek'>;
  localPrincipal?: Principal;
  /** While an address is throttled for failed authentication, its requests go to Yoga, which answers 429. */
  throttle?: Pick<FailedAuthThrottle, 'blocking' | 'retryAfterSeconds'>;
  /** The gateway's metadata cache: an answer is replayed only while it still holds the very same file. */
  cache: Pick<LookupCache, 'get'>;
  /** Bodies larger than this (or without a Content-Length) are left to Yoga, which enforces its own limit. */
  maxBodyBytes: number;
  endpoint?: string;
  /** Replayed answers kept, by total size of keys and bodies (default 16 MiB). */
  maxBytes?: number;
  /** Called for each replayed answer, so the wiring can count and log it as the Yoga plugins would have. */
  onHit?: (hit: FastPathHit) => void;
  /** Root fields whose answers may be replayed (see replayable-operations.ts); the default is `file` alone. */
  replayableFields?: ReadonlySet<string>;
}

export interface FastPathHit {
  /** Echoed as `x-request-id`, as the request logger does: the caller's when short and plain, else a new one. */
  requestId: string;
  /** The operation name the request logger recorded when Yoga answered this request first. */
  operation?: string;
  durationMs: number;
  /** Who asked, and for which file: a replayed look-up is audited like any other. */
  principal: Principal;
  fileId: string;
  req: IncomingMessage;
}

export interface ResponseFastPath {
  /**
   * The node request handler in front of Yoga: answers a request whose exact operation and variables were
   * answered before with a `File` still in the metadata cache, and hands every other request to `next` with
   * its body kept (`req.body`, which Yoga's node adapter reads instead of the consumed stream).
   */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    next: (req: IncomingMessage, res: ServerResponse) => void,
  ): void;
  /** Records Yoga's answers that may be replayed; register it with the other Yoga plugins. */
  plugin: Plugin<Record<string, unknown>, ServerContext>;
}

interface Replay {
  body: Buffer;
  contentType: string;
  fileId: string;
  /** The cache's own object when the answer was recorded: any refresh, expiry or eviction makes it a miss. */
  file: MiniMaxFile;
  operation?: string;
}

const JSON_MEDIA = /^application\/json\s*(;|$)/i;
const ANSWER_MEDIA = /^application\/(graphql-response\+)?json\s*(;|$)/i;

/**
 * An HTTP-level cache of serialized answers for the hot path: a repeated, authenticated `file(id)` look-up
 * whose metadata is cached is answered without running Yoga's pipeline (request and response objects, parse,
 * validate, execute, serialize). Correctness rests on three rules:
 * - the same auth check as `useOperatorAuth` runs first (a request that would get 401 always goes to Yoga);
 * - the key is the exact request body (operation text, variables, operation name) plus the Accept header, so a
 *   replay is byte-for-byte what Yoga answered for that key;
 * - only operations on the explicit allow-list of pure root fields (`REPLAYABLE_ROOT_FIELDS`: `file(id)`) are
 *   recorded, and only their answers that are a single `File`; each is replayed only while the metadata cache
 *   returns the identical object it was rendered from, so the cache's TTL, its link-expiry cut-off and its
 *   evictions apply unchanged; errors and failed look-ups are never recorded (the gateway never caches them).
 */
export function createResponseFastPath({
  authenticator,
  localPrincipal,
  throttle,
  cache,
  maxBodyBytes,
  endpoint = '/graphql',
  maxBytes = 16 * 1024 * 1024,
  onHit,
  replayableFields = REPLAYABLE_ROOT_FIELDS,
}: ResponseFastPathOptions): ResponseFastPath {
  const replays = new LRUCache<string, Replay>({
    maxSize: maxBytes,
    sizeCalculation: (replay, key) => key.length + replay.body.length + 1,
  });
  const keyOf = new WeakMap<IncomingMessage, string>();
  // Requests whose operation is on the allow-list: only their answers are ever looked at.
  const replayable = new WeakSet<IncomingMessage>();
  // The cached file a request's result was rendered from, found before serialization: any other answer (a failed
  // look-up, an error, `files`) is never cloned.
  const answeredFile = new WeakMap<IncomingMessage, MiniMaxFile>();

  /** The caller when the request may be answered here; undefined sends it to Yoga. */
  const eligible = (req: IncomingMessage): Principal | undefined => {
    if (req.method !== 'POST' || req.url !== endpoint) return undefined;
    const { headers } = req;
    if (!JSON_MEDIA.test(headers['content-type'] ?? '') || headers['content-encoding']) return undefined;
    const length = Number(headers['content-length']);
    if (!Number.isSafeInteger(length) || length <= 0 || length > maxBodyBytes) return undefined;
    // Without tokens the same rule as useLoopbackHost: a rebound name never gets a replay.
    if (!authenticator) return isLoopbackHostHeader(headers.host) ? localPrincipal : undefined;
    const credential = credentialOf(headers.authorization);
    // `blocking` first: while nobody is throttled, the caller's address is never even looked up.
    if (throttle?.blocking && throttle.retryAfterSeconds(clientAddressOf(req)) > 0) return undefined;
    return credential && authenticator.peek(credential);
  };

  const replayFor = (key: string): Replay | undefined => {
    const replay = replays.get(key);
    if (replay && cache.get(replay.fileId) === replay.file) return replay;
    if (replay) replays.delete(key);
    return undefined;
  };

  return {
    handle(req, res, next) {
      const principal = eligible(req);
      if (!principal) {
        next(req, res);
        return;
      }
      const startedAt = performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('error', () => res.destroy());
      req.once('end', () => {
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        // The role is part of the key: what a File shows depends on it (downloadUrl is null for a VIEWER).
        const key = `${principal.role}\n${req.headers.accept ?? ''}\n${body.toString('utf8')}`;
        const replay = replayFor(key);
        if (replay) {
          const incoming = req.headers['x-request-id'];
          const requestId = requestIdFor(typeof incoming === 'string' ? incoming : undefined);
          res.writeHead(200, {
            'content-type': replay.contentType,
            'content-length': replay.body.length,
            'x-request-id': requestId,
          });
          res.end(replay.body);
          onHit?.({
            requestId,
            operation: replay.operation,
            durationMs: performance.now() - startedAt,
            principal,
            fileId: replay.fileId,
            req,
          });
          return;
        }
        keyOf.set(req, key);
        (req as IncomingMessage & { body?: Buffer }).body = body;
        next(req, res);
      });
    },

    plugin: {
      onExecute({ args }) {
        const req = (args.contextValue as Partial<ServerContext>).req;
        if (
          req &&
          keyOf.has(req) &&
          isReplayableOperation(args.document, args.operationName, replayableFields)
        )
          replayable.add(req);
      },
      onResultProcess({ result, serverContext }) {
        const req = serverContext?.req;
        const file = req && replayable.has(req) ? singleCachedFile(result, cache) : undefined;
        if (req && file) answeredFile.set(req, file);
      },
      async onResponse({ response, serverContext }) {
        const req = serverContext?.req;
        const key = req && keyOf.get(req);
        const file = req && answeredFile.get(req);
        if (!key || !file || response.status !== 200) return;
        const contentType = response.headers.get('content-type') ?? '';
        if (!ANSWER_MEDIA.test(contentType)) return;
        const body = Buffer.from(await response.clone().arrayBuffer());
        const operation = requestScope.getStore()?.operation;
        replays.set(key, { body, contentType, fileId: file.id, file, operation });
      },
    },
  };
}

/**
 * The cached file an execution result (already serialized values, before the response is written) was rendered
 * from, when the result is exactly one root field holding a `File` with its `id`, without errors, and the metadata
 * cache holds that file with the same name, purpose and link expiry.
 */
function singleCachedFile(result: unknown, cache: Pick<LookupCache, 'get'>): MiniMaxFile | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) {
    return undefined;
  }
  const { data, errors } = result as { data?: Record<string, unknown> | null; errors?: unknown };
  if (errors !== undefined || !data || typeof data !== 'object') return undefined;
  const fields = Object.values(data);
  if (fields.length !== 1) return undefined;
  const value = fields[0] as Record<string, unknown> | null;
  if (!value || typeof value !== 'object' || value.__typename !== 'File' || typeof value.id !== 'string') {
    return undefined;
  }
  const file = cache.get(value.id);
  if (!file) return undefined;
  if ('filename' in value && value.filename !== file.filename) return undefined;
  if ('purpose' in value && value.purpose !== file.purpose) return undefined;
  if (
    'downloadUrlExpiresAt' in value &&
    value.downloadUrlExpiresAt !== (file.downloadUrlExpiresAt?.toISOString() ?? null)
  ) {
    return undefined;
  }
  return file;
}
