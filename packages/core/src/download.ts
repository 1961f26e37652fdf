import { isAllowedDownloadUrl } from './download-hosts.js';
import { openContent } from './endpoints/content.js';
import { type LinkCandidate, openLink } from './endpoints/download-link.js';
import { parseUrl } from './follow-redirects.js';
import { isLinkExpired } from './signed-url.js';
import type { DownloadOptions, MiniMaxDownload, MiniMaxFile } from './types.js';
import type { Upstream } from './upstream.js';

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
  return openContent(upstream, file, options);
}

function linkCandidates(upstream: Upstream, file: MiniMaxFile): LinkCandidate[] {
  const expired = isLinkExpired(file);
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
