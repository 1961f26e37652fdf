import { SpanStatusCode, trace } from '@opentelemetry/api';
import { endSpanAfter } from './end-span-after.js';
import { hasRecordingParent, TRACER_NAME } from './tracer.js';

/** A span around one download of a file's bytes (its upstream attempts nest inside), ending with its status. */
export function inDownloadSpan(fileId: string, serve: () => Promise<number>): Promise<number> {
  if (!hasRecordingParent()) return serve();
  return trace
    .getTracer(TRACER_NAME)
    .startActiveSpan('download', { attributes: { 'minimax.file_id': fileId } }, (span) =>
      endSpanAfter(span, serve, (status) => {
        span.setAttribute('http.response.status_code', status);
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      }),
    );
}
