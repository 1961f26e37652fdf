import { type Span, trace } from '@opentelemetry/api';

/** The instrumentation scope of every span the gateway makes. */
export const TRACER_NAME = '@minimax-files/gateway';

/**
 * The active span, if it is being recorded. The gateway's inner spans (GraphQL operation, download, upstream
 * attempt) are made only under one, as OpenTelemetry's own instrumentations do with `requireParentSpan`: a request
 * whose HTTP span was sampled out then costs no span work and no async-context tracking below it, and an inner span
 * can never start a stray trace of its own.
 */
export function recordingParent(): Span | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : undefined;
}
