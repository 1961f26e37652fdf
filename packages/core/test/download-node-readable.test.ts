import type { ServerResponse } from 'node:http';
import { PassThrough, type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import {
  type DownloadProgress,
  type MiniMaxFile,
  type MiniMaxFilesError,
  UpstreamError,
  UpstreamTimeoutError,
} from '../src/index.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { readAll, retrieveBody, sendRaw, startServer } from './helpers/http-server.js';

// download().toNodeReadable(): the same checked bytes as `body`, as a Node Readable (what the gateway pipes).

const CONTENT = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!?');

type ContentHandler = (res: ServerResponse) => void;

const serveContent: ContentHandler = (res) => {
  res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': CONTENT.length });
  res.end(CONTENT);
};

/** The API: retrieve answers without links (so bytes come from retrieve_content, served by `content`). */
function startApi(content: ContentHandler = serveContent, bytes = CONTENT.length) {
  return startServer((_req, res, request) => {
    if (request.path === '/v1/files/retrieve') {
      sendRaw(res, 200, retrieveBody({ bytes: String(bytes) }));
      return;
    }
    if (request.path === '/v1/files/retrieve_content') {
      content(res);
      return;
    }
    sendRaw(res, 404, 'no such route');
  });
}

/** Writes `total` bytes as fast as the client takes them; resolves `closed` when the connection goes. */
function pump(total: number) {
  const state = { written: 0, finished: false, closed: undefined as Promise<void> | undefined };
  const handler: ContentHandler = (res) => {
    state.closed = new Promise((resolve) => res.once('close', () => resolve()));
    res.writeHead(200, { 'content-length': total });
    const chunk = Buffer.alloc(64 * 1024, 7);
    const write = () => {
      while (state.written < total) {
        state.written += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
      state.finished = true;
      res.end();
    };
    write();
  };
  return { state, handler };
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('download: toNodeReadable()', () => {
  it('pipes the exact bytes through a Node pipeline', async () => {
    const api = await startApi();
    const download = await testClient(api.url).download('42');
    expect(download.contentLength).toBe(CONTENT.length);
    expect(await collect(download.toNodeReadable())).toEqual(CONTENT);
  });

  it('streams from a signed download_url too', async () => {
    const storage = await startServer((_req, res) => serveContent(res), 'localhost');
    const api = await startServer((_req, res) =>
      sendRaw(
        res,
        200,
        retrieveBody({
          bytes: String(CONTENT.length),
          download_url: JSON.stringify(`${storage.url}/a?Signature=x`),
        }),
      ),
    );
    const download = await testClient(api.url, { downloadHosts: ['localhost'] }).download('42');
    expect(download.source).toBe('download_url');
    expect(await collect(download.toNodeReadable())).toEqual(CONTENT);
  });

  it('hands back a small JSON file from retrieve_content as a Node stream', async () => {
    const json = Buffer.from('{"text":"hello","base_resp":{"status_code":0}}');
    const api = await startApi((res) => sendRaw(res, 200, json), json.length);
    const download = await testClient(api.url).download('42');
    expect(await collect(download.toNodeReadable())).toEqual(json);
  });

  it('has one reader: the web body and the Node stream exclude each other', async () => {
    const api = await startApi();
    const client = testClient(api.url);

    const nodeFirst = await client.download('42');
    const stream = nodeFirst.toNodeReadable();
    expect(() => nodeFirst.body).toThrow(TypeError);
    expect(() => nodeFirst.toNodeReadable()).toThrow(TypeError);
    expect(await collect(stream)).toEqual(CONTENT);

    const webFirst = await client.download('42');
    const body = webFirst.body;
    expect(webFirst.body).toBe(body);
    expect(() => webFirst.toNodeReadable()).toThrow(/already taken as the web stream/);
    expect(await readAll(body)).toEqual(CONTENT);
  });

  it('fails with the length error when a chunked body ends short', async () => {
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.end(CONTENT.subarray(0, 40));
    });
    const download = await testClient(api.url).download('42');
    const error = (await rejectionOf(collect(download.toNodeReadable()))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/shorter than announced: 40 of 64 bytes/);
  });

  it('fails with the length error when a body runs longer than bytes', async () => {
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.end(CONTENT);
    }, 10);
    const download = await testClient(api.url).download('42');
    const error = (await rejectionOf(collect(download.toNodeReadable()))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/longer than the announced 10 bytes/);
  });

  it('fails with a non-retryable UpstreamError when the connection breaks mid-body', async () => {
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-length': CONTENT.length });
      res.write(CONTENT.subarray(0, 20));
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const download = await testClient(api.url).download('42');
    const error = (await rejectionOf(collect(download.toNodeReadable()))) as MiniMaxFilesError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryable).toBe(false);
  });

  it('fails with the caller reason when aborted mid-body', async () => {
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-length': CONTENT.length });
      res.write(CONTENT.subarray(0, 8));
    });
    const controller = new AbortController();
    const download = await testClient(api.url, { timeoutMs: 5_000 }).download('42', {
      signal: controller.signal,
    });
    const stream = download.toNodeReadable();
    const failed = rejectionOf(collect(stream));
    await sleep(20);
    controller.abort(new Error('closed the tab'));
    expect(((await failed) as Error).message).toBe('closed the tab');
  });

  it('fails with UpstreamTimeout when the body stalls longer than the timeout', async () => {
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-length': CONTENT.length });
      res.write(CONTENT.subarray(0, 8));
    });
    const download = await testClient(api.url, { timeoutMs: 200 }).download('42');
    expect(await rejectionOf(collect(download.toNodeReadable()))).toBeInstanceOf(UpstreamTimeoutError);
  });

  it('does not time out a consumer that stops reading: the idle timer runs only while waiting upstream', async () => {
    const total = 8 * 1024 * 1024;
    const { handler } = pump(total);
    const api = await startApi(handler, total);
    const download = await testClient(api.url, { timeoutMs: 150 }).download('42');
    const stream = download.toNodeReadable();
    // A PassThrough with a tiny buffer that nobody reads for a while: the pipeline stalls on our side.
    const slow = new PassThrough({ highWaterMark: 1024 });
    const piped = pipeline(stream, slow);
    await sleep(500);
    let received = 0;
    for await (const chunk of slow) received += (chunk as Buffer).byteLength;
    await piped;
    expect(received).toBe(total);
  });

  it('reads nothing ahead of the consumer, and destroying it lets go of the upstream', async () => {
    const total = 64 * 1024 * 1024;
    const { state, handler } = pump(total);
    const api = await startApi(handler, total);
    const download = await testClient(api.url).download('42');
    const stream = download.toNodeReadable();
    await new Promise((resolve) => stream.once('readable', resolve));
    stream.read();
    await sleep(150);
    expect(state.written).toBeLessThan(16 * 1024 * 1024);
    stream.destroy();
    await state.closed;
    expect(state.finished).toBe(false);
  });

  it('reports progress in order up to the total', async () => {
    const api = await startApi((res) => {
      res.writeHead(200, { 'content-length': CONTENT.length });
      res.write(CONTENT.subarray(0, 32));
      setTimeout(() => res.end(CONTENT.subarray(32)), 20);
    });
    const progress: DownloadProgress[] = [];
    const download = await testClient(api.url).download('42', { onProgress: (p) => progress.push(p) });
    await collect(download.toNodeReadable());
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toEqual({ receivedBytes: 64, totalBytes: 64 });
    const received = progress.map((p) => p.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it('fails with the error of a progress callback that throws, and closes the upstream', async () => {
    const total = 8 * 1024 * 1024;
    const { state, handler } = pump(total);
    const api = await startApi(handler, total);
    const file: MiniMaxFile = {
      id: '42',
      bytes: total,
      filename: 'a.wav',
      purpose: 't2a_async',
      createdAt: new Date(0),
    };
    const download = await testClient(api.url).download('42', {
      file,
      onProgress: () => {
        throw new Error('progress bar broke');
      },
    });
    const error = await rejectionOf(collect(download.toNodeReadable()));
    expect((error as Error).message).toBe('progress bar broke');
    await state.closed;
    expect(state.finished).toBe(false);
  });
});
