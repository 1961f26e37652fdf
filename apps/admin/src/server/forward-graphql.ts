import { readBodyUpTo } from '../lib/body-limit';
import { CLIENT_ADDRESS_HEADER } from '../lib/client-address';
import { forwardedFor, sessionAuthorization } from './gateway';
import { traceHeaders } from './trace-headers';

export interface GraphqlForward {
  /** The gateway's base URL, e.g. http://127.0.0.1:4000. */
  gateway: string;
  /** The gateway session id from the cookie, or null when signed out. */
  session: string | null;
  /** The browser's POST to /api/graphql. */
  request: Request;
  /** Whether the gateway still accepts the session; asked before the body is read. */
  sessionAccepted?: (session: string) => Promise<boolean>;
}

const JSON_BODY = /^application\/json\s*(;|$)/i;

/**
 * The browser's only way to GraphQL: forwards the operation to the gateway with the session id taken
 * from the httpOnly cookie, and the gateway's answer back unchanged.
 */
export async function forwardGraphql({
  gateway,
  session,
  request,
  sessionAccepted,
}: GraphqlForward): Promise<Response> {
  if (!isSameOrigin(request)) return graphqlError(403, 'Only pages of this console may send requests here.');
  // A form or a "simple" fetch from another origin cannot send JSON without a preflight this route never allows.
  if (!JSON_BODY.test(request.headers.get('content-type') ?? ''))
    return graphqlError(415, 'Send the operation as application/json.');
  if (session === null) return graphqlError(401, 'Sign in first.');
  // Before the body is read: a forged or revoked session gets nothing read and nothing forwarded.
  if (sessionAccepted && !(await sessionAccepted(session))) return graphqlError(401, 'Sign in again.');

  const body = await readBodyUpTo(request);
  if (body === null) return graphqlError(413, 'The request is too large.');

  let upstream: Response;
  try {
    upstream = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: {
        authorization: sessionAuthorization(session),
        // Set by the front door from the socket: the gateway audits the browser, not this server.
        ...forwardedFor(request.headers.get(CLIENT_ADDRESS_HEADER)),
        'content-type': 'application/json',
        accept: request.headers.get('accept') ?? 'application/graphql-response+json, application/json',
        ...traceHeaders(),
      },
      body,
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    return graphqlError(502, 'The gateway could not be reached.');
  }

  return new Response(upstream.body, {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
    },
  });
}

/**
 * SameSite=Strict does not stop a page on another port of the same host (same site, other origin), so the origin
 * is checked: the browser's Sec-Fetch-Site must say same-origin, and an Origin header must name this host.
 * Requests without either (curl, scripts) carry no ambient cookie of a victim and pass.
 */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  const host =
    request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function graphqlError(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } });
}
