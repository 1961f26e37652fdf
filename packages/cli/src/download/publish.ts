import { link, rename, rm } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';

/**
 * Gives a finished `NAME.part` its final name in one step, so the final name never holds a partial file.
 * Without `overwrite`, a hard link fails on an existing name (even one created during the download) instead
 * of replacing it; where links are not supported, a rename after a last check does.
 */
export async function publish(partPath: string, targetPath: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(partPath, targetPath);
    return;
  }
  try {
    await link(partPath, targetPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(targetPath);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    await rename(partPath, targetPath);
    return;
  }
  await rm(partPath, { force: true });
}

export function alreadyExists(targetPath: string): CliError {
  return new CliError(
    `${targetPath} already exists: --force overwrites it, --resume continues it if it is a partial download`,
    EXIT.usage,
  );
}
