import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forwardDownload } from './forward-download';
import { forwardGraphql } from './forward-graphql';

// A real HTTP server on 127.0.0.1 that answers like the gateway's /files/{id}/content and /graphql, and
// records what the admin sent it.
const SESSION = 'mmf_s_session-for-tests';
const BYTES = Buffer.from(Array.from({ length: 100 }, (_, index) => index));
const DISPOSITION = `attachment; filename="a.wav"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE.wav`;

let server: Server;
let gateway: string;
let seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({ url: request.url ?? '', headers: request.headers, body });
      if (request.headers.authorization !== `Session ${SESSION}`) {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no"}]}');
      } else if (request.url === '/graphql') {
        response
          .writeHead(200, { 'content-type': 'application/graphql-response+json' })
          .end('{"data":{"ok":true}}');
      } else if (request.url === '/files/42/content') {
        const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
        const headers = {
          'content-type': 'audio/wav',
          'content-disposition': DISPOSITION,
          'accept-ranges': 'bytes',
        };
        if (range) {
          const [start, end] = [Number(range[1]), Number(range[2])];
          response
            .writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${BYTES.length}` })
            .end(BYTES.subarray(start, end + 1));
        } else {
          response
            .writeHead(200, { ...headers, 'content-length': BYTES.length, 'set-cookie': 'x=1' })
            .end(BYTES);
        }
      } else if (request.url === '/files/9/content') {
        // What the gateway answers a VIEWER's download.
        response.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no"}]}');
      } else if (request.url === '/files/7/content') {
        response.writeHead(200, {
          'content-type': 'text/html',
          'content-disposition': 'attachment; filename="x.html"',
        });
        response.end('<script>alert(1)</script>');
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
});

const download = (
  id: string,
  init: { session?: string | null; query?: string; headers?: Record<string, string> } = {},
) =>
  forwardDownload({
    gateway,
    session: init.session === undefined ? SESSION : init.session,
    id,
    request: new Request(`http://admin.test/files/${id}/download${init.query ?? ''}`, {
      headers: init.headers,
    }),
  });

describe('forwardDownload', () => {
  it('streams the bytes with the gateway headers that matter, and the session only towards the gateway', async () => {
    const response = await download('42');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(BYTES)).toBe(true);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('content-length')).toBe('100');
    expect(response.headers.get('content-disposition')).toBe(DISPOSITION);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(seen[0]?.headers.authorization).toBe(`Session ${SESSION}`);
    expect(seen[0]?.headers['x-forwarded-for']).toBeUndefined();
  });

  it('names the browser to the gateway with the address the front door set', async () => {
    const response = await download('42', { headers: { 'x-forwarded-for': '198.51.100.7' } });
    await response.body?.cancel();
    expect(seen[0]?.headers['x-forwarded-for']).toBe('198.51.100.7');
  });

  it('forwards Range and passes 206 with Content-Range back, inline for playback', async () => {
    const response = await download('042', { query: '?inline=1', headers: { range: 'bytes=10-19' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 10-19/100');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="a.wav"; filename\*=/);
    expect(Buffer.from(await response.arrayBuffer()).equals(BYTES.subarray(10, 20))).toBe(true);
    expect(seen[0]?.url).toBe('/files/42/content');
    expect(seen[0]?.headers.range).toBe('bytes=10-19');
  });

  it('never serves a non-media file inline', async () => {
    const response = await download('7', { query: '?inline=1' });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="x.html"');
    await response.body?.cancel();
  });

  it('asks nothing of the gateway when signed out or the id is not an id', async () => {
    expect((await download('42', { session: null })).status).toBe(401);
    expect((await download('abc')).status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('says plainly when the gateway refuses or cannot be reached', async () => {
    const refused = await download('42', { session: 'mmf_s_signed-out' });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('Sign in again');
    const forbidden = await download('9');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('role may look files up but not download');
    const missing = await download('5');
    expect(missing.status).toBe(404);
    const unreachable = await forwardDownload({
      gateway: 'http://127.0.0.1:9',
      session: SESSION,
      id: '42',
      request: new Request('http://admin.test/files/42/download'),
    });
    expect(unreachable.status).toBe(502);
  });
});

describe('forwardGraphql', () => {
  const post = (session: string | null, headers: Record<string, string> = {}) =>
    forwardGraphql({
      gateway,
      session,
      request: new Request('http://admin.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"query":"{ __typename }"}',
      }),
    });

  it('forwards the operation with the session id and returns the answer unchanged', async () => {
    const response = await post(SESSION);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json');
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(seen[0]?.body).toBe('{"query":"{ __typename }"}');
    expect(seen[0]?.headers.authorization).toBe(`Session ${SESSION}`);
  });

  it('names the browser to the gateway with the address the front door set', async () => {
    await post(SESSION, { 'x-forwarded-for': '198.51.100.7' });
    expect(seen[0]?.headers['x-forwarded-for']).toBe('198.51.100.7');
  });

  it('refuses signed-out and cross-site requests without calling the gateway', async () => {
    expect((await post(null)).status).toBe(401);
    expect((await post(SESSION, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  // Issue 10 item 5: a form-encoded POST from another port of the same host (same site, so the SameSite=Strict
  // cookie came along) was forwarded.
  it('refuses what is not same-origin JSON, without calling the gateway', async () => {
    expect((await post(SESSION, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await post(SESSION, { origin: 'http://admin.test:8080' })).status).toBe(403);
    expect((await post(SESSION, { origin: 'null' })).status).toBe(403);
    expect((await post(SESSION, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(SESSION, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(SESSION, { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(415);
    expect(seen).toHaveLength(0);
    const own = await post(SESSION, { 'sec-fetch-site': 'same-origin', origin: 'http://admin.test' });
    expect(own.status).toBe(200);
  });

  it('asks whether the session is accepted before reading the body', async () => {
    const refused = await forwardGraphql({
      gateway,
      session: 'forged',
      request: new Request('http://admin.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      sessionAccepted: async () => false,
    });
    expect(refused.status).toBe(401);
    expect(seen).toHaveLength(0);
  });

  it('passes the gateway 401 on, so the page can send the operator to sign in', async () => {
    expect((await post('revoked')).status).toBe(401);
  });
});
