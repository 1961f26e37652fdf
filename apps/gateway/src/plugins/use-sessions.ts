import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { ANONYMOUS } from '../audit/audit-event.js';
import type { AuditLog } from '../audit/audit-log.js';
import { type Authenticator, credentialOf, DatabaseUnavailableError } from '../auth/authenticator.js';
import type { FailedAuthThrottle } from '../auth/failed-auth-throttle.js';
import { createSession, deleteSession, type SessionLimits } from '../auth/session-store.js';
import { clientAddressOf } from '../client-address.js';
import type { ServerContext } from '../context.js';
import type { GatewayDatabase } from '../db/gateway-database.js';
import { requestScope } from '../logger.js';

export interface SessionsOptions {
  authenticator: Authenticator;
  database: GatewayDatabase;
  auditLog: AuditLog;
  limits: SessionLimits;
  /** The gateway's one throttle of failed authentication (shared with operator tokens on every route). */
  throttle: FailedAuthThrottle;
}

/**
 * Gateway-issued sessions for the admin console:
 * - `POST /sessions` with `Authorization: Bearer <operator token>` → 201 `{ session, expiresAt, operator }`: the
 *   token is exchanged once for an opaque random session id (stored only as a hash, with an absolute expiry and an
 *   idle timeout); afterwards the admin sends `Authorization: Session <id>` and never the token again. Failures are
 *   audited and throttled per client address (429 with Retry-After once the address's failures are used up).
 * - `DELETE /sessions/current` with `Authorization: Session <id>` → 204: the session is deleted, so a copied cookie
 *   stops working at once.
 * Register after the auth plugin (which leaves `/sessions` public and guards `/sessions/current`).
 */
export function useSessions({
  authenticator,
  database,
  auditLog,
  limits,
  throttle,
}: SessionsOptions): Plugin<object, ServerContext> {
  const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
    Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
  const problem = (message: string, code: string, status: number, headers?: Record<string, string>) =>
    json({ errors: [{ message, extensions: { code } }] }, status, headers);

  const signIn = async (request: Request, req: IncomingMessage | undefined): Promise<Response> => {
    const clientAddress = clientAddressOf(req) ?? 'unknown';
    const requestId = requestScope.getStore()?.requestId;
    const seconds = throttle.retryAfterSeconds(clientAddress);
    if (seconds > 0) {
      auditLog.record({
        action: 'SIGN_IN',
        actor: ANONYMOUS,
        outcome: 'throttled',
        clientAddress,
        requestId,
      });
      return problem('Too many failed sign-ins from this address. Wait and try again.', 'RATE_LIMITED', 429, {
        'retry-after': String(seconds),
      });
    }
    const credential = credentialOf(request.headers.get('authorization'));
    let principal: Awaited<ReturnType<Authenticator['authenticate']>>;
    try {
      principal = credential?.kind === 'token' ? await authenticator.authenticate(credential) : undefined;
    } catch (error) {
      if (error instanceof DatabaseUnavailableError)
        return problem(error.message, 'SERVICE_UNAVAILABLE', 503);
      throw error;
    }
    const db = database.current();
    if (!principal) {
      await throttle.failed(clientAddress);
      auditLog.record({ action: 'SIGN_IN', actor: ANONYMOUS, outcome: 'rejected', clientAddress, requestId });
      return problem('That operator token was not accepted.', 'UNAUTHENTICATED', 401);
    }
    if (!db) return problem(new DatabaseUnavailableError().message, 'SERVICE_UNAVAILABLE', 503);
    const session = await createSession(db, principal, limits);
    auditLog.record({
      action: 'SIGN_IN',
      actor: principal.name,
      role: principal.role,
      outcome: 'ok',
      clientAddress,
      requestId,
    });
    return json(
      {
        session: session.id,
        expiresAt: session.expiresAt.toISOString(),
        idleTimeoutSeconds: Math.round(limits.idleMs / 1000),
        operator: { name: principal.name, role: principal.role },
      },
      201,
    );
  };

  const signOut = async (req: IncomingMessage | undefined): Promise<Response> => {
    const principal = requestScope.getStore()?.principal;
    if (!principal?.sessionHash) return problem('Sign out needs a session.', 'BAD_REQUEST', 400);
    const db = database.current();
    if (!db) return problem(new DatabaseUnavailableError().message, 'SERVICE_UNAVAILABLE', 503);
    await deleteSession(db, principal.sessionHash);
    await authenticator.forgetSession(principal.sessionHash);
    auditLog.record({
      action: 'SIGN_OUT',
      actor: principal.name,
      role: principal.role,
      outcome: 'ok',
      clientAddress: clientAddressOf(req),
      requestId: requestScope.getStore()?.requestId,
    });
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };

  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname === '/sessions') {
        endResponse(
          request.method === 'POST'
            ? await signIn(request, serverContext?.req)
            : new Response(null, { status: 405, headers: { allow: 'POST' } }),
        );
      } else if (url.pathname === '/sessions/current') {
        endResponse(
          request.method === 'DELETE'
            ? await signOut(serverContext?.req)
            : new Response(null, { status: 405, headers: { allow: 'DELETE' } }),
        );
      }
    },
  };
}
