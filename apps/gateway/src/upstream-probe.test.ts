import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamProbe } from './upstream-probe.js';

let hits = 0;
let lastAuthorization: string | undefined;
const server = createServer((req, res) => {
  hits += 1;
  lastAuthorization = req.headers.authorization;
  res.writeHead(404).end('404 page not found');
});
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('createUpstreamProbe', () => {
  it('counts any HTTP answer as reachable, sends no credentials, and remembers the result', async () => {
    hits = 0;
    const probe = createUpstreamProbe({ baseURL: `${url}/some/base`, rememberMs: 1_000 });
    const results = await Promise.all([probe(), probe(), probe()]);
    expect(results).toEqual([true, true, true]);
    expect(await probe()).toBe(true);
    expect(hits).toBe(1);
    expect(lastAuthorization).toBeUndefined();
  });

  it('says unreachable when nothing answers in time', async () => {
    const probe = createUpstreamProbe({ baseURL: 'http://127.0.0.1:1', timeoutMs: 200 });
    expect(await probe()).toBe(false);
  });
});
