import type { ErrorKind } from '@minimax-files/core';

/** The contract's exit codes (CONTRACT.md, "Command line"), plus the shell's convention for Ctrl+C. */
export const EXIT = {
  ok: 0,
  /** Any other upstream failure; also a local write failure or a file that changed upstream mid-resume. */
  failure: 1,
  /** Bad usage or an invalid id (no request made); also a refusal to overwrite without --force. */
  usage: 2,
  notFound: 3,
  authentication: 4,
  rateLimited: 5,
  /** 128 + SIGINT, what shells report for a command stopped with Ctrl+C. */
  interrupted: 130,
  /** 128 + SIGTERM: stopped by `kill`, `timeout` or a supervisor, as cleanly as by Ctrl+C. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const BY_KIND: Partial<Record<ErrorKind, ExitCode>> = {
  InvalidFileId: EXIT.usage,
  FileNotFound: EXIT.notFound,
  AuthenticationFailed: EXIT.authentication,
  RateLimited: EXIT.rateLimited,
};

export function exitCodeForKind(kind: ErrorKind): ExitCode {
  return BY_KIND[kind] ?? EXIT.failure;
}
