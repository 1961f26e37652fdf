import type { MiniMaxFile, MiniMaxFilesError } from '@minimax-files/core';

/**
 * One file as a JSON line. The id is core's exact decimal string (never a JS number, so ids above 2^53 keep
 * every digit); `bytes` is a safe integer by core's rule. The signed download link is left out: it is a
 * bearer credential for the file.
 */
export function fileLine(file: MiniMaxFile): string {
  return JSON.stringify({
    id: file.id,
    filename: file.filename,
    bytes: file.bytes,
    purpose: file.purpose,
    createdAt: file.createdAt.toISOString(),
  });
}

/** A failed id as a JSON line, with the same error fields as the GraphQL `Error` interface. */
export function errorLine(id: string, error: MiniMaxFilesError): string {
  return JSON.stringify({
    id,
    error: {
      kind: error.kind,
      message: error.message,
      retryable: error.retryable,
      upstreamCode: error.upstreamCode ?? null,
    },
  });
}
