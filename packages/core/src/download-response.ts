import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { createCheckedBody } from './checked-body.js';
import { classifyFailure } from './classify-failure.js';
import { errorForOutcome } from './facts/outcome-messages.js';
import type { Attempt } from './request.js';
import type { DownloadOptions, DownloadSource, MiniMaxDownload, MiniMaxFile } from './types.js';
import { contentLengthOf, type UpstreamResponse } from './upstream-response.js';

/** What every download request sends: the range, and identity encoding (a decompressed body could not be
 * checked against Content-Length). Never the key: callers add it for the base URL only. */
export function transferHeaders(range: DownloadOptions['range']): Record<string, string> {
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (range) headers.range = `bytes=${range.start}-${range.end ?? ''}`;
  return headers;
}

export function isTransferStatus(status: number, range: DownloadOptions['range']): status is 200 | 206 {
  return status === 200 || (status === 206 && range !== undefined);
}

export function isEncoded(response: UpstreamResponse): boolean {
  const encoding = response.header('content-encoding');
  return encoding !== undefined && encoding.toLowerCase() !== 'identity';
}

/** undici's body as it comes: a Node Readable, so that bytes never cross into web streams on the way. */
export function nodeBody(response: UpstreamResponse): Readable {
  return response.body;
}

/** The length a body must have: Content-Length when sent, else the range's or the file's size. */
function expectedLength(response: UpstreamResponse, file: MiniMaxFile): number | undefined {
  const declared = contentLengthOf(response);
  if (declared !== undefined) return declared;
  if (response.status === 206) return rangeLength(response.header('content-range'));
  return file.bytes > 0 ? file.bytes : undefined;
}

function rangeLength(contentRange: string | undefined): number | undefined {
  const match = contentRange === undefined ? null : /^bytes\s+([0-9]+)-([0-9]+)\//i.exec(contentRange);
  return match ? Number(match[2]) - Number(match[1]) + 1 : undefined;
}

/** Turns an accepted transfer answer into a MiniMaxDownload whose body is length-checked and timed. */
export function toDownload(
  response: UpstreamResponse,
  source: Readable,
  file: MiniMaxFile,
  origin: DownloadSource,
  attempt: Attempt,
  options: DownloadOptions,
): MiniMaxDownload {
  const { signal: attemptSignal, ctx } = attempt;
  const expectedBytes = expectedLength(response, file);
  // From here the timer is an idle timeout that runs only while we wait for the upstream: a large file may take
  // its time, and a consumer that reads slowly (a slow browser behind the gateway) is not a stalled upstream.
  attemptSignal.stopTimer();
  const body = createCheckedBody(source, {
    expectedBytes,
    onProgress: options.onProgress,
    onWaitStart: () => attemptSignal.restartTimer(),
    onWaitEnd: () => attemptSignal.stopTimer(),
    onSettled: () => attemptSignal.dispose(),
    mapReadError: (error) =>
      classifyFailure(error, attemptSignal, 'body', { ...ctx, detail: `the ${origin} body broke off` }),
    lengthError: (received, expected) =>
      errorForOutcome('downloadLengthMismatch', {
        ...ctx,
        detail:
          received > expected
            ? `longer than the announced ${expected} bytes`
            : `shorter than announced: ${received} of ${expected} bytes`,
      }),
  });
  const fields: DownloadFields = { file, status: response.status === 206 ? 206 : 200, source: origin };
  if (expectedBytes !== undefined) fields.contentLength = expectedBytes;
  const contentRange = response.header('content-range');
  if (contentRange !== undefined) fields.contentRange = contentRange;
  const contentType = response.header('content-type');
  if (contentType !== undefined) fields.contentType = contentType;
  return withSingleConsumerBody(fields, body);
}

type DownloadFields = Omit<MiniMaxDownload, 'body' | 'toNodeReadable'>;

/**
 * The body is read once, either as a web stream (`body`, made only when first asked for) or as the Node
 * Readable underneath (`toNodeReadable()`, no conversion at all); taking one makes the other throw, since two
 * readers would each see only part of the bytes.
 */
function withSingleConsumerBody(fields: DownloadFields, checked: Readable): MiniMaxDownload {
  let taken: 'web' | 'node' | undefined;
  let web: ReadableStream<Uint8Array> | undefined;
  return {
    ...fields,
    // A getter, not a value: the web stream (and its copy of every chunk) costs only those who read it.
    get body(): ReadableStream<Uint8Array> {
      if (web !== undefined) return web;
      if (taken === 'node')
        throw new TypeError('download body already taken with toNodeReadable(): read that stream instead');
      taken = 'web';
      web = Readable.toWeb(checked) as NodeWebReadableStream<Uint8Array> as ReadableStream<Uint8Array>;
      return web;
    },
    toNodeReadable(): Readable {
      if (taken !== undefined)
        throw new TypeError(
          taken === 'web'
            ? 'download body already taken as the web stream `body`: read that stream instead'
            : 'toNodeReadable() was already called: the body has one reader',
        );
      taken = 'node';
      return checked;
    },
  };
}
