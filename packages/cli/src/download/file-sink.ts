import { closeSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * A Writable that writes each chunk to `fd` at once, on this thread, and closes `fd` when finished or
 * destroyed. Writes to a local file land in the page cache in microseconds; doing them here rather than on
 * libuv's thread pool (what fs.createWriteStream does) saves a thread hop and a promise per chunk, which is
 * most of the CLI's cost per MiB beside the upstream socket (the bench's `cli-download` row).
 */
export function fileSink(fd: number): Writable {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    closeSync(fd);
  };
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      try {
        writeFully(fd, chunk);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    final(callback) {
      try {
        close();
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    destroy(error, callback) {
      try {
        close();
      } catch {
        // the error that destroyed the stream is the one to report
      }
      callback(error);
    },
  });
}

function writeFully(fd: number, chunk: Buffer): void {
  let offset = 0;
  while (offset < chunk.byteLength) offset += writeSync(fd, chunk, offset, chunk.byteLength - offset);
}
