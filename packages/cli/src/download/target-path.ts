import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { MiniMaxFile } from '@minimax-files/core';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { safeFilename } from './safe-filename.js';

/**
 * Where a download goes. No `-o`: the file's own name made safe, in the current directory. `-o DIR` (an existing
 * directory, or a path ending in `/`): the same name in that directory. `-o PATH`: exactly that path, the
 * user's own choice. The upstream name never decides the directory.
 */
export async function targetPath(
  output: string | undefined,
  file: MiniMaxFile,
  cwd: string,
): Promise<string> {
  if (output === undefined) return inDirectory(cwd, file);
  const path = resolve(cwd, output);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) return inDirectory(path, file);
  if (output.endsWith('/') || output.endsWith(sep))
    throw new CliError(`-o ${output}: no such directory`, EXIT.usage);
  const parent = await stat(dirname(path)).catch(() => undefined);
  if (!parent?.isDirectory())
    throw new CliError(`-o ${output}: the directory ${dirname(path)} does not exist`, EXIT.usage);
  return path;
}

function inDirectory(directory: string, file: MiniMaxFile): string {
  const name = safeFilename(file.filename, file.id);
  const path = join(directory, name);
  // Belt and braces: safeFilename leaves no separator or dot-name, so this never fires.
  if (dirname(path) !== resolve(directory) || basename(path) !== name)
    throw new CliError(`refusing the upstream file name ${JSON.stringify(file.filename)}`, EXIT.failure);
  return path;
}
