import { Readable } from 'node:stream';
import { isEncoded, isTransferStatus, nodeBody, toDownload, transferHeaders } from '../download-response.js';
import { errorForOutcome } from '../facts/outcome-messages.js';
import { outcomeForResponse } from '../facts/upstream-outcomes.js';
import { followRedirects } from '../follow-redirects.js';
import { FILE_ENVELOPE, parseEnvelope, readJsonAnswer } from '../json-envelope.js';
import { type Attempt, request } from '../request.js';
import type { DownloadOptions, MiniMaxDownload, MiniMaxFile } from '../types.js';
import type { Upstream } from '../upstream.js';
import { contentLengthOf, type UpstreamResponse } from '../upstream-response.js';

/** retrieve_content answers errors as small JSON with HTTP 200; anything larger is the file itself. */
const MAX_ERROR_PEEK_BYTES = 64 * 1024;

/** `GET /v1/files/retrieve_content?file_id=`: the file's bytes through the API, with the key. */
export function openContent(
  upstream: Upstream,
  file: MiniMaxFile,
  options: DownloadOptions,
): Promise<MiniMaxDownload> {
  const url = new URL(`${upstream.config.baseURL}/v1/files/retrieve_content?file_id=${file.id}`);
  return request(
    upstream,
    {
      route: 'retrieve_content',
      path: `${url.pathname}${url.search}`,
      fileId: file.id,
      headers: transferHeaders(options.range),
      streams: true,
      async read(first, attempt) {
        // Should MiniMax answer with a redirect to storage, the key stays behind: hops get the plain headers.
        const response = await followRedirects(attempt, first, url, transferHeaders(options.range));
        if (!isTransferStatus(response.status, options.range)) {
          await readJsonAnswer(response, attempt, FILE_ENVELOPE);
          // a 2xx "file" answer is not bytes either
          throw errorForOutcome('malformedBody', { ...attempt.ctx, httpStatus: response.status });
        }
        if (isEncoded(response)) {
          await response.discard();
          throw errorForOutcome('malformedBody', {
            ...attempt.ctx,
            detail: 'a compressed body although we asked for identity',
          });
        }
        const body = await rejectJsonError(response, attempt);
        return toDownload(response, body, file, 'retrieve_content', attempt, options);
      },
    },
    options.signal,
  );
}

/**
 * MiniMax reports retrieve_content errors as HTTP 200 with a small base_resp JSON. Such an answer is read
 * and classified; anything else (including a JSON file) is handed back untouched.
 */
async function rejectJsonError(response: UpstreamResponse, attempt: Attempt): Promise<Readable> {
  const type = response.header('content-type') ?? '';
  const length = contentLengthOf(response);
  if (!type.includes('json') || length === undefined || length > MAX_ERROR_PEEK_BYTES)
    return nodeBody(response);
  const bytes = new Uint8Array(await attempt.readBody(() => response.body.arrayBuffer()));
  const envelope = parseEnvelope(new TextDecoder().decode(bytes));
  if (envelope.baseResp !== undefined && envelope.baseResp.code !== 0) {
    throw errorForOutcome(outcomeForResponse(response.status, envelope.baseResp, false), {
      ...attempt.details(response),
      upstreamCode: envelope.baseResp.code,
      statusMsg: envelope.baseResp.msg,
    });
  }
  const body = new Readable({ read() {} });
  body.push(bytes);
  body.push(null);
  return body;
}
