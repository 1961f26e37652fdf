import { isEncoded, isTransferStatus, nodeBody, toDownload, transferHeaders } from '../download-response.js';
import { errorForOutcome } from '../facts/outcome-messages.js';
import { followRedirects } from '../follow-redirects.js';
import { request } from '../request.js';
import type { DownloadOptions, DownloadSource, MiniMaxDownload, MiniMaxFile } from '../types.js';
import type { Upstream } from '../upstream.js';

export interface LinkCandidate {
  source: Exclude<DownloadSource, 'retrieve_content'>;
  url: URL;
}

/** One try of a signed link (download_url or backup_download_url); any failure lets the caller move on. */
export function openLink(
  upstream: Upstream,
  file: MiniMaxFile,
  candidate: LinkCandidate,
  options: DownloadOptions,
): Promise<MiniMaxDownload> {
  // No Authorization: the signed link is the credential, and the key belongs to the base URL only.
  const headers = transferHeaders(options.range);
  return request(
    upstream,
    {
      route: 'download_url',
      link: candidate.url,
      fileId: file.id,
      headers,
      streams: true,
      async read(first, attempt) {
        const response = await followRedirects(attempt, first, candidate.url, headers);
        if (!isTransferStatus(response.status, options.range) || isEncoded(response)) {
          await response.discard();
          throw errorForOutcome('downloadLinkFailed', {
            ...attempt.ctx,
            httpStatus: response.status,
            detail: isEncoded(response)
              ? 'it sent a compressed body although we asked for identity'
              : undefined,
          });
        }
        return toDownload(response, nodeBody(response), file, candidate.source, attempt, options);
      },
    },
    options.signal,
  );
}
