import type { Plugin } from 'graphql-yoga';
import { createTokenVerifier, presentedTokenOf } from '../operator-tokens.js';

export interface OperatorAuthOptions {
  /** Accepted bearer tokens; with none, every request passes (the config allows that on loopback only). */
  tokens: readonly string[];
  /** Paths served without a token: probes that reveal nothing. */
  publicPaths?: readonly string[];
}

const REALM = 'realm="minimax-files-gateway"';

/** `Authorization: Bearer <operator token>` on every route but the public ones; 401 otherwise. */
export function useOperatorAuth({
  tokens,
  publicPaths = ['/healthz', '/readyz'],
}: OperatorAuthOptions): Plugin {
  if (tokens.length === 0) return {};
  const verify = createTokenVerifier(tokens);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (publicPaths.includes(url.pathname)) return;
      const header = request.headers.get('authorization');
      const token = presentedTokenOf(header);
      if (token !== undefined && verify(token)) return;
      const message = header ? 'The operator token is not valid.' : 'An operator token is required.';
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
          {
            status: 401,
            headers: { 'www-authenticate': challengeFor(request, header) },
          },
        ),
      );
    },
  };
}

/**
 * Browsers navigating to a page (GraphiQL) get a Basic challenge, so they prompt for the token and then send it with
 * the page's own requests; API clients get the Bearer challenge of RFC 6750.
 */
function challengeFor(request: Request, header: string | null): string {
  if (request.headers.get('accept')?.includes('text/html')) return `Basic ${REALM}, charset="UTF-8"`;
  return header ? `Bearer ${REALM}, error="invalid_token"` : `Bearer ${REALM}`;
}
