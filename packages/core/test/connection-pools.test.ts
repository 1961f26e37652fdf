import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN,
  type MiniMaxDownload,
  UpstreamTimeoutError,
} from '../src/index.js';
import { rejectionOf, testClient } from './helpers/client.js';
import { retrieveBody, sendRaw, startServer } from './helpers/http-server.js';

const FILE_BYTES = 8 * 1024 * 1024;

/**
 * An API host whose retrieve_content sends the headers and one chunk, then nothing more until `release` is
 * called (a transfer whose reader stopped); other ids' content is served whole.
 */
async function startStallingApi() {
  const stalled: ServerResponse[] = [];
  const server = await startServer((_req, res, request) => {
    const id = request.query.get('file_id') ?? '';
    if (request.path === '/v1/files/retrieve') {
      sendRaw(res, 200, retrieveBody({ file_id: id, bytes: String(FILE_BYTES) }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': FILE_BYTES });
    if (Number(id) <= MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN) {
      res.write(Buffer.alloc(16 * 1024));
      stalled.push(res);
      return;
    }
    res.end(Buffer.alloc(FILE_BYTES));
  });
  return { server, stalled };
}

const contentRequests = (server: { requests: { path: string; query: URLSearchParams }[] }, id: string) =>
  server.requests.filter((r) => r.path === '/v1/files/retrieve_content' && r.query.get('file_id') === id)
    .length;

describe('downloads and metadata calls use separate connection pools, and a wait for a socket has a deadline', () => {
  it('a full transfer pool of stalled downloads neither blocks a retrieve nor holds another download past its deadline', async () => {
    const { server } = await startStallingApi();
    const client = testClient(server.url, { timeoutMs: 500, maxRetries: 0 });

    // Every transfer socket to this origin is held by a download nobody reads.
    const held: MiniMaxDownload[] = await Promise.all(
      Array.from({ length: MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN }, (_, i) => client.download(String(i + 1))),
    );
    const bodies: Readable[] = held.map((download) => download.toNodeReadable());

    // Metadata has its own pool: answered at once.
    const startedAt = performance.now();
    const file = await client.retrieve('77');
    expect(file.id).toBe('77');
    expect(performance.now() - startedAt).toBeLessThan(2_000);

    // Another download waits for a transfer socket no longer than its attempt deadline.
    const waitStartedAt = performance.now();
    const error = await rejectionOf(client.download('99'));
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(performance.now() - waitStartedAt).toBeLessThan(3_000);

    // The stalled readers give up: their sockets go, and the next download gets one.
    for (const body of bodies) body.destroy();
    const next = await client.download('99');
    let received = 0;
    for await (const chunk of next.toNodeReadable()) received += (chunk as Buffer).length;
    expect(received).toBe(FILE_BYTES);
    // The request that gave up while queued was dropped before it was sent: one transfer of 99 reached the host.
    expect(contentRequests(server, '99')).toBe(1);
  });
});
