import type { Plugin } from 'graphql-yoga';

export interface CsrfPreventionOptions {
  endpoint?: string;
  /** Any of these headers makes a browser send a CORS preflight first, which a cross-site page cannot pass. */
  preflightHeaders?: readonly string[];
}

// Content types a cross-site <form> or a "simple" fetch can send without a preflight.
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Refuses GraphQL requests a browser could send cross-site without asking first: no Authorization (or other
 * preflighted) header and a simple or missing content type. With operator tokens on, auth already requires
 * the header; this keeps the token-less loopback mode safe from hostile pages too.
 */
export function useCsrfPrevention({
  endpoint = '/graphql',
  preflightHeaders = ['authorization', 'x-graphql-yoga-csrf', 'graphql-require-preflight'],
}: CsrfPreventionOptions = {}): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      if (preflightHeaders.some((name) => request.headers.has(name))) return;
      const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      const simple = contentType === undefined || SIMPLE_CONTENT_TYPES.includes(contentType);
      if (!simple) return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: `Requests without a preflight are refused: send one of ${preflightHeaders.join(', ')} or a JSON body.`,
                extensions: { code: 'CSRF_PREVENTED' },
              },
            ],
          },
          { status: 403 },
        ),
      );
    },
  };
}
