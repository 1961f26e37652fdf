import { type GraphiQLOptions, type Plugin, renderGraphiQL, shouldRenderGraphiQL } from 'graphql-yoga';

export interface GraphiQLPageOptions {
  endpoint?: string;
  options: GraphiQLOptions;
}

/**
 * GraphiQL as an ordinary plugin, so it sits behind operator auth like every other route
 * (Yoga's built-in page is served before user plugins run).
 */
export function useGraphiQL({ endpoint = '/graphql', options }: GraphiQLPageOptions): Plugin {
  const page = renderGraphiQL(options);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || !shouldRenderGraphiQL(request)) return;
      endResponse(new fetchAPI.Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    },
  };
}
