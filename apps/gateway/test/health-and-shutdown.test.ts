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
});
