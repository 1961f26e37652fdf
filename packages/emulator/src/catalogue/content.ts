/**
 * A file's bytes, readable by byte range without holding the whole file: small files are buffers,
 * big ones are computed block by block so a 3 GiB file costs one 64 KiB block of memory.
 */
export interface FileContent {
  readonly size: number;
  /** Yields the bytes from `start` to `end` inclusive, in chunks of at most 64 KiB. */
  chunks(start: number, end: number): Iterable<Buffer>;
}

const CHUNK_BYTES = 64 * 1024;

export function bufferContent(bytes: Buffer): FileContent {
  return {
    size: bytes.length,
    *chunks(start, end) {
      for (let at = start; at <= end; at += CHUNK_BYTES) {
        yield bytes.subarray(at, Math.min(at + CHUNK_BYTES, end + 1));
      }
    },
  };
}

/**
 * Deterministic pseudo-random bytes of any size. Each 64 KiB block is the same seeded noise with its own
 * offset written into its first 8 bytes, so a client that stitches ranges at the wrong place sees different
 * bytes (a plain repeating pattern would hide off-by-a-block errors).
 */
export function patternContent(size: number, seed: number): FileContent {
  const noise = seededNoise(CHUNK_BYTES, seed);
  return {
    size,
    *chunks(start, end) {
      let at = start;
      while (at <= end) {
        const blockStart = at - (at % CHUNK_BYTES);
        const block = Buffer.allocUnsafe(CHUNK_BYTES);
        noise.copy(block);
        block.writeBigUInt64BE(BigInt(blockStart), 0);
        const from = at - blockStart;
        const to = Math.min(CHUNK_BYTES, end + 1 - blockStart);
        yield block.subarray(from, to);
        at = blockStart + to;
      }
    },
  };
}

/** Reads a range fully into memory: for small files and tests only. */
export function readRange(content: FileContent, start = 0, end = content.size - 1): Buffer {
  return Buffer.concat([...content.chunks(start, end)]);
}

function seededNoise(length: number, seed: number): Buffer {
  // xorshift32: tiny, fast and the same on every platform.
  const out = Buffer.allocUnsafe(length);
  let state = seed >>> 0 || 0x9e3779b9;
  for (let i = 0; i < length; i += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out.writeUInt32LE(state >>> 0, i);
  }
  return out;
}
