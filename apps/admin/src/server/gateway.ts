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

export function bearer(token: string): string {
  return `Bearer ${token}`;
}

/**
 * A server-side urql client for one operator's request: no cache, the token only in this process, each
 * operation sent as its trusted-document id.
 */
export function gatewayClient(token: string): Client {
  return createClient({
    url: gatewayUrl('/graphql'),
    exchanges: [trustedDocumentsExchange(), fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    // A function, so each request carries the trace context of the render or action that sends it.
    fetchOptions: () => ({
      cache: 'no-store',
      headers: { authorization: bearer(token), ...traceHeaders() },
    }),
  });
}

/** Whether the gateway refused the operator token (so the session is over, not the look-up). */
export function isUnauthorized(error: CombinedError | undefined): boolean {
  const status = (error?.response as Response | undefined)?.status;
  return status === 401 || status === 403;
}
