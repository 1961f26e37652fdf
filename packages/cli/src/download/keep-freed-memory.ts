import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Node reads a socket into a fresh 64 KiB malloc'd buffer per read; the garbage collector frees them some tens
 * of MiB at a time, and glibc hands that freed top of its heap back to the kernel whenever it exceeds its trim
 * threshold (128 KiB by default). The next reads then fault every page in again: a 1 GiB download took ~250,000
 * page faults, about half the CLI's CPU time (curl takes ~700).
 *
 * glibc raises that threshold on its own to twice the size of the largest mmap'd block freed so far, up to
 * 2 × 32 MiB (mallopt(3), "dynamic mmap threshold"), and 64 MiB is enough to keep the freed buffers for reuse.
 * So one ~32 MiB block is allocated and freed at once, on this thread: a synchronous string write, for which
 * Node reserves 3 bytes per character (UTF-8) in a temporary malloc'd buffer but touches only one. It costs
 * ~10 ms once; elsewhere than glibc it is merely a write to /dev/null.
 */
export function keepFreedMemory(): void {
  if (process.platform !== 'linux') return;
  const characters = Math.floor((32 * 1024 * 1024 - 64 * 1024) / 3);
  try {
    const fd = openSync('/dev/null', 'w');
    try {
      writeSync(fd, 'a'.repeat(characters), null, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    // only a speed-up: a system without /dev/null downloads as before
  }
}
