import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { type AttemptSignal, createAttemptSignal } from './attempt-signal.js';
import { createCheckedBody } from './checked-body.js';
import { isAllowedDownloadUrl } from './download-hosts.js';
import { parseEnvelope } from './parse-retrieve-response.js';
import { withRetries } from './retry.js';
import type { DownloadOptions, DownloadSource, MiniMaxDownload, MiniMaxFile } from './types.js';
import {
  type Answer,
  contentLengthOf,
  failureOf,
  readJsonAnswer,
  retryAfterOf,
  traceIdOf,
  type Upstream,
} from './upstream.js';
import { errorForOutcome, type OutcomeContext } from './upstream-error.js';
import { outcomeForResponse } from './upstream-outcomes.js';

/** Storage hosts rarely redirect; a few hops cover a CDN edge without letting a loop run. */
const MAX_REDIRECTS = 3;
/** retrieve_content answers errors as small JSON with HTTP 200; anything larger is the file itself. */
const MAX_ERROR_PEEK_BYTES = 64 * 1024;

interface LinkCandidate {
  source: Exclude<DownloadSource, 'retrieve_content'>;
  url: URL;
}

/**
 * Streams a file's bytes: from its signed download_url (no Authorization header), then its
 * backup_download_url, then GET /v1/files/retrieve_content with the key. Links on hosts outside the
 * allowlist are never contacted.
 */
export async function downloadFile(
  upstream: Upstream,
  file: MiniMaxFile,
  options: DownloadOptions,
): Promise<MiniMaxDownload> {
  for (const candidate of linkCandidates(upstream, file)) {
    try {
      return await openLink(upstream, file, candidate, options);
    } catch {
      if (options.signal?.aborted) throw options.signal.reason;
      // a dead or expired link: the next source may still work
    }
  }
  const { maxRetries, retryTiming } = upstream.config;
  return withRetries((attempt) => openRetrieveContent(upstream, file, attempt, options), {
    maxRetries,
    timing: retryTiming,
    signal: options.signal,
  });
}

function linkCandidates(upstream: Upstream, file: MiniMaxFile): LinkCandidate[] {
  const expired =
    file.downloadUrlExpiresAt !== undefined && file.downloadUrlExpiresAt.getTime() <= Date.now();
  const links: [LinkCandidate['source'], string | undefined][] = [
    ['download_url', expired ? undefined : file.downloadUrl],
    ['backup_download_url', file.backupDownloadUrl],
  ];
  const candidates: LinkCandidate[] = [];
  for (const [source, link] of links) {
    const url = link === undefined ? undefined : parseUrl(link);
    if (url && isAllowedDownloadUrl(url, upstream.config.baseUrlParsed, upstream.config.downloadHosts)) {
      candidates.push({ source, url });
    }
  }
  return candidates;
}

function parseUrl(link: string, base?: URL): URL | undefined {
  try {
    return new URL(link, base);
  } catch {
    return undefined;
  }
}

/**
 * Follows 3xx answers to allowed hosts only (at most MAX_REDIRECTS), with `headers` (never the key).
 * Returns the first non-redirect answer.
 */
async function followRedirects(
  upstream: Upstream,
  first: Answer,
  from: URL,
  headers: Record<string, string>,
  attemptSignal: AttemptSignal,
  ctx: OutcomeContext,
): Promise<Answer> {
  let response = first;
  let url = from;
  for (let hop = 0; ; hop++) {
    const location = response.header('location');
    if (response.status < 300 || response.status >= 400 || location === undefined) return response;
    await response.discard();
    const next = parseUrl(location, url);
    const { baseUrlParsed, downloadHosts } = upstream.config;
    if (
      hop >= MAX_REDIRECTS ||
      next === undefined ||
      !isAllowedDownloadUrl(next, baseUrlParsed, downloadHosts)
    ) {
      throw errorForOutcome('downloadHostRefused', {
        ...ctx,
        detail: `a redirect to ${next?.host ?? location}`,
      });
    }
    url = next;
    response = await upstream.send(url, headers, attemptSignal.signal);
  }
}

function transferHeaders(range: DownloadOptions['range']): Record<string, string> {
  // identity: a decompressed body could not be checked against Content-Length
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (range) headers.range = `bytes=${range.start}-${range.end ?? ''}`;
  return headers;
}

async function openLink(
  upstream: Upstream,
  file: MiniMaxFile,
  candidate: LinkCandidate,
  options: DownloadOptions,
): Promise<MiniMaxDownload> {
  const startedAt = performance.now();
  const attemptSignal = createAttemptSignal(options.signal, upstream.config.timeoutMs);
  const ctx = upstream.context(file.id);
  try {
    // No Authorization: the signed link is the credential, and the key belongs to the base URL only.
    const headers = transferHeaders(options.range);
    const first = await upstream.send(candidate.url, headers, attemptSignal.signal);
    const response = await followRedirects(upstream, first, candidate.url, headers, attemptSignal, ctx);
    if (!isTransferStatus(response.status, options.range) || isEncoded(response)) {
      await response.discard();
      throw errorForOutcome('downloadLinkFailed', {
        ...ctx,
        httpStatus: response.status,
        detail: isEncoded(response) ? 'it sent a compressed body although we asked for identity' : undefined,
      });
    }
    upstream.report('download_url', 0, startedAt, 'ok', traceIdOf(response));
    return toDownload(response, webBody(response), file, candidate.source, attemptSignal, options, ctx);
  } catch (error) {
    attemptSignal.dispose();
    const failure = failureOf(error, attemptSignal, 'connect', ctx);
    if (!attemptSignal.callerAborted) upstream.report('download_url', 0, startedAt, failure);
    throw failure;
  }
}

async function openRetrieveContent(
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
): Promise<ReadableStream<Uint8Array>> {
  const type = response.header('content-type') ?? '';
  const length = contentLengthOf(response);
  if (!type.includes('json') || length === undefined || length > MAX_ERROR_PEEK_BYTES)
    return webBody(response);
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
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function webBody(response: Answer): ReadableStream<Uint8Array> {
  return Readable.toWeb(response.body) as NodeReadableStream<Uint8Array> as ReadableStream<Uint8Array>;
}

function isEncoded(response: Answer): boolean {
  const encoding = response.header('content-encoding');
  return encoding !== undefined && encoding.toLowerCase() !== 'identity';
}

function isTransferStatus(status: number, range: DownloadOptions['range']): status is 200 | 206 {
  return status === 200 || (status === 206 && range !== undefined);
}

/** The length a body must have: Content-Length when the bytes arrive as sent, else the file's size. */
function expectedLength(response: Answer, file: MiniMaxFile): number | undefined {
  const declared = contentLengthOf(response);
  if (declared !== undefined) return declared;
  if (response.status === 206) return rangeLength(response.header('content-range'));
  return file.bytes > 0 ? file.bytes : undefined;
}

function rangeLength(contentRange: string | undefined): number | undefined {
  const match = contentRange === undefined ? null : /^bytes\s+([0-9]+)-([0-9]+)\//i.exec(contentRange);
  return match ? Number(match[2]) - Number(match[1]) + 1 : undefined;
}

function toDownload(
  response: Answer,
  source: ReadableStream<Uint8Array>,
  file: MiniMaxFile,
  origin: DownloadSource,
  attemptSignal: AttemptSignal,
  options: DownloadOptions,
  ctx: OutcomeContext,
): MiniMaxDownload {
  const expectedBytes = expectedLength(response, file);
  // From here the timer is an idle timeout that runs only while we wait for the upstream: a large file may take
  // its time, and a consumer that reads slowly (a slow browser behind the gateway) is not a stalled upstream.
  attemptSignal.stopTimer();
  const body = createCheckedBody(source, {
    expectedBytes,
    onProgress: options.onProgress,
    onReadStart: () => attemptSignal.restartTimer(),
    onReadEnd: () => attemptSignal.stopTimer(),
    onSettled: () => attemptSignal.dispose(),
    mapReadError: (error) =>
      failureOf(error, attemptSignal, 'body', { ...ctx, detail: `the ${origin} body broke off` }),
    lengthError: (received, expected) =>
      errorForOutcome('downloadLengthMismatch', {
        ...ctx,
        detail:
          received > expected
            ? `longer than the announced ${expected} bytes`
            : `shorter than announced: ${received} of ${expected} bytes`,
      }),
  });
  const download: MiniMaxDownload = {
    file,
    body,
    status: response.status === 206 ? 206 : 200,
    source: origin,
  };
  if (expectedBytes !== undefined) download.contentLength = expectedBytes;
  const contentRange = response.header('content-range');
  if (contentRange !== undefined) download.contentRange = contentRange;
  const contentType = response.header('content-type');
  if (contentType !== undefined) download.contentType = contentType;
  return download;
}
