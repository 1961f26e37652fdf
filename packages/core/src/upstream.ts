import { Agent, request } from 'undici';
import {
  MAX_CONNECTIONS_PER_ORIGIN,
  MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN,
  type ResolvedConfig,
} from './config.js';
import { MiniMaxFilesError } from './facts/errors.js';
import type { OutcomeContext } from './facts/outcome-messages.js';
import { redactKey } from './redact-key.js';
import type { UpstreamEvent, UpstreamRoute } from './upstream-event.js';
import { UpstreamResponse } from './upstream-response.js';

/**
 * How much of an answer's body undici buffers before it stops reading the socket. Above its 64 KiB default so
 * that a download is not paused and resumed for every socket read; small enough that nothing runs far ahead of
 * a slow reader.
 */
const BODY_HIGH_WATER_MARK = 256 * 1024;

/**
 * Which keep-alive pool a request uses: API calls that answer at once (retrieve, list), or file transfers whose
 * socket is held for as long as the reader takes. Two pools, so that neither can take the other's connections.
 */
export type UpstreamPool = 'api' | 'transfer';

/** What every request path shares: configuration, the keep-alive pools, redaction and the attempt hook. */
export class Upstream {
  readonly #pools: Record<UpstreamPool, Agent>;

  constructor(readonly config: ResolvedConfig) {
    const pool = (connections: number) =>
      new Agent({
        connections,
        connect: { timeout: config.timeoutMs },
        // Our own timers bound every wait for the upstream; undici's body timeout would also count the time a
        // slow consumer of a download leaves the socket paused.
        bodyTimeout: 0,
      });
    this.#pools = {
      api: pool(MAX_CONNECTIONS_PER_ORIGIN),
      transfer: pool(MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN),
    };
  }

  /** The API key, or a cut start of it, never leaves in text we did not write ourselves (a proxy may echo headers back). */
  redact = (text: string): string => redactKey(text, this.config.apiKey);

  context(fileId: string | undefined, extra: Partial<OutcomeContext> = {}): OutcomeContext {
    return {
      fileId,
      baseURL: this.config.baseURL,
      timeoutMs: this.config.timeoutMs,
      redact: this.redact,
      ...extra,
    };
  }

  /**
   * One GET over the keep-alive pool. undici's `request` rather than `fetch`: it skips the WHATWG layers
   * (about half of fetch's cost per call), never follows redirects on its own (every hop's host is ours to
   * check) and never decompresses (so Content-Length is the length we receive).
   *
   * The signal bounds the wait for a free connection too: undici looks at a request's signal only once the
   * request has a socket, so a request queued behind a full pool would outwait any deadline (it waited 150 s
   * behind stalled downloads). Racing it here rejects at the deadline; undici then drops the queued request
   * when it reaches a socket, before sending anything.
   */
  async send(
    url: string | URL,
    headers: Record<string, string>,
    signal: AbortSignal,
    pool: UpstreamPool = 'api',
  ): Promise<UpstreamResponse> {
    signal.throwIfAborted();
    const pending = request(url, {
      method: 'GET',
      headers,
      signal,
      dispatcher: this.#pools[pool],
      highWaterMark: BODY_HIGH_WATER_MARK,
    });
    const response = await untilAborted(pending, signal);
    return new UpstreamResponse(response);
  }

  apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.config.apiKey}`, ...extra };
  }

  report(route: UpstreamRoute, attempt: number, startedAt: number, outcome: unknown, traceId?: string): void {
    const hook = this.config.onUpstreamResponse;
    if (hook === undefined) return;
    const event: UpstreamEvent = {
      route,
      attempt,
      durationMs: performance.now() - startedAt,
      outcome:
        outcome === 'ok' ? 'ok' : outcome instanceof MiniMaxFilesError ? outcome.kind : 'UpstreamError',
    };
    if (traceId !== undefined) event.traceId = traceId;
    if (outcome instanceof MiniMaxFilesError && outcome.retryAfterSeconds !== undefined)
      event.retryAfterSeconds = outcome.retryAfterSeconds;
    try {
      hook(event);
    } catch {
      // a metrics hook must not break a request
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.#pools.api.close(), this.#pools.transfer.close()]);
  }
}

/** The request's answer, or the signal's reason as soon as it fires, whichever comes first. */
function untilAborted<T extends { body: { destroy(): unknown } }>(
  pending: Promise<T>,
  signal: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      // Should the answer still come, nobody reads it: its socket goes back (or away) at once.
      pending.then(
        (late) => late.body.destroy(),
        () => {},
      );
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
