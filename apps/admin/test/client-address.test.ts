import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAdmin, startAdmin, startFakeGateway } from './helpers/admin';

// Issue 12: the gateway's sign-in throttle and audit must see the browser, not the admin. The front door sets
// X-Forwarded-For from the socket (believing a loopback proxy's first entry) and every forward passes it on.
const SESSION_ID = 'mmf_s_admin-client-address-0123456789';
let admin: RunningAdmin;
let gateway: Awaited<ReturnType<typeof startFakeGateway>>;
const forwardedFor: { url: string; xff: string | undefined }[] = [];

beforeAll(async () => {
  gateway = await startFakeGateway((incoming, _body, response) => {
    forwardedFor.push({
      url: incoming.url ?? '',
      xff: incoming.headers['x-forwarded-for'] as string | undefined,
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"data":{"__typename":"Query","me":{"name":"ana","role":"ADMIN"}}}');
  });
  admin = await startAdmin({ GATEWAY_URL: gateway.url });
}, 90_000);

afterAll(async () => {
  await admin?.stop();
  gateway?.server.close();
});

const fetchAs = async (path: string, headers: Record<string, string> = {}) => {
  forwardedFor.length = 0;
  const response = await fetch(`${admin.url}${path}`, {
    headers: { cookie: `mmf_session=${SESSION_ID}`, ...headers },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return forwardedFor.map((seen) => seen.xff);
};

describe('the caller address the gateway is told', () => {
  it('is the socket address when the browser says nothing', async () => {
    const seen = await fetchAs('/files/42/download');
    expect(seen).toEqual(['127.0.0.1']);
  }, 30_000);

  it('is the first X-Forwarded-For entry of a proxy on this machine, for downloads and rendered pages', async () => {
    expect(await fetchAs('/files/42/download', { 'x-forwarded-for': '198.51.100.7, 10.0.0.1' })).toEqual([
      '198.51.100.7',
    ]);
    const page = await fetchAs('/', { 'x-forwarded-for': '198.51.100.8' });
    expect(page.length).toBeGreaterThan(0);
    expect(new Set(page)).toEqual(new Set(['198.51.100.8']));
  }, 30_000);

  it('ignores an entry that is not an address', async () => {
    expect(await fetchAs('/files/42/download', { 'x-forwarded-for': 'unknown' })).toEqual(['127.0.0.1']);
  }, 30_000);
});
