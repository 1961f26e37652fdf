import { Agent, type Dispatcher, request } from 'undici';
import type { AttemptSignal } from './attempt-signal.js';
import { MAX_CONNECTIONS_PER_ORIGIN, type ResolvedConfig } from './config.js';
import { MiniMaxFilesError } from './errors.js';
import { MalformedBody, parseEnvelope } from './parse-retrieve-response.js';
import { parseRetryAfter } from './retry.js';
import { errorForOutcome, type OutcomeContext } from './upstream-error.js';
import type { UpstreamEvent, UpstreamRoute } from './upstream-event.js';
import { outcomeForResponse } from './upstream-outcomes.js';

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

  /** The API key never leaves in text we did not write ourselves (a proxy may echo headers back). */
  redact = (text: string): string =>
    this.config.apiKey.length >= 4 ? text.split(this.config.apiKey).join('[redacted]') : text;

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
  async send(url: string | URL, headers: Record<string, string>, signal: AbortSignal): Promise<Answer> {
    const response = await request(url, { method: 'GET', headers, signal, dispatcher: this.dispatcher });
    return new Answer(response);
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

/** An upstream answer whose headers have arrived; the body is still on the wire. */
export class Answer {
  readonly status: number;
  readonly body: Dispatcher.ResponseData['body'];
  readonly #headers: Dispatcher.ResponseData['headers'];

  constructor(response: Dispatcher.ResponseData) {
    this.status = response.statusCode;
    this.body = response.body;
    this.#headers = response.headers;
  }

  header(name: string): string | undefined {
    const value = this.#headers[name];
    return Array.isArray(value) ? value[0] : value;
  }

  /** Drops the body but keeps the connection for the next request when it is small. */
  async discard(): Promise<void> {
    await this.body.dump({ limit: 64 * 1024 }).catch(() => {});
  }
}

export function traceIdOf(answer: Answer): string | undefined {
  return answer.header('trace-id');
}

export function retryAfterOf(answer: Answer): number | undefined {
  return parseRetryAfter(answer.header('retry-after') ?? null, answer.header('retry-after-ms') ?? null);
}

export function contentLengthOf(answer: Answer): number | undefined {
  const header = answer.header('content-length');
  return header !== undefined && /^[0-9]+$/.test(header) ? Number(header) : undefined;
}

/** Answers larger than this are not MiniMax metadata; we do not buffer them. */
export const MAX_JSON_ANSWER_BYTES = 1024 * 1024;

/**
 * Reads and classifies a MiniMax JSON answer. Returns the raw `file` member when the answer is a file,
 * throws the classified MiniMaxFilesError otherwise.
 */
export async function readJsonAnswer(
  response: Answer,
  ctx: OutcomeContext,
  attemptSignal: AttemptSignal,
): Promise<unknown> {
  const declared = contentLengthOf(response) ?? 0;
  const details = {
    ...ctx,
    httpStatus: response.status,
    traceId: traceIdOf(response),
    retryAfterSeconds: retryAfterOf(response),
  };
  if (declared > MAX_JSON_ANSWER_BYTES) {
    response.body.destroy();
    throw errorForOutcome('malformedBody', {
      ...details,
      detail: `a ${declared}-byte answer is not MiniMax JSON`,
    });
  }
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    throw failureOf(error, attemptSignal, 'body', { ...details, detail: undefined });
  }
  const envelope = parseEnvelope(text);
  const outcome = outcomeForResponse(response.status, envelope.baseResp, envelope.file !== undefined);
  if (outcome === 'file') return envelope.file;
  throw errorForOutcome(outcome, {
    ...details,
    upstreamCode: envelope.baseResp?.code,
    statusMsg: envelope.baseResp?.msg,
    detail: outcome === 'malformedBody' ? describeNonMiniMax(response, text) : undefined,
  });
}

function describeNonMiniMax(response: Answer, text: string): string {
  const type = response.header('content-type') ?? 'no content type';
  if (text.trim() === '') return `an empty body (${type})`;
  const hint = type.includes('json') ? '' : '; is the base URL right?';
  return `not a MiniMax JSON answer (${type})${hint}`;
}

/**
 * Maps whatever an attempt threw: the caller's abort stays the caller's reason, our timer becomes
 * UpstreamTimeout, a failure before the answer's headers is a connection failure, after them a truncated body.
 */
export function failureOf(
  error: unknown,
  attemptSignal: AttemptSignal,
  phase: 'connect' | 'body',
  ctx: OutcomeContext,
): unknown {
  if (attemptSignal.callerAborted) return attemptSignal.signal.reason;
  if (error instanceof MiniMaxFilesError) return error;
  if (attemptSignal.timedOut) return errorForOutcome('clientTimeout', ctx);
  if (error instanceof MalformedBody)
    return errorForOutcome('malformedBody', { ...ctx, detail: error.message });
  const detail = ctx.detail ?? transportDetail(error);
  return errorForOutcome(phase === 'connect' ? 'connectionFailure' : 'truncatedBody', {
    ...ctx,
    detail,
    cause: error,
  });
}

/** The useful part of a transport error: its code (ECONNREFUSED, UND_ERR_SOCKET) and message. */
function transportDetail(error: unknown): string | undefined {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' ? `${code} ${cause.message}`.trim() : cause.message;
}
