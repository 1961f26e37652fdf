import type { Plugin } from 'graphql-yoga';
import type { AuditLog } from '../audit/audit-log.js';
import { DOWNLOAD_ROLE, roleAllows } from '../auth/roles.js';
import { clientAddressOf } from '../client-address.js';
import type { ServerContext } from '../context.js';
import { matchFileContentPath } from '../download/file-content-path.js';
import {
  type DownloadAudit,
  type FileContentDeps,
  serveFileContent,
} from '../download/serve-file-content.js';
import { requestScope } from '../logger.js';
import { inDownloadSpan } from '../telemetry/download-span.js';

export interface FileContentOptions extends Omit<FileContentDeps, 'audit'> {
  auditLog: AuditLog;
}

/**
 * Mounts GET /files/{id}/content. Only OPERATOR and ADMIN may download (a VIEWER gets 403, audited as
 * ACCESS_DENIED); with the audit buffer full, downloads are refused with 503 rather than served unaudited. The route
 * streams to the node response itself (backpressure, disconnects, failing mid-body), then hands Yoga an empty
 * Response carrying the status, for the logger and metrics; Yoga sends nothing more on a response that has ended.
 * Register after the auth plugin.
 */
export function useFileContent({ auditLog, ...deps }: FileContentOptions): Plugin<object, ServerContext> {
  return {
    async onRequest({ url, serverContext, endResponse, fetchAPI }) {
      const rawId = matchFileContentPath(url.pathname);
      if (rawId === undefined) return;
      const { req, res } = serverContext;
      if (!req || !res) {
        endResponse(new fetchAPI.Response('This route needs the node HTTP server.', { status: 501 }));
        return;
      }
      const scope = requestScope.getStore();
      const principal = scope?.principal;
      const facts = {
        actor: principal?.name ?? 'anonymous',
        role: principal?.role ?? null,
        clientAddress: clientAddressOf(req),
        requestId: scope?.requestId,
      };
      if (!principal || !roleAllows(principal.role, DOWNLOAD_ROLE)) {
        auditLog.record({ ...facts, action: 'ACCESS_DENIED', outcome: 'FORBIDDEN', detail: url.pathname });
        endResponse(
          fetchAPI.Response.json(
            {
              error: {
                kind: 'Forbidden',
                message: `Downloads need the ${DOWNLOAD_ROLE} role; you are ${principal?.role ?? 'nobody'}.`,
                retryable: false,
              },
            },
            { status: 403 },
          ),
        );
        return;
      }
      const audit: DownloadAudit = {
        refused: (fileId, outcome, upstream) =>
          auditLog.record({ ...facts, action: 'DOWNLOAD', fileId, outcome, ...upstream }),
        start: (fileId, upstream) =>
          auditLog.recordNow({ ...facts, action: 'DOWNLOAD', fileId, outcome: 'started', ...upstream }),
        finish: (eventId, outcome, bytes, upstream) =>
          auditLog.complete(eventId, { outcome, bytes, ...upstream }),
      };
      const status = await inDownloadSpan(rawId, () =>
        serveFileContent(rawId, req, res, { ...deps, audit, caller: facts.actor }),
      );
      // 499 (client closed the request, as nginx logs it) only ever reaches the logger and metrics.
      endResponse(new fetchAPI.Response(null, { status }));
    },
  };
}
