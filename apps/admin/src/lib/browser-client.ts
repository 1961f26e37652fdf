import { type Client, createClient, fetchExchange } from '@urql/core';

let client: Client | undefined;

/**
 * The browser's urql client, made on first use so that only pages that query from the browser (batch) load urql.
 * It talks only to the admin's own /api/graphql, which adds the operator's token from the httpOnly cookie on the
 * server side; no token exists in this bundle. No cache exchange: every look-up asks again.
 */
export function browserClient(): Client {
  client ??= createClient({
    url: '/api/graphql',
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    // The admin's /api/graphql forwards POST only: look-ups are not cacheable URLs.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
  return client;
}
