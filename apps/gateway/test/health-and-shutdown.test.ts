import { createServer } from 'node:net';
import { SEEDED } from '@minimax-files/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './helpers/stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('/healthz and /readyz', () => {
  it('/readyz is 503 when the upstream cannot be reached, while /healthz stays 200', async () => {
    stack = await startStack({ env: { MINIMAX_BASE_URL: `http://127.0.0.1:${await closedPort()}` } });
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${stack.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.text()).toBe('');
  });

  it('/readyz is 200 when the upstream answers, and costs no API call', async () => {
    stack = await startStack();
    expect((await fetch(`${stack.url}/readyz`)).status).toBe(200);
    const apiCalls = stack.emulator.requests.filter(
      (entry) => entry.route !== 'other' && entry.route !== 'health',
    );
    expect(apiCalls).toEqual([]);
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight download finish, then refuses new connections', async () => {
    stack = await startStack({ env: { GATEWAY_SHUTDOWN_GRACE_MS: '5000' } });
    const running = stack;
    // A ~64 KB file sent at 160 KB/s: about 400 ms of transfer still to go when close() starts.
    running.emulator.setFault({ fileId: SEEDED.small, route: 'storage', slowDripBytesPerSecond: 160 * 1024 });
    const response = await running.fetch(`/files/${SEEDED.small}/content`);
    const body = response.arrayBuffer();
    const closed = running.gateway.close();
    const bytes = await body;
    expect(bytes.byteLength).toBe(64044);
    await closed;
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    await running.emulator.close();
    stack = undefined;
  });

  it('cuts connections still busy when the grace period ends', async () => {
    stack = await startStack({ env: { GATEWAY_SHUTDOWN_GRACE_MS: '100' } });
    const running = stack;
    running.emulator.setFault({ fileId: SEEDED.small, route: 'storage', slowDripBytesPerSecond: 8 * 1024 });
    const response = await running.fetch(`/files/${SEEDED.small}/content`);
    const started = Date.now();
    await running.gateway.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(response.arrayBuffer()).rejects.toThrow();
    await running.emulator.close();
    stack = undefined;
  });

  // Issue 10 item 13: the listener used to close at once, so a load balancer probing /readyz got connection
  // refused (indistinguishable from a crash) and a download cut at the deadline lost its log line.
  it('answers /readyz 503 while in-flight work drains, then closes the listener', async () => {
    stack = await startStack({ env: { GATEWAY_SHUTDOWN_GRACE_MS: '5000' } });
    const running = stack;
    running.emulator.setFault({ fileId: SEEDED.small, route: 'storage', slowDripBytesPerSecond: 64 * 1024 });
    const response = await running.fetch(`/files/${SEEDED.small}/content`);
    const body = response.arrayBuffer();
    const closed = running.gateway.close();
    const probe = await fetch(`${running.url}/readyz`);
    expect(probe.status).toBe(503);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    expect((await body).byteLength).toBe(64044);
    await closed;
    await expect(fetch(`${running.url}/readyz`)).rejects.toThrow();
    await running.emulator.close();
    stack = undefined;
  });

  it('keeps answering /readyz 503 for GATEWAY_DRAIN_DELAY_MS even when idle, so load balancers see it leave', async () => {
    stack = await startStack({ env: { GATEWAY_DRAIN_DELAY_MS: '600' } });
    const running = stack;
    const started = Date.now();
    const closed = running.gateway.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${running.url}/readyz`)).status).toBe(503);
    await closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    await running.emulator.close();
    stack = undefined;
  });

  it('logs the request line of a download cut when the grace period ends', async () => {
    stack = await startStack({ env: { GATEWAY_SHUTDOWN_GRACE_MS: '200' } });
    const running = stack;
    running.emulator.setFault({ fileId: SEEDED.small, route: 'storage', slowDripBytesPerSecond: 8 * 1024 });
    const response = await running.fetch(`/files/${SEEDED.small}/content`);
    const body = response.arrayBuffer().catch(() => 'cut');
    await running.gateway.close();
    const lines = running.logs
      .entries()
      .filter((line) => line.msg === 'request' && line.route === 'file_content');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', status: 499 });
    expect(await body).toBe('cut');
    await running.emulator.close();
    stack = undefined;
  });
});
