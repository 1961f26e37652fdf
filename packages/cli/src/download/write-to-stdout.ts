import { pipeline } from 'node:stream/promises';
import type { MiniMaxFile, MiniMaxFiles } from '@minimax-files/core';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import type { Progress } from '../progress.js';

/** `-o -`: the checked bytes to stdout. A short transfer still fails (exit 1), after what arrived was written. */
export async function writeToStdout(
  client: MiniMaxFiles,
  file: MiniMaxFile,
  ctx: CommandContext,
  progress: Progress,
): Promise<void> {
  const download = await client.download(file.id, {
    file,
    signal: ctx.signal,
    onProgress: ({ receivedBytes }) => progress.update(receivedBytes),
  });
  progress.start(download.contentLength ?? (file.bytes > 0 ? file.bytes : null), 0);
  try {
    await pipeline(download.toNodeReadable(), ctx.stdout, { signal: ctx.signal, end: false });
  } catch (error) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    if ((error as NodeJS.ErrnoException).code === 'EPIPE')
      throw new CliError('stdout was closed before the download ended', EXIT.failure);
    throw error;
  } finally {
    progress.stop();
  }
}
