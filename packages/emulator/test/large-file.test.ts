import { describe, expect, it } from 'vitest';
import { SEEDED, startEmulator } from '../src/index.js';
import { api, downloadUrlOf, retrieveJson, useEmulator } from './helpers.js';

const STREAM_BYTES = 256 * 1024 * 1024;
const BLOCK = 64 * 1024;
const emulator = useEmulator({ largeFileBytes: STREAM_BYTES });

/**
 * Makes the request and reads the body to the end, checking each block's offset stamp and sampling RSS from
 * before the request (a server that buffered the file would grow before the response even starts).
 */
async function streamAndMeasure(request: () => Promise<Response>) {
  const baseline = process.memoryUsage().rss;
  const response = await request();
  expect(response.headers.get('content-length')).toBe(String(STREAM_BYTES));
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  let peak = baseline;
  let received = 0;
  let stampsChecked = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let boundary = Math.ceil(received / BLOCK) * BLOCK;
    for (; boundary + 8 <= received + value.length; boundary += BLOCK) {
      const view = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      expect(view.readBigUInt64BE(boundary - received)).toBe(BigInt(boundary));
      stampsChecked++;
    }
    received += value.length;
    if (stampsChecked % 256 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  if (process.env.DEBUG_RSS) console.log('rss growth MiB', (peak - baseline) / 2 ** 20);
  return { received, stampsChecked, growth: peak - baseline };
}

describe('the large file', () => {
  it('defaults to 1 GiB', async () => {
    const own = await startEmulator({ port: 0 });
    try {
      expect((await retrieveJson(own, SEEDED.large)).file?.bytes).toBe(1024 ** 3);
    } finally {
      await own.close();
    }
  });

  it('does not generate ahead of a slow reader', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.large);
    const before = process.memoryUsage().rss;
    const response = await fetch(url);
    const reader = response.body?.getReader();
    await reader?.read();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // With backpressure the server stops at the socket buffers; without it, it would race through 256 MiB.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    await reader?.cancel();
  });

  it('streams 256 MiB from its signed link with flat memory and the right bytes', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.large);
    const { received, stampsChecked, growth } = await streamAndMeasure(() => fetch(url));
    expect(received).toBe(STREAM_BYTES);
    expect(stampsChecked).toBeGreaterThan((STREAM_BYTES / BLOCK) * 0.9);
    // Buffering the file anywhere would add 256 MiB; streaming keeps it to a few chunks in flight.
    expect(growth).toBeLessThan(96 * 1024 * 1024);
  });

  it('streams through retrieve_content with backpressure too', async () => {
    const { received, growth } = await streamAndMeasure(() =>
      api(emulator(), `/v1/files/retrieve_content?file_id=${SEEDED.large}`),
    );
    expect(received).toBe(STREAM_BYTES);
    expect(growth).toBeLessThan(96 * 1024 * 1024);
  });
});
