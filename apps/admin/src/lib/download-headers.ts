/** Response headers of the gateway's /files/{id}/content that the admin passes on unchanged. */
export const PASSED_THROUGH_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
] as const;

/** Request headers of the browser that the admin forwards, so seeking in <audio>/<video> works. */
export const FORWARDED_REQUEST_HEADERS = ['range', 'if-range'] as const;

/**
 * Turns the gateway's `attachment` disposition into `inline` (keeping filename and filename*), for media
 * the browser plays in place. Anything that is not audio or video stays an attachment: serving, say,
 * HTML inline from the admin's origin would let a file run script there.
 */
export function dispositionFor(
  gatewayDisposition: string | null,
  contentType: string | null,
  inline: boolean,
): string | null {
  if (gatewayDisposition === null) return inline && isPlayable(contentType) ? 'inline' : null;
  if (!inline || !isPlayable(contentType)) return gatewayDisposition;
  return gatewayDisposition.replace(/^\s*attachment\b/i, 'inline');
}

/** Whether a media type is one the file page plays inline. */
export function isPlayable(contentType: string | null | undefined): boolean {
  return contentType !== null && contentType !== undefined && /^(audio|video)\//i.test(contentType.trim());
}

/** Copies the named headers that are present from one header set to another. */
export function copyHeaders(from: Headers, to: Headers, names: readonly string[]): void {
  for (const name of names) {
    const value = from.get(name);
    if (value !== null) to.set(name, value);
  }
}
