import { forwardedFor, gatewayUrl, sessionAuthorization } from './gateway';
import { traceHeaders } from './trace-headers';

export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';

export type SessionOpening =
  | { kind: 'opened'; session: string; expiresAt: Date; operator: { name: string; role: Role } }
  | { kind: 'rejected' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'unavailable' };

/** When a 429 says nothing about when to come back: the gateway's failure window is minutes long. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * Exchanges an operator token for a gateway session (`POST /sessions`). The token is sent this once and kept
 * nowhere; `clientAddress` goes as `X-Forwarded-For`, which the gateway believes from a peer on its own machine
 * only (its throttle and audit then see the browser, not the admin).
 */
export async function openSession(token: string, clientAddress: string | undefined): Promise<SessionOpening> {
  let response: Response;
  try {
    response = await fetch(gatewayUrl('/sessions'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...forwardedFor(clientAddress),
        ...traceHeaders(),
      },
      cache: 'no-store',
    });
  } catch {
    return { kind: 'unavailable' };
  }
  if (response.status === 401) return { kind: 'rejected' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return {
      kind: 'throttled',
      retryAfterSeconds: Number.isInteger(seconds) && seconds > 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS,
    };
  }
  if (response.status !== 201) return { kind: 'unavailable' };
  const body = (await response.json().catch(() => null)) as {
    session?: unknown;
    expiresAt?: unknown;
    operator?: { name?: unknown; role?: unknown };
  } | null;
  const expiresAt = new Date(String(body?.expiresAt));
  if (typeof body?.session !== 'string' || Number.isNaN(expiresAt.getTime())) return { kind: 'unavailable' };
  return {
    kind: 'opened',
    session: body.session,
    expiresAt,
    operator: { name: String(body.operator?.name), role: body.operator?.role as Role },
  };
}

/**
 * Ends a session at the gateway (`DELETE /sessions/current`), so a copied cookie stops working at once. True when
 * the gateway no longer knows the session (deleted now, or already gone).
 */
export async function closeSession(session: string, clientAddress: string | undefined): Promise<boolean> {
  try {
    const response = await fetch(gatewayUrl('/sessions/current'), {
      method: 'DELETE',
      headers: {
        authorization: sessionAuthorization(session),
        ...forwardedFor(clientAddress),
        ...traceHeaders(),
      },
      cache: 'no-store',
    });
    await response.body?.cancel();
    return response.status === 204 || response.status === 401;
  } catch {
    return false;
  }
}
