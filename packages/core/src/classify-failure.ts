import type { AttemptSignal } from './attempt-signal.js';
import { MiniMaxFilesError } from './facts/errors.js';
import { errorForOutcome, type OutcomeContext } from './facts/outcome-messages.js';
import { MalformedBody } from './json-envelope.js';

/**
 * Maps whatever an attempt threw: the caller's abort stays the caller's reason, our timer becomes
 * UpstreamTimeout, a failure before the answer's headers is a connection failure, after them a truncated body.
 */
export function classifyFailure(
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
