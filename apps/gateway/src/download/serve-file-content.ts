import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { type MiniMaxFile, type MiniMaxFiles, MiniMaxFilesError, parseFileId } from '@minimax-files/core';
import { type ByteRange, contentTypeFor, FALLBACK_CONTENT_TYPE, parseRange } from '@minimax-files/http-rules';
import type { Logger } from 'pino';
import { AuditUnavailableError } from '../audit/audit-log.js';
import { requestScope } from '../logger.js';
import { type FileLookups, isFailedLookup, upstreamReportOfLookup } from '../lookups/file-lookups.js';
import { QueueTimeoutError, type Semaphore } from '../lookups/semaphore.js';
import { addFacts, tallyInto, type UpstreamFacts, type UpstreamReport } from '../lookups/upstream-tally.js';
import type { GatewayMetrics } from '../metrics.js';
import { contentDisposition } from './content-disposition.js';
import { errorResponse } from './error-response.js';
import { cutWhenReaderStalls } from './stalled-reader.js';

/** The status logs and metrics record when the client left before the body was complete (as nginx does). */
const CLIENT_CLOSED = 499;

export interface FileContentDeps {
  client: Pick<MiniMaxFiles, 'download'>;
  lookups: FileLookups;
  metrics: GatewayMetrics;
  logger: Logger;
  /**
   * The download budget: transfers streaming at once (each holds an upstream connection), served fairly per
   * caller, with a deadline on the wait for a slot (then 503).
   */
  slots: Semaphore;
  /** A client that takes no bytes for this long is cut and its upstream connection released (0: never). */
  idleTimeoutMs: number;
  /** The audit trail of this request's download; none in the route's own unit tests. */
  audit?: DownloadAudit;
  /** Whose download this is: the budget's queue is fair between callers. */
  caller?: string;
}

/** What a busy gateway suggests as Retry-After: slots free as transfers end, usually within seconds. */
const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * How a download is audited: refusals are recorded as they happen; a download's row is written by `start` before
 * its first byte (throwing AuditUnavailableError refuses it with 503) and completed by `finish`. Each carries the
 * upstream requests the download made so far (its metadata look-up when the cache did not answer, then the
 * transfer's API requests), so the usage query counts them against the budget.
 */
export interface DownloadAudit {
  refused(fileId: string | undefined, outcome: string, upstream?: UpstreamReport): void;
  start(fileId: string, upstream?: UpstreamReport): Promise<string>;
  finish(
    eventId: string,
    outcome: 'complete' | 'aborted' | string,
    bytes: number,
    upstream?: UpstreamReport,
  ): void;
}

/**
 * GET (and HEAD) /files/{id}/content, written straight to the node response: metadata through the shared
 * FileLookups (cached, de-duplicated), then core's `download` with that metadata, piped with backpressure.
 * A client that goes away aborts the upstream transfer; an upstream failure mid-body destroys the response,
 * so the client sees a broken transfer rather than a short file. Resolves with the status sent.
 */
export async function serveFileContent(
  rawId: string,
  req: IncomingMessage,
  res: ServerResponse,
  deps: FileContentDeps,
): Promise<number> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return 405;
  }
  let id: string;
  try {
    id = parseFileId(rawId);
  } catch (error) {
    if (error instanceof MiniMaxFilesError) {
      if (req.method === 'GET') deps.audit?.refused(undefined, error.kind);
      return sendError(res, error);
    }
    throw error;
  }

  const found = await deps.lookups.lookup(id);
  // Taken here whatever follows, so the facts are reported by this download's row or by none (HEAD is not audited).
  const metadata = upstreamReportOfLookup(found);
  if (isFailedLookup(found)) {
    if (req.method === 'GET') deps.audit?.refused(id, found.error.kind, metadata);
    return sendError(res, found.error);
  }
  const file = found;
  const size = file.bytes > 0 ? file.bytes : undefined;

  // The name's type is the one File.contentType shows; the storage's own only when the name says nothing.
  const typeFromName = contentTypeFor(file.filename);
  const baseHeaders = {
    'content-type': typeFromName === FALLBACK_CONTENT_TYPE ? undefined : typeFromName,
    'content-disposition': contentDisposition(file.filename),
    'accept-ranges': 'bytes',
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    // The bytes are someone's upload: opened directly, they must never run as a page of this origin.
    'content-security-policy': "default-src 'none'; sandbox",
    'x-request-id': requestScope.getStore()?.requestId,
  };

  if (req.method === 'HEAD') {
    res.writeHead(
      200,
      compact({
        ...baseHeaders,
        'content-type': baseHeaders['content-type'] ?? FALLBACK_CONTENT_TYPE,
        'content-length': size?.toString(),
      }),
    );
    res.end();
    return 200;
  }

  const range = parseRange(req.headers.range, size);
  if (range.kind === 'unsatisfiable') {
    res
      .writeHead(416, compact({ 'content-range': size === undefined ? undefined : `bytes */${size}` }))
      .end();
    return 416;
  }
  const partial = range.kind === 'range' ? range.range : undefined;
  return streamDownload(file, partial, res, baseHeaders, { ...deps, metadata: metadata.upstream });
}

/** The route's dependencies and what the metadata look-up cost upstream (undefined: the cache answered). */
type TransferDeps = FileContentDeps & { metadata: UpstreamFacts | undefined };

async function streamDownload(
  file: MiniMaxFile,
  range: ByteRange | undefined,
  res: ServerResponse,
  baseHeaders: Record<string, string | undefined>,
  deps: TransferDeps,
): Promise<number> {
  // Gone during the metadata look-up: nothing to send, so nothing to download; an upstream look-up is still told.
  if (res.destroyed) {
    if (deps.metadata) deps.audit?.refused(file.id, 'aborted', { upstream: deps.metadata });
    return CLIENT_CLOSED;
  }
  // The response closing before it finished means the client went away: stop the upstream transfer (or leave
  // the queue for a slot).
  const abort = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) abort.abort(new Error('client disconnected'));
  };
  res.once('close', onClose);
  try {
    return await deps.slots.run(() => transfer(file, range, res, baseHeaders, abort.signal, deps), {
      key: deps.caller,
      signal: abort.signal,
    });
  } catch (error) {
    if (abort.signal.aborted) return CLIENT_CLOSED;
    if (!(error instanceof QueueTimeoutError)) throw error;
    deps.audit?.refused(file.id, 'GatewayBusy', { upstream: deps.metadata });
    return sendBusy(res, error);
  } finally {
    res.off('close', onClose);
  }
}

/** One download holding a slot: audited, streamed with backpressure, cut when the client stops reading. */
async function transfer(
  file: MiniMaxFile,
  range: ByteRange | undefined,
  res: ServerResponse,
  baseHeaders: Record<string, string | undefined>,
  signal: AbortSignal,
  deps: TransferDeps,
): Promise<number> {
  let eventId: string | undefined;
  try {
    eventId = await deps.audit?.start(file.id, { upstream: deps.metadata });
  } catch (error) {
    if (!(error instanceof AuditUnavailableError)) throw error;
    res
      .writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' })
      .end(JSON.stringify({ error: { kind: 'AuditUnavailable', message: error.message, retryable: true } }));
    return 503;
  }
  let sent = 0;
  let outcome = 'aborted';
  // The transfer's own API requests (a retrieve_content, a retrieve for an expired link; storage links are not).
  const transferFacts: UpstreamFacts = { requests: 0, ms: 0 };
  let upstreamCode: number | null = null;
  const finish = () => {
    if (eventId === undefined) return;
    const upstream = addFacts(deps.metadata, transferFacts);
    deps.audit?.finish(eventId, outcome, sent, {
      ...(upstream.requests > 0 && { upstream }),
      upstreamCode,
    });
  };
  let stalled = false;
  let stopWatching = () => {};

  deps.metrics.downloadsInFlight.inc();
  try {
    let download: Awaited<ReturnType<FileContentDeps['client']['download']>>;
    try {
      download = await tallyInto(transferFacts, () =>
        deps.client.download(file.id, { file, signal, ...(range !== undefined && { range }) }),
      );
    } catch (error) {
      if (error instanceof MiniMaxFilesError) upstreamCode = error.upstreamCode ?? null;
      // A size we did not know (bytes: 0, empty or unknown): the storage itself found the range past the end.
      if (error instanceof MiniMaxFilesError && range !== undefined && error.httpStatus === 416) {
        res.writeHead(416, compact({ 'x-request-id': baseHeaders['x-request-id'] })).end();
        outcome = 'RangeNotSatisfiable';
        return 416;
      }
      if (error instanceof MiniMaxFilesError) {
        outcome = error.kind;
        deps.metrics.downloadFailures.inc({ stage: 'before-body' });
        return sendError(res, error);
      }
      if (signal.aborted) return CLIENT_CLOSED;
      throw error;
    }

    const length =
      download.contentLength ?? (download.status === 200 && file.bytes > 0 ? file.bytes : undefined);
    res.writeHead(
      download.status,
      compact({
        ...baseHeaders,
        'content-type': baseHeaders['content-type'] ?? download.contentType ?? FALLBACK_CONTENT_TYPE,
        'content-length': length?.toString(),
        'content-range': download.status === 206 ? download.contentRange : undefined,
      }),
    );
    try {
      // Node streams end to end: core's length-checked Readable straight into the socket, no web-stream hops.
      const body = download.toNodeReadable();
      body.on('data', (chunk: Buffer) => {
        sent += chunk.length;
      });
      if (deps.idleTimeoutMs > 0) {
        stopWatching = cutWhenReaderStalls(res, body, deps.idleTimeoutMs, () => {
          stalled = true;
          deps.metrics.stalledDownloadsCut.inc();
          deps.logger.warn(
            { fileId: file.id, sentBytes: sent, idleTimeoutMs: deps.idleTimeoutMs },
            'download cut: the client stopped reading',
          );
        });
      }
      await pipeline(body, res);
      outcome = 'complete';
    } catch (error) {
      // pipeline has destroyed both sides already: the client sees a failed transfer, the upstream is closed.
      if (stalled) return CLIENT_CLOSED;
      if (!signal.aborted) {
        deps.metrics.downloadFailures.inc({ stage: 'mid-body' });
        deps.logger.warn({ fileId: file.id, err: error }, 'download failed mid-body');
      }
      return signal.aborted ? CLIENT_CLOSED : download.status;
    }
    return download.status;
  } finally {
    stopWatching();
    finish();
    deps.metrics.downloadsInFlight.dec();
  }
}

function sendBusy(res: ServerResponse, error: QueueTimeoutError): number {
  const requestId = requestScope.getStore()?.requestId;
  if (!res.headersSent) {
    res
      .writeHead(
        503,
        compact({
          'content-type': 'application/json; charset=utf-8',
          'retry-after': String(BUSY_RETRY_AFTER_SECONDS),
          'x-request-id': requestId,
        }),
      )
      .end(JSON.stringify({ error: { kind: 'GatewayBusy', message: error.message, retryable: true } }));
  }
  return 503;
}

function sendError(res: ServerResponse, error: MiniMaxFilesError): number {
  const { status, headers, body } = errorResponse(error);
  const requestId = requestScope.getStore()?.requestId;
  if (!res.headersSent) res.writeHead(status, compact({ ...headers, 'x-request-id': requestId })).end(body);
  return status;
}

function compact(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
