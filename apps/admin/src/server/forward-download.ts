import { CLIENT_ADDRESS_HEADER } from '../lib/client-address';
import {
  copyHeaders,
  dispositionFor,
  FORWARDED_REQUEST_HEADERS,
  PASSED_THROUGH_HEADERS,
} from '../lib/download-headers';
import { canonicalFileId } from '../lib/file-id';
import { forwardedFor, sessionAuthorization } from './gateway';
import { traceHeaders } from './trace-headers';

export interface DownloadForward {
  /** The gateway's base URL, e.g. http://127.0.0.1:4000. */
  gateway: string;
  /** The gateway session id from the cookie, or null when signed out. */
  session: string | null;
  /** The `{id}` segment as it came in the address. */
  id: string;
  /** The browser's request: its Range headers, `?inline=1` and abort signal are used. */
  request: Request;
}

/**
 * Streams a file's bytes from the gateway's /files/{id}/content to the browser. Range is forwarded so
 * <audio>/<video> can seek; the gateway's Content-Disposition is kept so the browser saves under the right
 * (possibly non-ASCII) filename. `?inline=1` is for in-page playback of audio and video.
 */
export async function forwardDownload({
  gateway,
  session,
  id: rawId,
  request,
}: DownloadForward): Promise<Response> {
  const id = canonicalFileId(rawId);
  if (id === null) return plain(400, 'That is not a file ID.');
  if (session === null) return plain(401, 'Sign in to download files.');

  // identity: the bytes and Content-Length must reach the browser exactly as the gateway sent them.
  const forwarded = new Headers({
    authorization: sessionAuthorization(session),
    // Set by the front door from the socket: the gateway audits the browser, not this server.
    ...forwardedFor(request.headers.get(CLIENT_ADDRESS_HEADER)),
    'accept-encoding': 'identity',
    ...traceHeaders(),
  });
  copyHeaders(request.headers, forwarded, FORWARDED_REQUEST_HEADERS);

  let upstream: Response;
  try {
    upstream = await fetch(`${gateway}/files/${id}/content`, {
      method: request.method === 'HEAD' ? 'HEAD' : 'GET',
      headers: forwarded,
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    return plain(502, 'The gateway could not be reached. Try again in a moment.');
  }

  // 416 passes through with its Content-Range, so a player knows the real length.
  if (!upstream.ok && upstream.status !== 416) {
    await upstream.body?.cancel();
    return plain(upstream.status, failureText(upstream.status));
  }

  const headers = new Headers();
  copyHeaders(upstream.headers, headers, PASSED_THROUGH_HEADERS);
  const inline = new URL(request.url).searchParams.get('inline') === '1';
  const disposition = dispositionFor(
    upstream.headers.get('content-disposition'),
    upstream.headers.get('content-type'),
    inline,
  );
  if (disposition !== null) headers.set('content-disposition', disposition);
  headers.set('cache-control', 'private, no-store');
  // The bytes are someone's upload: never let them run as a page of this origin.
  headers.set('content-security-policy', "default-src 'none'; sandbox");
  headers.set('x-content-type-options', 'nosniff');
  if (request.method === 'HEAD') {
    await upstream.body?.cancel();
    return new Response(null, { status: upstream.status, headers });
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}

function failureText(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again to download.';
  if (status === 403)
    return 'Your role may look files up but not download them. Ask an admin for the OPERATOR role.';
  if (status === 404) return 'This file was not found, or MiniMax offers no download for it.';
  if (status === 429) return 'MiniMax is rate limiting requests. Wait a moment and try again.';
  return 'The download failed upstream. Try again in a moment.';
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
