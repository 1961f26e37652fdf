import type { MiniMaxFilesError } from '@minimax-files/core';

/**
 * An unsuccessful look-up as the error members of FileResult see it: core's typed error plus the id that was
 * asked for (FileNotFound.id needs it; core's errors describe the upstream answer, not the question).
 */
export interface FailedLookup {
  readonly id: string;
  readonly error: MiniMaxFilesError;
}
