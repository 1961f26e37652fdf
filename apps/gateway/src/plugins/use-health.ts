import type { Plugin } from 'graphql-yoga';

export interface HealthOptions {
  isReady: () => Promise<boolean>;
  readinessEndpoint?: string;
}

/**
 * /readyz: 200 when the gateway can serve (the upstream is reachable), 503 otherwise, with an empty body
 * either way. /healthz (the process is up) is Yoga's own health check, configured on that path.
 * Register before the auth plugin: load balancers probe without tokens.
 */
export function useHealth({ isReady, readinessEndpoint = '/readyz' }: HealthOptions): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== readinessEndpoint) return;
      const ready = await isReady();
      endResponse(
        new fetchAPI.Response(null, { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } }),
      );
    },
    onResponse({ request, response }) {
      // Yoga's /healthz names the server software in x-yoga-id; probes get nothing but the status.
      if (new URL(request.url).pathname === '/healthz') response.headers.delete('x-yoga-id');
    },
  };
}
