import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from '../context.js';
import { type FileContentDeps, serveFileContent } from '../routes/file-content.js';
import { matchFileContentPath } from '../routes/file-content-path.js';
import { inDownloadSpan } from '../telemetry/download-span.js';

/**
 * Mounts GET /files/{id}/content. The route streams to the node response itself (backpressure, disconnects,
 * failing mid-body), then hands Yoga an empty Response carrying the status, for the logger and metrics;
 * Yoga sends nothing more on a response that has ended. Register after the auth plugin.
 */
export function useFileContent(deps: FileContentDeps): Plugin<object, ServerContext> {
  return {
    async onRequest({ url, serverContext, endResponse, fetchAPI }) {
      const rawId = matchFileContentPath(url.pathname);
      if (rawId === undefined) return;
      const { req, res } = serverContext;
      if (!req || !res) {
        endResponse(new fetchAPI.Response('This route needs the node HTTP server.', { status: 501 }));
        return;
      }
      const status = await inDownloadSpan(rawId, () => serveFileContent(rawId, req, res, deps));
      // 499 (client closed the request, as nginx logs it) only ever reaches the logger and metrics.
      endResponse(new fetchAPI.Response(null, { status }));
    },
  };
}
