import { Agent, request } from 'undici';
import { MAX_CONNECTIONS_PER_ORIGIN, type ResolvedConfig } from './config.js';
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

/** What every request path shares: configuration, the keep-alive pool, redaction and the attempt hook. */
export class Upstream {
  readonly dispatcher: Agent;

  constructor(readonly config: ResolvedConfig) {
    this.dispatcher = new Agent({
      connections: MAX_CONNECTIONS_PER_ORIGIN,
      connect: { timeout: config.timeoutMs },
      // Our own timers bound every wait for the upstream; undici's body timeout would also count the time a
      // slow consumer of a download leaves the socket paused.
      bodyTimeout: 0,
    });
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
   */
  async send(
    url: string | URL,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<UpstreamResponse> {
    const response = await request(url, {
      method: 'GET',
      headers,
      signal,
      dispatcher: this.dispatcher,
      highWaterMark: BODY_HIGH_WATER_MARK,
    });
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

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
