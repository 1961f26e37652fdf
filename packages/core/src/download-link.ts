import { traceIdOf } from './answer.js';
import { failureOf } from './attempt-failure.js';
import { createAttemptSignal } from './attempt-signal.js';
import { isEncoded, isTransferStatus, nodeBody, toDownload, transferHeaders } from './download-response.js';
import { followRedirects } from './follow-redirects.js';
import type { DownloadOptions, DownloadSource, MiniMaxDownload, MiniMaxFile } from './types.js';
import type { Upstream } from './upstream.js';
import { errorForOutcome } from './upstream-error.js';

export interface LinkCandidate {
  source: Exclude<DownloadSource, 'retrieve_content'>;
  url: URL;
}

/** One try of a signed link (download_url or backup_download_url); any failure lets the caller move on. */
export async function openLink(
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
    return toDownload(response, nodeBody(response), file, candidate.source, attemptSignal, options, ctx);
  } catch (error) {
    attemptSignal.dispose();
    const failure = failureOf(error, attemptSignal, 'connect', ctx);
    if (!attemptSignal.callerAborted) upstream.report('download_url', 0, startedAt, failure);
    throw failure;
  }
}
