import { isLoopbackHostHeader } from '@minimax-files/http-rules';
import type { Plugin } from 'graphql-yoga';

/**
 * With auth off (no operator tokens, allowed on a loopback listen address only), a page on any site could reach
 * the gateway through DNS rebinding: its requests arrive with that site's name as `Host`. Only loopback names are
 * answered; everything else gets 403 before any other plugin runs. With tokens on, the token is the guard.
 */
export function useLoopbackHost(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (isLoopbackHostHeader(request.headers.get('host'))) return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message:
                  'This gateway runs without operator tokens and answers only loopback Host names (localhost, 127.0.0.1, [::1]).',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          },
          { status: 403 },
        ),
      );
    },
  };
}
