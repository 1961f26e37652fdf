import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationFailedError,
  FileNotFoundError,
  type MiniMaxFile,
  type MiniMaxFilesError,
  UpstreamError,
  type UpstreamEvent,
  UpstreamTimeoutError,
} from '../src/index.js';
import { rejectionOf, TEST_KEY, testClient } from './helpers/client.js';
import {
  errorBody,
  readAll,
  retrieveBody,
  sendRaw,
  startServer,
  type TestServer,
} from './helpers/http-server.js';

const CONTENT = Buffer.from('RIFF....WAVEfmt the bytes of a small file, exactly 64 bytes long!').subarray(
  0,
  64,
);

type StorageHandler = (res: ServerResponse, range: string | undefined) => void;

const serveContent: StorageHandler = (res, range) => {
  const match = range === undefined ? null : /^bytes=(\d+)-(\d*)$/.exec(range);
  if (match) {
    const start = Number(match[1]);
    const end = match[2] === '' ? CONTENT.length - 1 : Number(match[2]);
    const part = CONTENT.subarray(start, end + 1);
    res.writeHead(206, {
      'content-type': 'audio/wav',
      'content-length': part.length,
      'content-range': `bytes ${start}-${end}/${CONTENT.length}`,
    });
    res.end(part);
    return;
  }
  res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': CONTENT.length });
  res.end(CONTENT);
};

/** A separate "download host", bound to `localhost` so it is not the API's own host (127.0.0.1). */
function startStorage(handler: StorageHandler = serveContent) {
  return startServer((req, res) => handler(res, req.headers.range), 'localhost');
}

interface ApiSetup {
  downloadUrl?: string;
  backupUrl?: string;
  bytes?: number;
  content?: (res: ServerResponse, range: string | undefined) => void;
}

/** The API host: retrieve answers with the given links; retrieve_content serves CONTENT. */
function startApi(setup: ApiSetup = {}) {
  return startServer((req, res, request) => {
    if (request.path === '/v1/files/retrieve') {
      sendRaw(
        res,
        200,
        retrieveBody({
          bytes: String(setup.bytes ?? CONTENT.length),
          download_url: setup.downloadUrl === undefined ? undefined : JSON.stringify(setup.downloadUrl),
          backup_download_url: setup.backupUrl === undefined ? undefined : JSON.stringify(setup.backupUrl),
        }),
      );
      return;
    }
    if (request.path === '/v1/files/retrieve_content') {
      (setup.content ?? serveContent)(res, req.headers.range);
      return;
    }
    sendRaw(res, 404, 'no such route');
  });
}

/** Writes `total` bytes as fast as the client takes them, honouring backpressure. */
function pump(res: ServerResponse, total: number, onWritten: (bytes: number) => void = () => {}): void {
  res.writeHead(200, { 'content-length': total });
  const chunk = Buffer.alloc(64 * 1024, 7);
  let written = 0;
  const write = () => {
    while (written < total) {
      written += chunk.length;
      onWritten(written);
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    res.end();
  };
  write();
}

function paths(server: TestServer): string[] {
  return server.requests.map((request) => request.path);
}

function expectNoCredential(server: TestServer): void {
  for (const request of server.requests) {
    expect(request.headers.authorization).toBeUndefined();
    expect(JSON.stringify(request.headers)).not.toContain(TEST_KEY);
  }
}

describe('download: sources and fallbacks', () => {
  it('streams from an allowed download_url with no Authorization header', async () => {
    const storage = await startStorage();
    const api = await startApi({
      downloadUrl: `${storage.url}/bucket/file.wav?Expires=9999999999&Signature=x`,
    });
    const client = testClient(api.url, { downloadHosts: ['localhost'] });
    const download = await client.download('42');
    expect(download.source).toBe('download_url');
    expect(download.status).toBe(200);
    expect(download.contentLength).toBe(CONTENT.length);
    expect(download.contentType).toBe('audio/wav');
    expect(download.file.id).toBe('42');
    expect(await readAll(download.body)).toEqual(CONTENT);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.query.get('Signature')).toBe('x');
    expectNoCredential(storage);
    expect(paths(api)).toEqual(['/v1/files/retrieve']);
  });

  it('never contacts a download host outside the allowlist, and falls back to retrieve_content with the key', async () => {
    const storage = await startStorage();
    const api = await startApi({ downloadUrl: `${storage.url}/bucket/file.wav` });
    const download = await testClient(api.url, { downloadHosts: ['*.minimax.io'] }).download('42');
    expect(download.source).toBe('retrieve_content');
    expect(await readAll(download.body)).toEqual(CONTENT);
    expect(storage.requests).toHaveLength(0);
    expect(paths(api)).toEqual(['/v1/files/retrieve', '/v1/files/retrieve_content']);
    expect(api.requests[1]?.query.get('file_id')).toBe('42');
    expect(api.requests[1]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it('uses retrieve_content when there is no download_url', async () => {
    const api = await startApi();
    const download = await testClient(api.url).download('42');
    expect(download.source).toBe('retrieve_content');
    expect(await readAll(download.body)).toEqual(CONTENT);
  });

  it('tries backup_download_url when download_url answers 403 (expired signature)', async () => {
    const dead = await startStorage((res) => sendRaw(res, 403, '<Error>AccessDenied</Error>'));
    const backup = await startStorage();
    const api = await startApi({ downloadUrl: `${dead.url}/a`, backupUrl: `${backup.url}/b` });
    const events: UpstreamEvent[] = [];
    const client = testClient(api.url, {
      downloadHosts: ['localhost'],
      onUpstreamResponse: (e) => events.push(e),
    });
    const download = await client.download('42');
    expect(download.source).toBe('backup_download_url');
    expect(await readAll(download.body)).toEqual(CONTENT);
    expect(dead.requests).toHaveLength(1);
    expectNoCredential(dead);
    expectNoCredential(backup);
    expect(events.map((e) => `${e.route}:${e.outcome}`)).toEqual([
      'retrieve:ok',
      'download_url:UpstreamError',
      'download_url:ok',
    ]);
  });

  it('falls back download_url → backup → retrieve_content when both links fail', async () => {
    const dead = await startStorage((res) => sendRaw(res, 403, 'denied'));
    const broken = await startStorage((res) => res.socket?.destroy());
    const api = await startApi({ downloadUrl: `${dead.url}/a`, backupUrl: `${broken.url}/b` });
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42');
    expect(download.source).toBe('retrieve_content');
    expect(await readAll(download.body)).toEqual(CONTENT);
    expect([dead.requests.length, broken.requests.length]).toEqual([1, 1]);
  });

  it('does not follow a redirect to a disallowed host', async () => {
    const elsewhere = await startServer((_req, res) => res.end('stolen'), '127.0.0.2');
    const redirecting = await startStorage((res) => {
      res.writeHead(302, { location: `${elsewhere.url}/x` });
      res.end();
    });
    const api = await startApi({ downloadUrl: `${redirecting.url}/a` });
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42');
    expect(download.source).toBe('retrieve_content');
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('skips a link whose Expires= has passed without contacting it', async () => {
    const storage = await startStorage();
    const api = await startApi({ downloadUrl: `${storage.url}/a?Expires=1000000000` });
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42');
    expect(download.file.downloadUrlExpiresAt).toEqual(new Date(1e12));
    expect(download.source).toBe('retrieve_content');
    expect(storage.requests).toHaveLength(0);
  });

  it('uses known metadata without a retrieve call', async () => {
    const api = await startApi();
    const file: MiniMaxFile = {
      id: '42',
      bytes: CONTENT.length,
      filename: 'a.wav',
      purpose: 't2a_async',
      createdAt: new Date(0),
    };
    const download = await testClient(api.url).download('42', { file });
    expect(download.file).toBe(file);
    expect(paths(api)).toEqual(['/v1/files/retrieve_content']);
    await readAll(download.body);
  });

  it('classifies a retrieve_content JSON error answered with HTTP 200', async () => {
    const api = await startApi({ content: (res) => sendRaw(res, 200, errorBody(1004, 'login fail')) });
    const error = await rejectionOf(testClient(api.url).download('42'));
    expect(error).toBeInstanceOf(AuthenticationFailedError);
  });

  it('hands back a small JSON file from retrieve_content untouched', async () => {
    const json = Buffer.from('{"text":"hello","base_resp":{"status_code":0}}');
    const api = await startApi({ bytes: json.length, content: (res) => sendRaw(res, 200, json) });
    const download = await testClient(api.url).download('42');
    expect(download.contentType).toBe('application/json');
    expect(await readAll(download.body)).toEqual(json);
  });

  it('classifies a retrieve_content 404 with MiniMax JSON as FileNotFound', async () => {
    const api = await startApi({ content: (res) => sendRaw(res, 404, errorBody(2013, 'file not exist')) });
    expect(await rejectionOf(testClient(api.url).download('42'))).toBeInstanceOf(FileNotFoundError);
  });

  it('retries retrieve_content on a 5xx', async () => {
    let calls = 0;
    const api = await startApi({
      content: (res, range) => (++calls < 3 ? sendRaw(res, 503, 'busy') : serveContent(res, range)),
    });
    const download = await testClient(api.url).download('42');
    expect(await readAll(download.body)).toEqual(CONTENT);
    expect(calls).toBe(3);
  });

  it('follows a retrieve_content redirect to an allowed storage host, leaving the key behind', async () => {
    const storage = await startStorage();
    const api = await startApi({
      content: (res) => {
        res.writeHead(302, { location: `${storage.url}/signed?Signature=y` });
        res.end();
      },
    });
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42');
    expect(download.source).toBe('retrieve_content');
    expect(await readAll(download.body)).toEqual(CONTENT);
    expect(storage.requests).toHaveLength(1);
    expectNoCredential(storage);
  });

  it('refuses a retrieve_content redirect to a disallowed host without contacting it', async () => {
    const storage = await startStorage();
    const api = await startApi({
      content: (res) => {
        res.writeHead(302, { location: `${storage.url}/signed` });
        res.end();
      },
    });
    const error = (await rejectionOf(testClient(api.url).download('42'))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/not allowed/);
    expect(storage.requests).toHaveLength(0);
  });

  it.each([{ start: -1 }, { start: 5, end: 4 }, { start: 1.5 }, { start: 0, end: Number.NaN }])(
    'refuses the range %j before any request',
    async (range) => {
      const api = await startApi();
      await expect(testClient(api.url).download('42', { range })).rejects.toThrow(RangeError);
      expect(api.requests).toHaveLength(0);
    },
  );

  it('refuses an invalid id before any request', async () => {
    const api = await startApi();
    await rejectionOf(testClient(api.url).download('-1'));
    expect(api.requests).toHaveLength(0);
  });
});

describe('download: the body', () => {
  it('fails the stream when the body is shorter than Content-Length', async () => {
    const storage = await startStorage((res) => {
      res.writeHead(200, { 'content-length': CONTENT.length });
      res.write(CONTENT.subarray(0, 20));
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const api = await startApi({ downloadUrl: `${storage.url}/a` });
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42');
    const error = (await rejectionOf(readAll(download.body))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryable).toBe(false);
  });

  it('fails the stream when a chunked body ends short of bytes', async () => {
    const api = await startApi({
      content: (res) => {
        res.writeHead(200, { 'content-type': 'audio/wav' }); // chunked: no Content-Length
        res.end(CONTENT.subarray(0, 40));
      },
    });
    const download = await testClient(api.url).download('42');
    expect(download.contentLength).toBe(CONTENT.length);
    const error = (await rejectionOf(readAll(download.body))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/shorter than announced: 40 of 64 bytes/);
  });

  it('fails the stream when a chunked body runs longer than bytes', async () => {
    const api = await startApi({
      bytes: 10,
      content: (res) => {
        res.writeHead(200, { 'content-type': 'audio/wav' });
        res.end(CONTENT);
      },
    });
    const download = await testClient(api.url).download('42');
    const error = (await rejectionOf(readAll(download.body))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/longer than the announced 10 bytes/);
  });

  it('streams a body of unknown size (bytes 0, no Content-Length) as it comes', async () => {
    const api = await startApi({
      bytes: 0,
      content: (res) => {
        res.writeHead(200, { 'content-type': 'video/mp4' });
        res.end(CONTENT);
      },
    });
    const download = await testClient(api.url).download('42');
    expect(download.contentLength).toBeUndefined();
    expect(await readAll(download.body)).toEqual(CONTENT);
  });

  it('passes a range upstream and reports 206 with Content-Range', async () => {
    const storage = await startStorage();
    const api = await startApi({ downloadUrl: `${storage.url}/a` });
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42', {
      range: { start: 10, end: 19 },
    });
    expect(storage.requests[0]?.headers.range).toBe('bytes=10-19');
    expect(download.status).toBe(206);
    expect(download.contentRange).toBe(`bytes 10-19/${CONTENT.length}`);
    expect(download.contentLength).toBe(10);
    expect(await readAll(download.body)).toEqual(CONTENT.subarray(10, 20));
  });

  it('passes an open-ended range to retrieve_content', async () => {
    const api = await startApi();
    const download = await testClient(api.url).download('42', { range: { start: 60 } });
    expect(api.requests[1]?.headers.range).toBe('bytes=60-');
    expect(await readAll(download.body)).toEqual(CONTENT.subarray(60));
  });

  it('reports progress up to the total', async () => {
    const api = await startApi({
      content: (res) => {
        res.writeHead(200, { 'content-length': CONTENT.length });
        res.write(CONTENT.subarray(0, 32));
        setTimeout(() => res.end(CONTENT.subarray(32)), 20);
      },
    });
    const progress: { receivedBytes: number; totalBytes?: number }[] = [];
    const download = await testClient(api.url).download('42', { onProgress: (p) => progress.push(p) });
    await readAll(download.body);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toEqual({ receivedBytes: 64, totalBytes: 64 });
    const received = progress.map((p) => p.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it('errors the stream with the caller reason when aborted mid-body', async () => {
    const api = await startApi({
      content: (res) => {
        res.writeHead(200, { 'content-length': CONTENT.length });
        res.write(CONTENT.subarray(0, 8));
      },
    });
    const controller = new AbortController();
    const download = await testClient(api.url, { timeoutMs: 5_000 }).download('42', {
      signal: controller.signal,
    });
    const reader = download.body.getReader();
    await reader.read();
    controller.abort(new Error('closed the tab'));
    const error = await rejectionOf(reader.read());
    expect((error as Error).message).toBe('closed the tab');
  });

  it('errors the stream with UpstreamTimeout when the body stalls longer than the timeout', async () => {
    const api = await startApi({
      content: (res) => {
        res.writeHead(200, { 'content-length': CONTENT.length });
        res.write(CONTENT.subarray(0, 8));
      },
    });
    const download = await testClient(api.url, { timeoutMs: 500 }).download('42');
    expect(await rejectionOf(readAll(download.body))).toBeInstanceOf(UpstreamTimeoutError);
  });

  it('does not time out a slow consumer: the idle timer runs only while waiting for the upstream', async () => {
    // 8 MiB cannot sit in socket buffers: the upstream is still sending, held back by our backpressure.
    const total = 8 * 1024 * 1024;
    const api = await startApi({ bytes: total, content: (res) => pump(res, total) });
    const download = await testClient(api.url, { timeoutMs: 300 }).download('42');
    const reader = download.body.getReader();
    let received = (await reader.read()).value?.byteLength ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (let next = await reader.read(); !next.done; next = await reader.read())
      received += next.value.byteLength;
    expect(received).toBe(total);
  });

  it('does not buffer ahead of the consumer (memory stays flat)', async () => {
    const total = 64 * 1024 * 1024;
    let written = 0;
    const api = await startApi({
      bytes: total,
      content: (res) =>
        pump(res, total, (bytes) => {
          written = bytes;
        }),
    });
    const download = await testClient(api.url).download('42');
    const reader = download.body.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(written).toBeLessThan(16 * 1024 * 1024);
    await reader.cancel();
  });
});
