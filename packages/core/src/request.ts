import { type AttemptSignal, createAttemptSignal } from './attempt-signal.js';
import { classifyFailure } from './classify-failure.js';
import { errorForOutcome, type OutcomeContext } from './facts/outcome-messages.js';
import { MalformedBody } from './json-envelope.js';
import { withRetries } from './retry.js';
import type { Upstream, UpstreamPool } from './upstream.js';
import type { UpstreamRoute } from './upstream-event.js';
import { retryAfterOf, traceIdOf, type UpstreamResponse } from './upstream-response.js';

/**
 * One upstream endpoint call, as an endpoint file describes it: where to send it, and how to read the answer
 * (its envelope reader). Everything else — retries, the per-attempt deadline, classifying failures through the
 * upstream-outcome table, reporting each attempt — is `request`'s.
 */
export interface EndpointCall<T> {
  route: UpstreamRoute;
  /** An API path under the base URL (`/v1/files/retrieve?file_id=42`): sent with the key. */
  path?: string;
  /** A signed storage link instead: sent without the key (the link is the credential), never retried. */
  link?: URL;
  /** The file the call is about, for error messages. */
  fileId?: string;
  headers?: Record<string, string>;
  /**
   * Reads the answer; throws a MiniMaxFilesError, a MalformedBody or whatever the transport threw, and
   * `request` classifies it.
   */
  read(response: UpstreamResponse, attempt: Attempt): Promise<T>;
  /**
   * The result keeps reading from the attempt (a download body): it disposes the attempt's signal itself, and
   * the request goes through the transfer pool, whose sockets may be held as long as a reader takes.
   */
  streams?: boolean;
}

/** What a reader may use of the attempt it runs in. */
export interface Attempt {
  readonly upstream: Upstream;
  readonly signal: AttemptSignal;
  /** Our outcome context: file id, base URL, the Trace-Id once an answer came. */
  readonly ctx: OutcomeContext;
  /** The context plus what this answer said in its headers (status, Trace-Id, Retry-After). */
  details(response: UpstreamResponse): OutcomeContext;
  /** Reads a body; a failure while reading is classified as a truncated body (or our timeout). */
  readBody<B>(read: () => Promise<B>): Promise<B>;
  /** Another request in the same attempt (a redirect hop): same deadline and signal. */
  send(url: URL | string, headers: Record<string, string>): Promise<UpstreamResponse>;
}

/** Runs an endpoint call with the client's retries; a caller abort rejects with the signal's reason. */
export function request<T>(
  upstream: Upstream,
  call: EndpointCall<T>,
  callerSignal?: AbortSignal,
): Promise<T> {
  const { maxRetries, retryTiming, beforeUpstreamRequest } = upstream.config;
  const policy = {
    maxRetries: call.link === undefined ? maxRetries : 0,
    timing: retryTiming,
    signal: callerSignal,
  };
  if (beforeUpstreamRequest === undefined || call.link !== undefined)
    return withRetries((attemptNumber) => runAttempt(upstream, call, attemptNumber, callerSignal), policy);
  return withRetries(async (attemptNumber) => {
    try {
      await beforeUpstreamRequest({ route: call.route, attempt: attemptNumber });
    } catch (error) {
      throw new RefusedAttempt(error);
    }
    return runAttempt(upstream, call, attemptNumber, callerSignal);
  }, policy).catch(unwrapRefusal);
}

/** Wraps the hook's refusal so that `withRetries` does not retry it (it retries MiniMaxFilesErrors only). */
class RefusedAttempt {
  constructor(readonly error: unknown) {}
}

function unwrapRefusal(error: unknown): never {
  throw error instanceof RefusedAttempt ? error.error : error;
}

async function runAttempt<T>(
  upstream: Upstream,
  call: EndpointCall<T>,
  attemptNumber: number,
  callerSignal: AbortSignal | undefined,
): Promise<T> {
  const startedAt = performance.now();
  const attempt = new RunningAttempt(
    upstream,
    createAttemptSignal(callerSignal, upstream.config.timeoutMs),
    call.fileId,
    call.streams === true ? 'transfer' : 'api',
  );
  let keepSignal = false;
  let responseStatus: number | undefined;
  try {
    const response = call.link
      ? await attempt.send(call.link, call.headers ?? {})
      : await attempt.send(`${upstream.config.baseURL}${call.path}`, upstream.apiHeaders(call.headers));
    responseStatus = response.status;
    const result = await call.read(response, attempt);
    upstream.report(call.route, attemptNumber, startedAt, 'ok', attempt.ctx.traceId);
    keepSignal = call.streams === true;
    return result;
  } catch (error) {
    const { signal, ctx } = attempt;
    const failure =
      error instanceof MalformedBody
        ? errorForOutcome('malformedBody', { ...ctx, httpStatus: responseStatus, detail: error.message })
        : classifyFailure(error, signal, attempt.phase, ctx);
    if (!signal.callerAborted) upstream.report(call.route, attemptNumber, startedAt, failure, ctx.traceId);
    throw failure;
  } finally {
    if (!keepSignal) attempt.signal.dispose();
  }
}

/** One attempt in flight: a class rather than closures, since every retrieve makes one. */
class RunningAttempt implements Attempt {
  readonly ctx: OutcomeContext;
  /** Before an answer's headers a failure is a connection failure, after them a truncated body. */
  phase: 'connect' | 'body' = 'connect';

  constructor(
    readonly upstream: Upstream,
    readonly signal: AttemptSignal,
    fileId: string | undefined,
    readonly pool: UpstreamPool,
  ) {
    this.ctx = upstream.context(fileId);
  }

  async send(url: URL | string, headers: Record<string, string>): Promise<UpstreamResponse> {
    this.phase = 'connect';
    const response = await this.upstream.send(url, headers, this.signal.signal, this.pool);
    this.phase = 'body';
    this.ctx.traceId ??= traceIdOf(response);
    return response;
  }

  details(response: UpstreamResponse): OutcomeContext {
    return {
      ...this.ctx,
      httpStatus: response.status,
      traceId: traceIdOf(response),
      retryAfterSeconds: retryAfterOf(response),
    };
  }

  async readBody<B>(read: () => Promise<B>): Promise<B> {
    try {
      return await read();
    } catch (error) {
      throw classifyFailure(error, this.signal, 'body', this.ctx);
    }
  }
}
