import { DEFAULT_RETRY_AFTER_SECONDS, type ErrorKind, type MiniMaxFilesError } from '@minimax-files/core';

// Failures before the body, as HTTP statuses: the client's mistake (400), nothing there (404), slow down (429),
// and for everything the upstream did wrong, a gateway error (502) or a gateway timeout (504).
const STATUS_BY_KIND: Record<ErrorKind, number> = {
  InvalidFileId: 400,
  FileNotFound: 404,
  RateLimited: 429,
  UpstreamTimeout: 504,
  AuthenticationFailed: 502,
  InsufficientBalance: 502,
  ContentRejected: 502,
  UpstreamError: 502,
};

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The JSON answer for a failed download: the same kind and message the GraphQL union would carry. */
export function errorResponse(error: MiniMaxFilesError): ErrorResponse {
  const status = STATUS_BY_KIND[error.kind] ?? 502;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (status === 429) headers['retry-after'] = String(error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
  const body = JSON.stringify({
    error: {
      kind: error.kind,
      message: error.message,
      retryable: error.retryable,
      ...(error.upstreamCode !== undefined && { upstreamCode: error.upstreamCode }),
      ...(error.traceId !== undefined && { traceId: error.traceId }),
    },
  });
  return { status, headers, body };
}
