import type { MiniMaxFiles } from '@minimax-files/core';
import { MiniMaxFilesConfigError } from '@minimax-files/core/facts';
import { CliError } from './cli-error.js';
import { EXIT } from './exit-codes.js';

/** The client, configured by the same MINIMAX_* variables as core; a configuration mistake is bad usage. */
export async function clientFromEnv(): Promise<MiniMaxFiles> {
  if ((process.env.MINIMAX_API_KEY ?? '').trim() === '')
    throw new CliError('MINIMAX_API_KEY is not set: export your MiniMax API key first', EXIT.usage);
  // Loaded here, not at start-up: undici and the configuration reader are most of the CLI's start-up time.
  const { MiniMaxFiles } = await import('@minimax-files/core');
  try {
    return new MiniMaxFiles();
  } catch (error) {
    if (error instanceof MiniMaxFilesConfigError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}
