import 'server-only';
import { type Client, type CombinedError, createClient, fetchExchange } from '@urql/core';
import { trustedDocumentsExchange } from '../lib/trusted-documents-exchange';
import { traceHeaders } from './trace-headers';

const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000';

/** Where the admin's server reaches the gateway; read at request time so a built app follows GATEWAY_URL. */
export function gatewayUrl(path: string): string {
  const base = (process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL).replace(/\/+$/, '');
  return `${base}${path}`;
}

/** How the admin authenticates to the gateway: with the session id the gateway issued at sign-in, never a token. */
export function sessionAuthorization(session: string): string {
  return `Session ${session}`;
}

/**
 * `X-Forwarded-For` naming the browser, for the gateway's audit log and throttle. The gateway believes it only from
 * a peer on its own machine (apps/gateway/src/client-address.ts); from elsewhere it records the admin's address.
 */
export function forwardedFor(clientAddress: string | null | undefined): Record<string, string> {
  return clientAddress ? { 'x-forwarded-for': clientAddress } : {};
}

/**
 * A server-side urql client for one operator's request: no cache, the session id only in this process, each
 * operation sent as its trusted-document id, on behalf of the browser at `clientAddress`.
 */
export function gatewayClient(session: string, clientAddress?: string): Client {
  return createClient({
    url: gatewayUrl('/graphql'),
    exchanges: [trustedDocumentsExchange(), fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    // A function, so each request carries the trace context of the render or action that sends it.
    fetchOptions: () => ({
      cache: 'no-store',
      headers: {
        authorization: sessionAuthorization(session),
        ...forwardedFor(clientAddress),
        ...traceHeaders(),
      },
    }),
  });
}

/** Whether the gateway refused the session (so it is over: signed out, expired, idle or revoked). */
export function isUnauthorized(error: CombinedError | undefined): boolean {
  const status = (error?.response as Response | undefined)?.status;
  return status === 401 || status === 403;
}
