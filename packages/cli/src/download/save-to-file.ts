import { constants, ftruncateSync, open as openCallback, type Stats } from 'node:fs';
import { lstat, rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type { MiniMaxDownload, MiniMaxFile, MiniMaxFiles } from '@minimax-files/core';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import type { Progress } from '../progress.js';
import { parseContentRange } from './content-range.js';
import { fileSink } from './file-sink.js';
import { KeptPartial } from './kept-partial.js';
import { readPartialRecord, recordPathOf, removePartial, writePartialRecord } from './partial-record.js';
import { alreadyExists, publish } from './publish.js';

export interface SaveOptions {
  resume: boolean;
  force: boolean;
  signal: AbortSignal;
  progress: Progress;
}

/** Where a transfer starts: the bytes already on disk in `NAME.part` and the total they belong to. */
interface Plan {
  startBytes: number;
  /** null: unknown (MiniMax reports 0 bytes for some videos and may send no length). */
  totalBytes: number | null;
}

/**
 * Downloads a file to `targetPath` through `targetPath.part`: the bytes are written to the `.part` file and
 * moved to the final name only when complete and of the announced length. On failure (Ctrl+C included) a
 * `.part` with bytes in it is kept, with `.part.json` recording what it is of, for `--resume`.
 */
export async function saveToFile(
  client: MiniMaxFiles,
  file: MiniMaxFile,
  targetPath: string,
  options: SaveOptions,
): Promise<void> {
  const partPath = `${targetPath}.part`;
  const plan = await planTransfer(file, targetPath, partPath, options);
  if (plan === 'already complete') return;
  if (plan.totalBytes !== null && plan.startBytes === plan.totalBytes) {
    await finish(partPath, targetPath, plan.totalBytes, options.force);
    return;
  }
  // The file is opened before the request: from the answer on, nothing may await before the body is piped,
  // or an upstream that breaks off at once would error the body with no one listening.
  const fd = await openPart(partPath, plan.startBytes);
  const sink = fileSink(fd);
  let offset = plan.startBytes;
  try {
    const download = await client.download(file.id, {
      file,
      signal: options.signal,
      ...(plan.startBytes > 0 ? { range: { start: plan.startBytes } } : {}),
      onProgress: ({ receivedBytes }) => options.progress.update(offset + receivedBytes),
    });
    const { startBytes, totalBytes } = checkAnswer(download, file, plan);
    offset = startBytes;
    if (startBytes === 0) {
      // A resume the upstream answered with the whole file starts over. Only then: ext4 flushes a file truncated
      // to 0 when it is closed (its auto_da_alloc), ~0.4 s of this process's CPU per GiB.
      if (plan.startBytes > 0) ftruncateSync(fd, 0);
      writePartialRecord(partPath, { id: file.id, totalBytes });
    }
    options.progress.start(totalBytes, startBytes);
    await pipeline(download.toNodeReadable(), sink, { signal: options.signal });
    options.progress.stop();
    await finish(partPath, targetPath, totalBytes, options.force);
  } catch (error) {
    options.progress.stop();
    sink.destroy(); // closes the file, once, if the pipeline has not
    throw await keepOrRemove(partPath, options.signal.aborted ? options.signal.reason : error);
  }
}

async function planTransfer(
  file: MiniMaxFile,
  targetPath: string,
  partPath: string,
  options: SaveOptions,
): Promise<Plan | 'already complete'> {
  const target = await lstat(targetPath).catch(() => undefined);
  if (target?.isDirectory()) throw new CliError(`${targetPath} is a directory`, EXIT.usage);
  let part = await lstat(partPath).catch(() => undefined);
  const knownTotal = file.bytes > 0 ? file.bytes : null;
  if (!options.resume) {
    if (target && !options.force) throw alreadyExists(targetPath);
    if (part && !options.force)
      throw new CliError(
        `${partPath} is an unfinished download: --resume continues it, --force starts over`,
        EXIT.usage,
      );
    return { startBytes: 0, totalBytes: knownTotal };
  }
  if (target && part && !options.force) throw alreadyExists(targetPath);
  if (target && !part) {
    // A partial file under the final name (another tool's, or a copy cut short): continue it as our .part.
    if (!target.isFile()) throw new CliError(`${targetPath} is not a regular file`, EXIT.usage);
    if (knownTotal !== null && target.size === knownTotal) return 'already complete';
    if (knownTotal !== null && target.size > knownTotal)
      throw partialTooLong(file, targetPath, target.size, knownTotal);
    await rename(targetPath, partPath);
    part = await lstat(partPath);
  }
  if (!part) return { startBytes: 0, totalBytes: knownTotal };
  if (!part.isFile()) throw new CliError(`${partPath} is not a regular file`, EXIT.usage);
  return resumePlan(file, partPath, part, knownTotal);
}

async function resumePlan(
  file: MiniMaxFile,
  partPath: string,
  part: Stats,
  knownTotal: number | null,
): Promise<Plan> {
  const record = await readPartialRecord(partPath);
  if (record && record.id !== file.id)
    throw new CliError(
      `${partPath} is an unfinished download of file ${record.id}, not ${file.id}`,
      EXIT.usage,
    );
  const recordedTotal = record?.totalBytes ?? null;
  if (recordedTotal !== null && knownTotal !== null && recordedTotal !== knownTotal)
    throw changedSize(file, partPath, recordedTotal, knownTotal);
  const totalBytes = recordedTotal ?? knownTotal;
  if (totalBytes !== null && part.size > totalBytes)
    throw partialTooLong(file, partPath, part.size, totalBytes);
  return { startBytes: part.size, totalBytes };
}

/** Checks a resumed answer continues where the partial file stops, and of the same file size. */
function checkAnswer(download: MiniMaxDownload, file: MiniMaxFile, plan: Plan): Plan {
  if (plan.startBytes === 0) return { startBytes: 0, totalBytes: download.contentLength ?? plan.totalBytes };
  // An upstream that ignores Range sends the whole file: start over rather than append it.
  if (download.status === 200)
    return { startBytes: 0, totalBytes: download.contentLength ?? plan.totalBytes };
  const range = parseContentRange(download.contentRange);
  if (range === undefined || range.start !== plan.startBytes) {
    download.toNodeReadable().destroy();
    throw new CliError(
      `the upstream answered the resume of file ${file.id} from byte ${plan.startBytes} with ${download.contentRange ?? 'no Content-Range'}`,
      EXIT.failure,
    );
  }
  if (range.total !== null && plan.totalBytes !== null && range.total !== plan.totalBytes) {
    download.toNodeReadable().destroy();
    throw changedSize(file, 'the partial download', plan.totalBytes, range.total);
  }
  return { startBytes: plan.startBytes, totalBytes: plan.totalBytes ?? range.total };
}

/**
 * A fresh `.part` is created exclusively (an old one or a symlink planted under its name is removed first, never
 * followed); a resumed one is appended to, refusing a symlink.
 */
async function openPart(partPath: string, startBytes: number): Promise<number> {
  const { O_WRONLY, O_CREAT, O_EXCL, O_APPEND, O_NOFOLLOW } = constants;
  if (startBytes > 0) return await openFd(partPath, O_WRONLY | O_APPEND | O_NOFOLLOW);
  await rm(partPath, { force: true });
  return await openFd(partPath, O_WRONLY | O_CREAT | O_EXCL);
}

/** A plain descriptor for the sink (a FileHandle would close it when garbage-collected). */
const openFd = promisify((path: string, flags: number, callback: (error: Error | null, fd: number) => void) =>
  openCallback(path, flags, 0o644, callback),
);

/** The byte count is checked once more on disk (a resumed file included) before the final name is given. */
async function finish(partPath: string, targetPath: string, totalBytes: number | null, force: boolean) {
  const { size } = await stat(partPath);
  if (totalBytes !== null && size !== totalBytes)
    throw new CliError(`the download is ${size} bytes long, not the ${totalBytes} announced`, EXIT.failure);
  await publish(partPath, targetPath, force);
  await rm(recordPathOf(partPath), { force: true });
}

/**
 * Keeps a `.part` that holds bytes (for --resume) and says so; removes an empty one. A refusal of ours (a file
 * that changed size upstream) keeps it too, without suggesting a --resume that would be refused again.
 */
async function keepOrRemove(partPath: string, error: unknown): Promise<unknown> {
  const size = (await stat(partPath).catch(() => undefined))?.size ?? 0;
  if (size === 0) {
    await removePartial(partPath);
    return error;
  }
  return error instanceof CliError ? error : new KeptPartial(error, partPath, size);
}

function changedSize(file: MiniMaxFile, partial: string, before: number, now: number): CliError {
  return new CliError(
    `file ${file.id} changed size upstream: ${partial} was of ${before} bytes, the upstream file now has ${now}; ` +
      'delete the partial file or use --force to start over',
    EXIT.failure,
  );
}

function partialTooLong(file: MiniMaxFile, partial: string, size: number, total: number): CliError {
  return new CliError(
    `${partial} has ${size} bytes but file ${file.id} upstream has ${total}: it changed upstream or is another ` +
      'file; delete it or use --force to start over',
    EXIT.failure,
  );
}
