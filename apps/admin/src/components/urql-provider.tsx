'use client';

import { createClient, fetchExchange, ssrExchange, UrqlProvider } from '@urql/next';
import { type ReactNode, useMemo } from 'react';
import { trustedDocumentsExchange } from '../lib/trusted-documents-exchange';

/**
 * The browser's urql client, provided only where the browser itself queries (the batch page, the overview's
 * refresh), so the look-up pages ship no urql at all. `ssrExchange` is there because `UrqlProvider` requires one:
 * these pages fetch their first data in server components, so it has nothing to hydrate. It talks only to the admin's own /api/graphql, which adds the operator's token from the
 * httpOnly cookie on the server side: no token exists in this bundle. No cache exchange: every look-up asks again.
 * Operations go as trusted-document ids only.
 */
export function UrqlClientProvider({ children }: { children: ReactNode }) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
    const client = createClient({
      url: '/api/graphql',
      exchanges: [ssr, trustedDocumentsExchange(), fetchExchange],
      requestPolicy: 'network-only',
      // The admin's /api/graphql forwards POST only: look-ups are not cacheable URLs.
      preferGetMethod: false,
      fetchOptions: { credentials: 'same-origin' },
    });
    return [client, ssr] as const;
  }, []);
  return (
    <UrqlProvider client={client} ssr={ssr}>
      {children}
    </UrqlProvider>
  );
}
