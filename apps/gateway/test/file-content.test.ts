import { createCatalogue, MISSING_FILE_ID, readRange, SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentDisposition } from '../src/download/content-disposition.js';
import { type Stack, startStack } from './helpers/stack.js';

const LARGE_BYTES = 4 * 1024 * 1024;
const catalogue = createCatalogue({ largeFileBytes: LARGE_BYTES });
const contentOf = (id: string, start?: number, end?: number) => {
  const entry = catalogue.get(id);
  if (!entry) throw new Error(`not seeded: ${id}`);
  return readRange(entry.content, start, end);
};

let stack: Stack;
beforeAll(async () => {
  // Short enough for the hang below (three attempts), long enough that a busy machine's storage still answers
  // in time: a storage link that times out falls back to retrieve_content, and tests here name their source.
  stack = await startStack({ env: { MINIMAX_TIMEOUT_MS: '1000' } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.clearRequests();
});

async function download(id: string, headers: Record<string, string> = {}) {
  const response = await stack.fetch(`/files/${id}/content`, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('GET /files/{id}/content', () => {
  it('streams the exact bytes with type, length and an attachment disposition', async () => {
    const { response, body } = await download(SEEDED.speechWav);
    expect(response.status).toBe(200);
    expect(body.equals(contentOf(SEEDED.speechWav))).toBe(true);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="speech_output.wav"');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('names a non-ASCII file with filename* (RFC 5987) and an ASCII fallback', async () => {
    const { response, body } = await download(SEEDED.nonAscii);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toBe(contentDisposition('会议 录音 – résumé.wav'));
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('会议 录音 – résumé.wav');
    expect(body.equals(contentOf(SEEDED.nonAscii))).toBe(true);
  });

  it('never sends credentials to the storage host', async () => {
    await download(SEEDED.beyondSafe);
    const storage = stack.emulator.requests.filter((entry) => entry.route === 'storage');
    expect(storage).toHaveLength(1);
    expect(storage[0]?.hasAuthorization).toBe(false);
  });

  it('serves a file without a download link through retrieve_content', async () => {
    const { response, body } = await download(SEEDED.noDownloadUrl);
    expect(response.status).toBe(200);
    expect(body.equals(contentOf(SEEDED.noDownloadUrl))).toBe(true);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('streams a file of unknown size (bytes 0 upstream) completely', async () => {
    const { response, body } = await download(SEEDED.unknownSize);
    expect(response.status).toBe(200);
    expect(body.equals(contentOf(SEEDED.unknownSize))).toBe(true);
  });

  it('answers HEAD from metadata, without downloading', async () => {
    const response = await stack.fetch(`/files/${SEEDED.speechWav}/content`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(contentOf(SEEDED.speechWav).length));
    expect(stack.upstreamCalls('storage')).toBe(0);
  });
});

describe('Range', () => {
  it('answers bytes=a-b with 206, Content-Range and exactly those bytes', async () => {
    const size = contentOf(SEEDED.speechWav).length;
    const { response, body } = await download(SEEDED.speechWav, { range: 'bytes=100-1099' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 100-1099/${size}`);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(body.equals(contentOf(SEEDED.speechWav, 100, 1099))).toBe(true);
  });

  it('answers a suffix range and an open range', async () => {
    const size = contentOf(SEEDED.beyondSafe).length;
    const suffix = await download(SEEDED.beyondSafe, { range: 'bytes=-500' });
    expect(suffix.response.status).toBe(206);
    expect(suffix.body.equals(contentOf(SEEDED.beyondSafe, size - 500, size - 1))).toBe(true);
    const open = await download(SEEDED.beyondSafe, { range: `bytes=${size - 10}-` });
    expect(open.response.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(open.body.equals(contentOf(SEEDED.beyondSafe, size - 10))).toBe(true);
  });

  it('reads the tail of a 3 GiB file at offsets beyond 2^31', async () => {
    const { response, body } = await download(SEEDED.over2GiB, { range: 'bytes=3221225400-' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 3221225400-3221225471/3221225472');
    expect(body.equals(contentOf(SEEDED.over2GiB, 3221225400, 3221225471))).toBe(true);
  });

  it('answers 416 for a range past the end, without downloading', async () => {
    const size = contentOf(SEEDED.speechWav).length;
    const { response } = await download(SEEDED.speechWav, { range: `bytes=${size}-` });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
    expect(stack.upstreamCalls('storage')).toBe(0);
  });
});

describe('failures before the body', () => {
  async function failure(id: string) {
    const response = await stack.fetch(`/files/${id}/content`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return { response, error: (await response.json()).error };
  }

  it('404 with the kind for a missing file', async () => {
    const { response, error } = await failure(MISSING_FILE_ID);
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ kind: 'FileNotFound', retryable: false, message: expect.any(String) });
  });

  it.each(['abc', '0', '9223372036854775808', '-1', '%EF%BC%91'])(
    '400 for the invalid id %s, calling nothing',
    async (id) => {
      const { response, error } = await failure(id);
      expect(response.status).toBe(400);
      expect(error.kind).toBe('InvalidFileId');
      expect(stack.emulator.requests).toEqual([]);
    },
  );

  it('429 with Retry-After when rate limited', async () => {
    stack.emulator.setFault({
      fileId: SEEDED.small,
      route: 'retrieve',
      httpStatus: 429,
      retryAfterSeconds: 9,
    });
    const { response, error } = await failure(SEEDED.small);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('9');
    expect(error).toMatchObject({ kind: 'RateLimited', retryable: true });
  });

  it('502 for upstream errors, with the trace id', async () => {
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', statusCode: 1000 });
    const { response, error } = await failure(SEEDED.small);
    expect(response.status).toBe(502);
    expect(error).toMatchObject({ kind: 'UpstreamError', upstreamCode: 1000, traceId: expect.any(String) });
  });

  it('502 when the storage and the retrieve_content fallback both fail', async () => {
    stack.emulator.setFault({ fileId: SEEDED.t2aInput, route: 'storage', httpStatus: 500 });
    stack.emulator.setFault({ fileId: SEEDED.t2aInput, route: 'retrieve_content', httpStatus: 500 });
    const before = await downloadFailures('before-body');
    const { response, error } = await failure(SEEDED.t2aInput);
    expect(response.status).toBe(502);
    expect(error.kind).toBe('UpstreamError');
    expect(await downloadFailures('before-body')).toBe(before + 1);
  });

  it('504 when the upstream does not answer in time', async () => {
    stack.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', hang: true });
    const { response, error } = await failure(SEEDED.small);
    expect(response.status).toBe(504);
    expect(error.kind).toBe('UpstreamTimeout');
  });
});

describe('failures during the body', () => {
  it('breaks the transfer when the upstream body is cut short', async () => {
    // Both sources cut short: the storage link's fallback must not be able to hide the truncation.
    for (const route of ['storage', 'retrieve_content'] as const) {
      stack.emulator.setFault({ fileId: SEEDED.large, route, truncateBody: true });
    }
    const before = await downloadFailures('mid-body');
    const response = await stack.fetch(`/files/${SEEDED.large}/content`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(LARGE_BYTES));
    await expect(response.arrayBuffer()).rejects.toThrow();
    await expect.poll(() => downloadFailures('mid-body'), { timeout: 5_000, interval: 25 }).toBe(before + 1);
  });

  it('cancels the upstream transfer when the client goes away', async () => {
    stack.emulator.setFault({ fileId: SEEDED.large, route: 'storage', slowDripBytesPerSecond: 256 * 1024 });
    const abort = new AbortController();
    const response = await stack.fetch(`/files/${SEEDED.large}/content`, { signal: abort.signal });
    const reader = response.body?.getReader();
    await reader?.read();
    expect(await downloadsInFlight()).toBe(1);
    abort.abort();
    // At 256 KiB/s the 4 MiB body would take 16 s: only a cancelled upstream frees the slot this soon.
    await expect.poll(downloadsInFlight, { timeout: 2_000, interval: 25 }).toBe(0);
  });
});

/** gateway_download_failures_total for one stage (present at 0 from the start). */
async function downloadFailures(stage: 'before-body' | 'mid-body'): Promise<number> {
  const text = await (await stack.fetch('/metrics')).text();
  return Number(
    new RegExp(`^gateway_download_failures_total\\{stage="${stage}"\\} (\\d+)$`, 'm').exec(text)?.[1],
  );
}

async function downloadsInFlight(): Promise<number> {
  const text = await (await stack.fetch('/metrics')).text();
  return Number(/^gateway_downloads_in_flight (\d+)$/m.exec(text)?.[1]);
}
