import type { Writable } from 'node:stream';
import type { MiniMaxFiles } from '@minimax-files/core';

/** What a command works with: where output and errors go, the client, and Ctrl+C as an abort signal. */
export interface CommandContext {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /**
   * Made on first use, so that a command refused before any request needs no API key, and loaded then: help,
   * usage errors and invalid ids never load the HTTP stack (about 150 ms of start-up).
   */
  client(): Promise<MiniMaxFiles>;
  /** Aborted (with an Interrupted reason) on SIGINT. */
  signal: AbortSignal;
  /** Writes `minimax-files: <message>` to stderr. */
  error(message: string): void;
}
