import { Readable } from 'node:stream';
import { type Answer, contentLengthOf, retryAfterOf, traceIdOf } from './answer.js';
import { failureOf } from './attempt-failure.js';
import { type AttemptSignal, createAttemptSignal } from './attempt-signal.js';
import { isEncoded, isTransferStatus, nodeBody, toDownload, transferHeaders } from './download-response.js';
import { followRedirects } from './follow-redirects.js';
import { parseEnvelope } from './parse-retrieve-response.js';
import { readJsonAnswer } from './read-json-answer.js';
import type { DownloadOptions, MiniMaxDownload, MiniMaxFile } from './types.js';
import type { Upstream } from './upstream.js';
import { errorForOutcome, type OutcomeContext } from './upstream-error.js';
import { outcomeForResponse } from './upstream-outcomes.js';

/** retrieve_content answers errors as small JSON with HTTP 200; anything larger is the file itself. */
const MAX_ERROR_PEEK_BYTES = 64 * 1024;

/** One attempt of GET /v1/files/retrieve_content with the key (the caller retries it). */
export async function openRetrieveContent(
  upstream: Upstream,
  file: MiniMaxFile,
  attempt: number,
  options: DownloadOptions,
): Promise<MiniMaxDownload> {
  const startedAt = performance.now();
  const attemptSignal = createAttemptSignal(options.signal, upstream.config.timeoutMs);
  const ctx = upstream.context(file.id);
  let traceId: string | undefined;
  try {
    const url = new URL(`${upstream.config.baseURL}/v1/files/retrieve_content?file_id=${file.id}`);
    const first = await upstream.send(
      url,
      upstream.apiHeaders(transferHeaders(options.range)),
      attemptSignal.signal,
    );
    traceId = traceIdOf(first);
    // Should MiniMax answer with a redirect to storage, the key stays behind: hops get the plain headers.
    const response = await followRedirects(
      upstream,
      first,
      url,
      transferHeaders(options.range),
      attemptSignal,
      ctx,
    );
    if (!isTransferStatus(response.status, options.range)) {
      await readJsonAnswer(response, ctx, attemptSignal);
      // a 2xx "file" answer is not bytes either
      throw errorForOutcome('malformedBody', { ...ctx, traceId, httpStatus: response.status });
    }
    if (isEncoded(response)) {
      await response.discard();
      throw errorForOutcome('malformedBody', {
        ...ctx,
        traceId,
        detail: 'a compressed body although we asked for identity',
      });
    }
    const body = await rejectJsonError(response, { ...ctx, traceId }, attemptSignal);
    upstream.report('retrieve_content', attempt, startedAt, 'ok', traceId);
    return toDownload(response, body, file, 'retrieve_content', attemptSignal, options, ctx);
  } catch (error) {
    attemptSignal.dispose();
    const failure = failureOf(error, attemptSignal, 'connect', { ...ctx, traceId });
    if (!attemptSignal.callerAborted)
      upstream.report('retrieve_content', attempt, startedAt, failure, traceId);
    throw failure;
  }
}

/**
 * MiniMax reports retrieve_content errors as HTTP 200 with a small base_resp JSON. Such an answer is read
 * and classified; anything else (including a JSON file) is handed back untouched.
 */
async function rejectJsonError(
  response: Answer,
  ctx: OutcomeContext,
  attemptSignal: AttemptSignal,
): Promise<Readable> {
  const type = response.header('content-type') ?? '';
  const length = contentLengthOf(response);
  if (!type.includes('json') || length === undefined || length > MAX_ERROR_PEEK_BYTES)
    return nodeBody(response);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.body.arrayBuffer());
  } catch (error) {
    throw failureOf(error, attemptSignal, 'body', ctx);
  }
  const envelope = parseEnvelope(new TextDecoder().decode(bytes));
  if (envelope.baseResp !== undefined && envelope.baseResp.code !== 0) {
    const outcome = outcomeForResponse(response.status, envelope.baseResp, false);
    throw errorForOutcome(outcome, {
      ...ctx,
      httpStatus: response.status,
      upstreamCode: envelope.baseResp.code,
      statusMsg: envelope.baseResp.msg,
      retryAfterSeconds: retryAfterOf(response),
    });
  }
  const body = new Readable({ read() {} });
  body.push(bytes);
  body.push(null);
  return body;
}
