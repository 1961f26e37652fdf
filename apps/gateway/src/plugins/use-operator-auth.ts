import type { Plugin } from 'graphql-yoga';
import { type Authenticator, credentialOf, DatabaseUnavailableError } from '../auth/authenticator.js';
import type { Principal } from '../auth/roles.js';
import { requestScope } from '../logger.js';

export interface OperatorAuthOptions {
  authenticator: Authenticator;
  /** False in the token-less loopback mode: every caller is the local ADMIN. */
  enabled: boolean;
  /** Paths served without a credential: probes that reveal nothing, and sign-in (which checks its own). */
  publicPaths?: readonly string[];
}

/** Who a caller is in the token-less loopback mode (no GATEWAY_OPERATOR_TOKENS, loopback HOST). */
export const LOCAL_PRINCIPAL: Principal = { name: 'local', role: 'ADMIN' };

const REALM = 'realm="minimax-files-gateway"';

/**
 * A credential on every route but the public ones: `Authorization: Bearer <operator token>` or `Session <id>`;
 * 401 otherwise. The caller (name and role) is put in the request's scope for resolvers, routes and the audit log.
 */
export function useOperatorAuth({
  authenticator,
  enabled,
  publicPaths = ['/healthz', '/readyz', '/sessions'],
}: OperatorAuthOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (publicPaths.includes(url.pathname)) return;
      const scope = requestScope.getStore();
      if (!enabled) {
        if (scope) scope.principal = LOCAL_PRINCIPAL;
        return;
      }
      const header = request.headers.get('authorization');
      const credential = credentialOf(header);
      let principal: Principal | undefined;
      try {
        principal = credential && (await authenticator.authenticate(credential));
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: error.message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
            { status: 503, headers: { 'retry-after': '1' } },
          ),
        );
        return;
      }
      if (principal) {
        if (scope) scope.principal = principal;
        return;
      }
      const message = header
        ? 'The operator token or session is not valid.'
        : 'An operator token is required.';
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
          { status: 401, headers: { 'www-authenticate': challengeFor(request, header) } },
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
