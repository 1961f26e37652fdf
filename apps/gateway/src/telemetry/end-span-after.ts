import { type Span, SpanStatusCode } from '@opentelemetry/api';

/**
 * Runs a span's work and ends the span however the work ends: a throw marks it ERROR (and is rethrown); `judge`
 * sets what the result says (a status code, an error count) before the span ends.
 */
export async function endSpanAfter<T>(
  span: Span,
  work: () => T | Promise<T>,
  judge?: (result: T, span: Span) => void,
): Promise<T> {
  try {
    const result = await work();
    judge?.(result, span);
    return result;
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}
