import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../metrics.js';
import { routeLabelOf } from '../telemetry/route-label.js';

export interface MetricsOptions {
  metrics: GatewayMetrics;
  endpoint?: string;
}

/** Serves /metrics (register it after the auth plugin: it is not public) and counts every response. */
export function useMetrics({ metrics, endpoint = '/metrics' }: MetricsOptions): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.method !== 'GET') return;
      endResponse(
        new fetchAPI.Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' },
        }),
      );
    },
    onResponse({ request, response }) {
      const route = routeLabelOf(new URL(request.url).pathname);
      metrics.httpRequests.inc({ route, status: String(response.status) });
    },
  };
}
