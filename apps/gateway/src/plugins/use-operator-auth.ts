import type { Plugin } from 'graphql-yoga';
import { type Authenticator, credentialOf, DatabaseUnavailableError } from '../auth/authenticator.js';
import type { FailedAuthThrottle } from '../auth/failed-auth-throttle.js';
import type { Principal } from '../auth/roles.js';
import { clientAddressOf } from '../client-address.js';
import type { ServerContext } from '../context.js';
import { requestScope } from '../logger.js';

export interface OperatorAuthOptions {
  authenticator: Authenticator;
  /** False in the token-less loopback mode: every caller is the local ADMIN. */
  enabled: boolean;
  /** Paths served without a credential: probes that reveal nothing, and sign-in (which checks its own). */
  publicPaths?: readonly string[];
  /** Failed token checks count here; an address that used them up gets 429 for tokens (sessions still pass). */
  throttle?: FailedAuthThrottle;
  /** Called for each token attempt refused with 429 (metrics). */
  onThrottled?: () => void;
}

/** Who a caller is in the token-less loopback mode (no GATEWAY_OPERATOR_TOKENS, loopback HOST). */
export const LOCAL_PRINCIPAL: Principal = { name: 'local', role: 'ADMIN' };

const REALM = 'realm="minimax-files-gateway"';

/**
 * A credential on every route but the public ones: `Authorization: Bearer <operator token>` or `Session <id>`;
 * 401 otherwise. The caller (name and role) is put in the request's scope for resolvers, routes and the audit log.
 * Wrong tokens are throttled per client address (429 with Retry-After). Session ids are not counted: they are
 * 256 random bits nobody guesses, and an expired one in a browser is routine, not an attack.
 */
export function useOperatorAuth({
  authenticator,
  enabled,
  publicPaths = ['/healthz', '/readyz', '/sessions'],
  throttle,
  onThrottled,
}: OperatorAuthOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (publicPaths.includes(url.pathname)) return;
      const scope = requestScope.getStore();
      if (!enabled) {
        if (scope) scope.principal = LOCAL_PRINCIPAL;
        return;
      }
      const header = request.headers.get('authorization');
      const credential = credentialOf(header);
      const guessable = credential?.kind === 'token';
      const clientAddress =
        guessable && throttle
          ? clientAddressOf((serverContext as Partial<ServerContext> | undefined)?.req)
          : undefined;
      const retryAfter = guessable ? (throttle?.retryAfterSeconds(clientAddress) ?? 0) : 0;
      if (retryAfter > 0) {
        onThrottled?.();
        endResponse(
          fetchAPI.Response.json(
            {
              errors: [
                {
                  message: 'Too many failed authentications from this address. Wait and try again.',
                  extensions: { code: 'RATE_LIMITED' },
                },
              ],
            },
            { status: 429, headers: { 'retry-after': String(retryAfter) } },
          ),
        );
        return;
      }
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
      if (guessable) await throttle?.failed(clientAddress);
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
