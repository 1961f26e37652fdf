import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackHostHeader } from '@minimax-files/http-rules';
import type { Plugin } from 'graphql-yoga';
import { type Authenticator, credentialOf } from '../auth/authenticator.js';
import type { FailedAuthThrottle } from '../auth/failed-auth-throttle.js';
import type { Principal } from '../auth/roles.js';
import { clientAddressOf } from '../client-address.js';
import type { ServerContext } from '../context.js';
import type { LookupCache } from '../lookups/lookup-cache.js';
import { requestIdFor } from '../plugins/use-request-logger.js';
import { REPLAYABLE_ROOT_FIELDS } from './replayable-operations.js';
import { createReplays } from './replays.js';
import { useReplayRecording } from './use-replay-recording.js';

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

const JSON_MEDIA = /^application\/json\s*(;|$)/i;

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
 *
 * Three files, one job each: this one is the node handler in front of Yoga (answer, or hand the request on),
 * `use-replay-recording.ts` the Yoga plugin that records the answers that may be replayed, and `replays.ts` what
 * the two share (the recorded answers and the keys of the requests handed on).
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
  const replays = createReplays(cache, maxBytes);

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
        const replay = replays.find(key);
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
        replays.handOver(req, key);
        (req as IncomingMessage & { body?: Buffer }).body = body;
        next(req, res);
      });
    },

    plugin: useReplayRecording(replays, cache, replayableFields),
  };
}
