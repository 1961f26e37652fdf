import { type GraphiQLOptions, type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import { GRAPHIQL_ASSET_PREFIX, loadGraphiQLAssets } from '../graphiql/graphiql-assets.js';
import { GRAPHIQL_CSP, renderGraphiQLPage } from '../graphiql/graphiql-page.js';

export interface GraphiQLPageOptions {
  endpoint?: string;
  options: GraphiQLOptions;
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': GRAPHIQL_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Asset paths carry their release (see graphiql-assets.ts): a browser keeps each for a year, for this user only. */
const ASSET_CACHE = 'private, max-age=31536000, immutable';

/**
 * GraphiQL as an ordinary plugin, so the page and its assets sit behind operator auth like every other route
 * (Yoga's built-in page is served before user plugins run). Unlike Yoga's page, which loads GraphiQL from a CDN,
 * everything comes from the gateway under a CSP that allows nothing else.
 */
export function useGraphiQL({ endpoint = '/graphql', options }: GraphiQLPageOptions): Plugin {
  const page = renderGraphiQLPage(options);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return;
        const asset = (await loadGraphiQLAssets()).get(url.pathname);
        if (!asset) {
          endResponse(new fetchAPI.Response(null, { status: 404, headers: { 'cache-control': 'no-store' } }));
          return;
        }
        const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
        const body = gzip ? await asset.gzipped() : asset.body;
        const headers: Record<string, string> = {
          'content-type': asset.contentType,
          'content-length': String(body.byteLength),
          'cache-control': ASSET_CACHE,
          'x-content-type-options': 'nosniff',
          vary: 'accept-encoding',
        };
        if (gzip) headers['content-encoding'] = 'gzip';
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { headers }));
        return;
      }
      if (url.pathname !== endpoint || !shouldRenderGraphiQL(request)) return;
      endResponse(new fetchAPI.Response(page, { headers: PAGE_HEADERS }));
    },
  };
}
