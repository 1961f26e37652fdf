import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAdmin, startAdmin, startFakeGateway } from './helpers/admin';

// Issue 10 item 6: HEAD /files/{id}/download ran the GET handler, which started a whole download from the gateway
// (and so from the upstream) and never cancelled it.
const SESSION_ID = 'mmf_s_admin-download-head-token-0123456789';
const SIZE = 8 * 1024 * 1024;
let admin: RunningAdmin;
let gateway: Awaited<ReturnType<typeof startFakeGateway>>;
const methods: string[] = [];
let bytesSent = 0;

beforeAll(async () => {
  gateway = await startFakeGateway((incoming, _body, response) => {
    if (incoming.url?.startsWith('/graphql')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}');
      return;
    }
    methods.push(incoming.method ?? '');
    response.writeHead(200, {
      'content-type': 'video/mp4',
      'content-length': SIZE,
      'content-disposition': 'attachment; filename="clip.mp4"',
    });
    if (incoming.method === 'HEAD') return void response.end();
    // A slow, large body: what a HEAD must never start.
    const chunk = Buffer.alloc(64 * 1024);
    const timer = setInterval(() => {
      if (bytesSent >= SIZE || response.destroyed) {
        clearInterval(timer);
        response.end();
        return;
      }
      bytesSent += chunk.length;
      response.write(chunk);
    }, 20);
    response.on('close', () => clearInterval(timer));
  });
  admin = await startAdmin({ GATEWAY_URL: gateway.url });
}, 90_000);

afterAll(async () => {
  await admin?.stop();
  gateway?.server.close();
});

describe('HEAD /files/{id}/download', () => {
  it('is forwarded as HEAD: the headers, no download started', async () => {
    const response = await fetch(`${admin.url}/files/42/download`, {
      method: 'HEAD',
      headers: { cookie: `mmf_session=${SESSION_ID}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('clip.mp4');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(methods).toEqual(['HEAD']);
    expect(bytesSent).toBe(0);
  });
});
