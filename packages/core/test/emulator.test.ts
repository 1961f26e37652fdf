import { createHash } from 'node:crypto';
import {
  createCatalogue,
  type FaultRule,
  MISSING_FILE_ID,
  readRange,
  SEEDED,
  startEmulator,
} from '@minimax-files/emulator';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationFailedError,
  ContentRejectedError,
  FileNotFoundError,
  InsufficientBalanceError,
  InvalidFileIdError,
  type MiniMaxFilesError,
  RateLimitedError,
  UpstreamError,
  UpstreamTimeoutError,
} from '../src/index.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { useEmulator } from './helpers/emulator.js';
import { readAll } from './helpers/http-server.js';

const LARGE_BYTES = 8 * 1024 * 1024;
const catalogue = createCatalogue({ largeFileBytes: LARGE_BYTES });
const fixture = useEmulator({ largeFileBytes: LARGE_BYTES });
const client = fixture.client;

/** Deep equality on big buffers is slow and prints megabytes when it fails; digests are neither. */
function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function contentOf(id: string, start?: number, end?: number): Buffer {
  const entry = catalogue.get(id);
  if (entry === undefined) throw new Error(`not seeded: ${id}`);
  return readRange(entry.content, start, end);
}

describe('against the emulator: retrieve', () => {
  it.each([
    ['2^63-1', SEEDED.maxId],
    ['2^53+1', SEEDED.beyondSafe],
  ])('returns id %s with every digit', async (_name, id) => {
    const file = await client().retrieve(id);
    expect(file.id).toBe(id);
    expect(file.downloadUrl).toMatch(/Expires=\d+/);
    expect(file.downloadUrlExpiresAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('reads the quirky files', async () => {
    const c = client();
    expect((await c.retrieve(SEEDED.nonAscii)).filename).toBe('会议 录音 – résumé.wav');
    expect((await c.retrieve(SEEDED.unknownSize)).bytes).toBe(0);
    expect((await c.retrieve(SEEDED.over2GiB)).bytes).toBe(3221225472);
    expect(await c.retrieve(SEEDED.noDownloadUrl)).not.toHaveProperty('downloadUrl');
    expect((await c.retrieve(SEEDED.maxId)).backupDownloadUrl).toMatch(/backup-storage/);
  });

  it('maps an unknown id to FileNotFound', async () => {
    expect(await rejectionOf(client().retrieve(MISSING_FILE_ID))).toBeInstanceOf(FileNotFoundError);
  });

  it('maps a wrong key to AuthenticationFailed', async () => {
    expect(await rejectionOf(client({ apiKey: 'wrong-key' }).retrieve(SEEDED.small))).toBeInstanceOf(
      AuthenticationFailedError,
    );
  });

  const faultRows: [FaultRule, abstract new (...args: never) => MiniMaxFilesError][] = [
    [{ statusCode: 2013 }, InvalidFileIdError],
    [{ statusCode: 1004 }, AuthenticationFailedError],
    [{ statusCode: 1002 }, RateLimitedError],
    [{ statusCode: 1039 }, RateLimitedError],
    [{ httpStatus: 429 }, RateLimitedError],
    [{ statusCode: 1008 }, InsufficientBalanceError],
    [{ statusCode: 1026 }, ContentRejectedError],
    [{ statusCode: 1027 }, ContentRejectedError],
    [{ statusCode: 1001 }, UpstreamTimeoutError],
    [{ hang: true }, UpstreamTimeoutError],
    [{ statusCode: 1000 }, UpstreamError],
    [{ statusCode: 1013 }, UpstreamError],
    [{ httpStatus: 503 }, UpstreamError],
    [{ malformedJson: true }, UpstreamError],
    [{ truncateBody: true }, UpstreamError],
    [{ resetConnection: true }, UpstreamError],
    [{ statusCode: 0 }, FileNotFoundError],
    [{ httpStatus: 404 }, FileNotFoundError],
  ];
  it.each(
    faultRows.map(
      ([fault, errorClass]) => [JSON.stringify(fault), errorClass.name, fault, errorClass] as const,
    ),
  )('fault %s → %s', async (_fault, _name, fault, errorClass) => {
    fixture.emulator.setFault({ fileId: SEEDED.small, route: 'retrieve', ...fault });
    const error = (await rejectionOf(
      client(fault.hang ? { timeoutMs: 100 } : {}).retrieve(SEEDED.small),
    )) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(errorClass);
    const attempts = fixture.emulator.requests.filter((request) => request.route === 'retrieve').length;
    expect(attempts).toBe(error.retryable ? 3 : 1);
    if (!fault.hang && !fault.resetConnection) expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('retries through transient faults and then succeeds', async () => {
    fixture.emulator.setFault({
      fileId: SEEDED.maxId,
      route: 'retrieve',
      statusCode: 1002,
      retryAfterSeconds: 0,
      times: 2,
    });
    const file = await client().retrieve(SEEDED.maxId);
    expect(file.id).toBe(SEEDED.maxId);
    expect(fixture.emulator.requests.filter((request) => request.route === 'retrieve')).toHaveLength(3);
  });

  it('sends no request for an invalid id', async () => {
    await rejectionOf(client().retrieve('9223372036854775808'));
    expect(fixture.emulator.requests).toHaveLength(0);
  });
});

describe('against the emulator: download', () => {
  it('streams the right bytes from the signed link, without Authorization', async () => {
    const download = await client().download(SEEDED.speechWav);
    expect(download.source).toBe('download_url');
    expect(download.contentType).toBe('audio/wav');
    expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.speechWav)));
    const storage = fixture.emulator.requests.filter((request) => request.route === 'storage');
    expect(storage).toHaveLength(1);
    expect(storage[0]?.hasAuthorization).toBe(false);
  });

  it('falls back to backup_download_url when the link fails', async () => {
    fixture.emulator.setFault({ fileId: SEEDED.maxId, route: 'storage', httpStatus: 503 });
    const download = await client().download(SEEDED.maxId);
    expect(download.source).toBe('backup_download_url');
    expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.maxId)));
    expect(fixture.emulator.requests.filter((r) => r.route === 'backup_storage')[0]?.hasAuthorization).toBe(
      false,
    );
  });

  it('falls back to retrieve_content for a file with no link', async () => {
    const download = await client().download(SEEDED.noDownloadUrl);
    expect(download.source).toBe('retrieve_content');
    expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.noDownloadUrl)));
  });

  it('streams a bytes: 0 video in full', async () => {
    const download = await client().download(SEEDED.unknownSize);
    expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.unknownSize)));
  });

  it('streams the large file with the right length and progress', async () => {
    let last = 0;
    const download = await client().download(SEEDED.large, {
      onProgress: ({ receivedBytes }) => {
        last = receivedBytes;
      },
    });
    let total = 0;
    for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>)
      total += chunk.byteLength;
    expect(total).toBe(LARGE_BYTES);
    expect(last).toBe(LARGE_BYTES);
  });

  it('passes a range to the link', async () => {
    const download = await client().download(SEEDED.beyondSafe, { range: { start: 65_530, end: 65_545 } });
    expect(download.status).toBe(206);
    expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.beyondSafe, 65_530, 65_545)));
  });

  it('streams a really empty file', async () => {
    const download = await client().download(SEEDED.empty);
    expect(download.contentLength).toBe(0);
    expect((await readAll(download.body)).length).toBe(0);
  });

  it('reads a range beyond 2^31 of the 3 GiB file', async () => {
    const start = 3221225472 - 16;
    const download = await client().download(SEEDED.over2GiB, { range: { start } });
    expect(download.status).toBe(206);
    expect(download.contentRange).toBe(`bytes ${start}-3221225471/3221225472`);
    expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.over2GiB, start, 3221225471)));
  });

  it('fails the stream of a truncated download', async () => {
    fixture.emulator.setFault({ fileId: SEEDED.speechWav, route: 'storage', truncateBody: true });
    const download = await client().download(SEEDED.speechWav);
    expect(await rejectionOf(readAll(download.body))).toBeInstanceOf(UpstreamError);
  });

  it('never contacts a link host outside the allowlist', async () => {
    const elsewhere = await startEmulator({ port: 0 });
    try {
      const links = await startEmulator({
        port: 0,
        downloadOrigin: elsewhere.url.replace('127.0.0.1', 'localhost'),
      });
      try {
        const c = testClient(links.url, { apiKey: links.apiKey });
        const download = await c.download(SEEDED.speechWav);
        expect(download.source).toBe('retrieve_content');
        expect(sha256(await readAll(download.body))).toBe(sha256(contentOf(SEEDED.speechWav)));
        expect(elsewhere.requests).toHaveLength(0);
      } finally {
        await links.close();
      }
    } finally {
      await elsewhere.close();
    }
  });
});
