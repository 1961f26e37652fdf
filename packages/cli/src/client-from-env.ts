import { MiniMaxFiles, MiniMaxFilesConfigError } from '@minimax-files/core';
import { CliError } from './cli-error.js';
import { EXIT } from './exit-codes.js';

/** The client, configured by the same MINIMAX_* variables as core; a configuration mistake is bad usage. */
export function clientFromEnv(): MiniMaxFiles {
  if ((process.env.MINIMAX_API_KEY ?? '').trim() === '')
    throw new CliError('MINIMAX_API_KEY is not set: export your MiniMax API key first', EXIT.usage);
  try {
    return new MiniMaxFiles();
  } catch (error) {
    if (error instanceof MiniMaxFilesConfigError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}
