import { SpanStatusCode, trace } from '@opentelemetry/api';
import { recordingParent, TRACER_NAME } from './tracer.js';

/** A span around one download of a file's bytes (its upstream attempts nest inside), ending with its status. */
export function inDownloadSpan(fileId: string, serve: () => Promise<number>): Promise<number> {
  if (!recordingParent()) return serve();
  return trace
    .getTracer(TRACER_NAME)
    .startActiveSpan('download', { attributes: { 'minimax.file_id': fileId } }, async (span) => {
      try {
        const status = await serve();
        span.setAttribute('http.response.status_code', status);
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        return status;
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
}
