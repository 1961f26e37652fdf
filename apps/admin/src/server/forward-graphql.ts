import { readBodyUpTo } from '../lib/body-limit';
import { traceHeaders } from './trace-headers';

export interface GraphqlForward {
  /** The gateway's base URL, e.g. http://127.0.0.1:4000. */
  gateway: string;
  /** The operator token from the session cookie, or null when signed out. */
  token: string | null;
  /** The browser's POST to /api/graphql. */
  request: Request;
}

/**
 * The browser's only way to GraphQL: forwards the operation to the gateway with the operator's token taken
 * from the httpOnly cookie, and the gateway's answer back unchanged.
 */
export async function forwardGraphql({ gateway, token, request }: GraphqlForward): Promise<Response> {
  // The cookie is SameSite=Strict already; refusing cross-site fetches outright costs nothing.
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return graphqlError(403, 'Cross-site requests are refused.');
  if (token === null) return graphqlError(401, 'Sign in first.');

  const body = await readBodyUpTo(request);
  if (body === null) return graphqlError(413, 'The request is too large.');

  let upstream: Response;
  try {
    upstream = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': request.headers.get('content-type') ?? 'application/json',
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

function graphqlError(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } });
}
