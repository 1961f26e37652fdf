import type { MiniMaxFile } from './types.js';
/**
 * When a signed download link stops working. MiniMax's links are Aliyun OSS V1 signatures
 * (`Expires=<unix seconds>`); the relative V4 forms (`x-oss-date` + `x-oss-expires`, and S3's
 * `X-Amz-Date` + `X-Amz-Expires`) are read too. Undefined when the link says nothing parseable.
 */
export function parseSignedUrlExpiry(link: string): Date | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(link).searchParams;
  } catch {
    return undefined;
  }
  const absolute = params.get('Expires') ?? params.get('expires');
  if (absolute !== null && /^[0-9]{1,12}$/.test(absolute)) return new Date(Number(absolute) * 1000);
  return (
    relativeExpiry(params.get('x-oss-date'), params.get('x-oss-expires')) ??
    relativeExpiry(params.get('X-Amz-Date'), params.get('X-Amz-Expires'))
  );
}

/** `20240102T030405Z` plus a lifetime in seconds. */
function relativeExpiry(signedAt: string | null, lifetime: string | null): Date | undefined {
  if (signedAt === null || lifetime === null || !/^[0-9]{1,9}$/.test(lifetime)) return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(signedAt);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const start = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(start + Number(lifetime) * 1000);
}

/** Whether the file's signed download_url has lapsed: such metadata is refreshed, and the link never tried. */
export function isLinkExpired(file: Pick<MiniMaxFile, 'downloadUrlExpiresAt'>, now = Date.now()): boolean {
  return file.downloadUrlExpiresAt !== undefined && file.downloadUrlExpiresAt.getTime() <= now;
}
