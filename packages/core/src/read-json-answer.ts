import { type Answer, contentLengthOf, retryAfterOf, traceIdOf } from './answer.js';
import { failureOf } from './attempt-failure.js';
import type { AttemptSignal } from './attempt-signal.js';
import { parseEnvelope } from './parse-retrieve-response.js';
import { errorForOutcome, type OutcomeContext } from './upstream-error.js';
import { outcomeForResponse } from './upstream-outcomes.js';

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
