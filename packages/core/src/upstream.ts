import { Agent, fetch, type Response } from 'undici';
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

  /** A fetch that never follows redirects on its own: every hop's host is ours to check. */
  send(url: string | URL, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    return fetch(url, { headers, signal, redirect: 'manual', dispatcher: this.dispatcher });
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

export function traceIdOf(response: Response): string | undefined {
  return response.headers.get('trace-id') ?? undefined;
}

export function retryAfterOf(response: Response): number | undefined {
  return parseRetryAfter(response.headers.get('retry-after'), response.headers.get('retry-after-ms'));
}

/** Answers larger than this are not MiniMax metadata; we do not buffer them. */
export const MAX_JSON_ANSWER_BYTES = 1024 * 1024;

/**
 * Reads and classifies a MiniMax JSON answer. Returns the raw `file` member when the answer is a file,
 * throws the classified MiniMaxFilesError otherwise.
 */
export async function readJsonAnswer(
  response: Response,
  ctx: OutcomeContext,
  attemptSignal: AttemptSignal,
): Promise<unknown> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const details = {
    ...ctx,
    httpStatus: response.status,
    traceId: traceIdOf(response),
    retryAfterSeconds: retryAfterOf(response),
  };
  if (declared > MAX_JSON_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => {});
    throw errorForOutcome('malformedBody', {
      ...details,
      detail: `a ${declared}-byte answer is not MiniMax JSON`,
    });
  }
  let text: string;
  try {
    text = await response.text();
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

function describeNonMiniMax(response: Response, text: string): string {
  const type = response.headers.get('content-type') ?? 'no content type';
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

/** undici says "fetch failed" and hides the useful part (ECONNREFUSED, "other side closed") in `cause`. */
function transportDetail(error: unknown): string | undefined {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' ? `${code} ${cause.message}`.trim() : cause.message;
}
