import type { MiniMaxFilesError } from '@minimax-files/core';

/** An unsuccessful upstream call as the error members see it: core's typed error, as it is. */
export interface UpstreamFailure {
  readonly error: MiniMaxFilesError;
}

/**
 * An unsuccessful look-up: core's typed error plus the id that was asked for (FileNotFound.id needs it; core's
 * errors describe the upstream answer, not the question).
 */
export interface FailedLookup extends UpstreamFailure {
  readonly id: string;
}
