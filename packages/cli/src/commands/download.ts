import { parseFileId } from '@minimax-files/core/facts';
import { CliError, describeError, exitCodeOf } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { keepFreedMemory } from '../download/keep-freed-memory.js';
import { KeptPartial } from '../download/kept-partial.js';
import { saveToFile } from '../download/save-to-file.js';
import { targetPath } from '../download/target-path.js';
import { writeToStdout } from '../download/write-to-stdout.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { progressOn } from '../progress.js';

export interface DownloadCommandOptions {
  output?: string;
  resume?: boolean;
  force?: boolean;
}

const LARGE_FILE_BYTES = 64 * 1024 * 1024;

/** `download <id>`: the file's bytes to a file (safe name, no overwrite without --force) or to stdout (`-o -`). */
export async function downloadCommand(
  input: string,
  options: DownloadCommandOptions,
  ctx: CommandContext,
): Promise<ExitCode> {
  const id = parseFileId(input);
  if (options.output === '-' && options.resume)
    throw new CliError('--resume needs a file: it cannot continue a download to stdout (-o -)', EXIT.usage);
  const client = await ctx.client();
  const file = await client.retrieve(id, { signal: ctx.signal });
  const progress = progressOn(ctx.stderr);
  // A small file never frees enough socket buffers at once to be handed back to the kernel.
  if (file.bytes === 0 || file.bytes >= LARGE_FILE_BYTES) keepFreedMemory();
  if (options.output === '-') {
    await writeToStdout(client, file, ctx, progress);
    return EXIT.ok;
  }
  const path = await targetPath(options.output, file, process.cwd());
  try {
    await saveToFile(client, file, path, {
      resume: options.resume === true,
      force: options.force === true,
      signal: ctx.signal,
      progress,
    });
  } catch (error) {
    if (!(error instanceof KeptPartial)) throw error;
    ctx.error(describeError(error.cause));
    ctx.error(error.message);
    return exitCodeOf(error.cause);
  }
  return EXIT.ok;
}
