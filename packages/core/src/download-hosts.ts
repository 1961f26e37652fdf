/**
 * MiniMax serves generated files from its own domains and from Aliyun OSS buckets
 * (e.g. `public-cdn-video-data-algeng.oss-cn-wulanchabu.aliyuncs.com`); the `.minimaxi.*` domains are the
 * mainland China ones.
 */
export const DEFAULT_DOWNLOAD_HOSTS: readonly string[] = [
  '*.minimax.io',
  '*.minimaxi.com',
  '*.minimax.chat',
  '*.minimaxi.chat',
  '*.aliyuncs.com',
];

/** Reads `MINIMAX_DOWNLOAD_HOSTS`-style text: comma-separated, blanks ignored, lower-cased. */
export function parseHostPatterns(text: string): string[] {
  return text
    .split(',')
    .map((pattern) => pattern.trim().toLowerCase())
    .filter((pattern) => pattern !== '');
}

/**
 * Whether a download link may be fetched: http(s) only, on the base URL's own host or one matching a pattern.
 * `*.example.com` matches any subdomain of example.com (not example.com itself); a pattern without `*` matches
 * exactly; a pattern with a port (`localhost:8080`) also requires that port.
 */
export function isAllowedDownloadUrl(link: URL, baseURL: URL, patterns: readonly string[]): boolean {
  if (link.protocol !== 'https:' && link.protocol !== 'http:') return false;
  if (link.username !== '' || link.password !== '') return false;
  const hostname = link.hostname.toLowerCase();
  // The base URL's own host means its hostname and port: another port there may be another service.
  if (link.host.toLowerCase() === baseURL.host.toLowerCase()) return true;
  return patterns.some((pattern) => matches(pattern, hostname, link.host.toLowerCase()));
}

function matches(pattern: string, hostname: string, hostWithPort: string): boolean {
  const subject = /:[0-9]+$/.test(pattern) && !pattern.endsWith(']') ? hostWithPort : hostname;
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return subject.endsWith(suffix) && subject.length > suffix.length;
  }
  return subject === pattern;
}
