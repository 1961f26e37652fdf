import { isAllowedDownloadUrl } from './download-hosts.js';
import { errorForOutcome } from './facts/outcome-messages.js';
import type { Attempt } from './request.js';
import type { UpstreamResponse } from './upstream-response.js';

/** Storage hosts rarely redirect; a few hops cover a CDN edge without letting a loop run. */
const MAX_REDIRECTS = 3;

export function parseUrl(link: string, base?: URL): URL | undefined {
  try {
    return new URL(link, base);
  } catch {
    return undefined;
  }
}

/**
 * Follows 3xx answers to allowed hosts only (at most MAX_REDIRECTS), with `headers` (never the key), within the
 * same attempt. Returns the first non-redirect answer.
 */
export async function followRedirects(
  attempt: Attempt,
  first: UpstreamResponse,
  from: URL,
  headers: Record<string, string>,
): Promise<UpstreamResponse> {
  let response = first;
  let url = from;
  for (let hop = 0; ; hop++) {
    const location = response.header('location');
    if (response.status < 300 || response.status >= 400 || location === undefined) return response;
    await response.discard();
    const next = parseUrl(location, url);
    const { baseUrlParsed, downloadHosts } = attempt.upstream.config;
    if (
      hop >= MAX_REDIRECTS ||
      next === undefined ||
      !isAllowedDownloadUrl(next, baseUrlParsed, downloadHosts)
    ) {
      throw errorForOutcome('downloadHostRefused', {
        ...attempt.ctx,
        detail: `a redirect to ${next?.host ?? location}`,
      });
    }
    url = next;
    response = await attempt.send(url, headers);
  }
}
