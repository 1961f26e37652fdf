import { traceIdOf } from './answer.js';
import { failureOf } from './attempt-failure.js';
import { createAttemptSignal } from './attempt-signal.js';
import { MalformedBody, readFile } from './parse-retrieve-response.js';
import { readJsonAnswer } from './read-json-answer.js';
import { withRetries } from './retry.js';
import type { MiniMaxFile } from './types.js';
import type { Upstream } from './upstream.js';
import { errorForOutcome } from './upstream-error.js';

/** GET /v1/files/retrieve with retries; `fileId` is already canonical. */
export function retrieveFile(upstream: Upstream, fileId: string, signal?: AbortSignal): Promise<MiniMaxFile> {
  const { maxRetries, retryTiming } = upstream.config;
  return withRetries((attempt) => retrieveAttempt(upstream, fileId, attempt, signal), {
    maxRetries,
    timing: retryTiming,
    signal,
  });
}

async function retrieveAttempt(
  upstream: Upstream,
  fileId: string,
  attempt: number,
  callerSignal: AbortSignal | undefined,
): Promise<MiniMaxFile> {
  const startedAt = performance.now();
  const attemptSignal = createAttemptSignal(callerSignal, upstream.config.timeoutMs);
  const ctx = upstream.context(fileId);
  let traceId: string | undefined;
  let phase: 'connect' | 'body' = 'connect';
  try {
    const response = await upstream.send(
      `${upstream.config.baseURL}/v1/files/retrieve?file_id=${fileId}`,
      upstream.apiHeaders({ accept: 'application/json' }),
      attemptSignal.signal,
    );
    phase = 'body';
    traceId = traceIdOf(response);
    const rawFile = await readJsonAnswer(response, ctx, attemptSignal);
    const file = readFile(rawFile);
    if (file.id !== fileId) {
      // Something between us and MiniMax rounded the id through a double: never show another file's data.
      throw new MalformedBody(`the answer is for file ${file.id}, not ${fileId}`);
    }
    upstream.report('retrieve', attempt, startedAt, 'ok', traceId);
    return file;
  } catch (error) {
    const failure =
      error instanceof MalformedBody
        ? errorForOutcome('malformedBody', { ...ctx, traceId, httpStatus: 200, detail: error.message })
        : failureOf(error, attemptSignal, phase, { ...ctx, traceId });
    if (!attemptSignal.callerAborted) upstream.report('retrieve', attempt, startedAt, failure, traceId);
    throw failure;
  } finally {
    attemptSignal.dispose();
  }
}
