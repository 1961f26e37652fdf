import { InvalidArgumentError, isMiniMaxFilesError } from '@minimax-files/core/facts';
import { EXIT, type ExitCode, exitCodeForKind } from './exit-codes.js';

/** A failure the CLI itself reports: a message for stderr and the exit code that goes with it. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

/** Ctrl+C (SIGINT) or SIGTERM: the abort reason of every request and transfer then in flight. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(signal === 'SIGINT' ? 'interrupted' : 'terminated');
  }
}

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof Interrupted) return error.signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
  if (isMiniMaxFilesError(error)) return exitCodeForKind(error.kind);
  // A caller's mistake core found before any request (a configuration error, an unknown purpose).
  if (error instanceof InvalidArgumentError) return EXIT.usage;
  return EXIT.failure;
}

/** One line for stderr: the kind and upstream code of a MiniMax failure, the message of anything else. */
export function describeError(error: unknown): string {
  if (isMiniMaxFilesError(error)) {
    const details = [
      error.upstreamCode === undefined ? undefined : `upstream code ${error.upstreamCode}`,
      error.retryAfterSeconds === undefined ? undefined : `retry after ${error.retryAfterSeconds} s`,
      error.traceId === undefined ? undefined : `trace id ${error.traceId}`,
    ].filter((detail) => detail !== undefined);
    return `${error.kind}: ${error.message}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
