import type { Plugin } from 'graphql-yoga';
import { bearerTokenOf, createTokenVerifier } from '../operator-tokens.js';

export interface OperatorAuthOptions {
  /** Accepted bearer tokens; with none, every request passes (the config allows that on loopback only). */
  tokens: readonly string[];
  /** Paths served without a token: probes that reveal nothing. */
  publicPaths?: readonly string[];
}

const REALM = 'Bearer realm="minimax-files-gateway"';

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
      const token = bearerTokenOf(header);
      if (token !== undefined && verify(token)) return;
      const message = header ? 'The operator token is not valid.' : 'An operator token is required.';
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
          {
            status: 401,
            headers: { 'www-authenticate': header ? `${REALM}, error="invalid_token"` : REALM },
          },
        ),
      );
    },
  };
}
