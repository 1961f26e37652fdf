import { trace } from '@opentelemetry/api';

/** The instrumentation scope of every span the gateway makes. */
export const TRACER_NAME = '@minimax-files/gateway';

/**
 * Whether the active span is being recorded. The gateway's inner spans (GraphQL operation, download, upstream
 * attempt) are made only under one, as OpenTelemetry's own instrumentations do with `requireParentSpan`: a request
 * whose HTTP span was sampled out then costs no span work below it, and an inner span
 * can never start a stray trace of its own.
 */
export function hasRecordingParent(): boolean {
  return trace.getActiveSpan()?.isRecording() === true;
}
