import { SEEDED } from '@minimax-files/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { downloadThroughGateway, isCompleteCopy, referenceBytes } from '../src/harness/download.js';
import { send } from '../src/harness/http-client.js';
import { lookUp } from '../src/harness/lookup.js';
import { type Stack, startStack } from '../src/harness/stack.js';

const SLOW_ID = '7900000000000001';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM drains in-flight work and exits 0', () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.close();
    stack = undefined;
  });

  it('finishes a slow look-up and a slow download that were in flight, refuses new work, exits 0', async ({
    task,
  }) => {
    stack = await startStack({ gatewayEnv: { GATEWAY_SHUTDOWN_GRACE_MS: '5000' } });
    const { emulator, gateway } = stack;
    const expected = await referenceBytes(emulator, SEEDED.speechWav);
    emulator.setFault({ fileId: SLOW_ID, route: 'retrieve', latencyMs: 300 });
    // About 900 ms of body, well past the moment SIGTERM arrives.
    emulator.setFault({
      fileId: SEEDED.speechWav,
      route: 'storage',
      slowDripBytesPerSecond: Math.ceil(expected.length / 0.9),
    });

    const lookup = lookUp(gateway, SLOW_ID);
    const download = downloadThroughGateway(gateway, SEEDED.speechWav);
    await sleep(150);
    const signalledAt = performance.now();
    process.kill(gateway.pid, 'SIGTERM');
    await sleep(50);

    // Ready no more: a load balancer stops sending work while in-flight requests finish.
    const probe = await send(`${gateway.url}/readyz`).catch((error: Error) => ({ status: 0, error }));
    expect(probe.status).not.toBe(200);

    const [looked, downloaded] = await Promise.all([lookup, download]);
    expect(looked.file).toMatchObject({ __typename: 'FileNotFound', id: SLOW_ID });
    expect(
      isCompleteCopy(downloaded, expected),
      `download ${downloaded.status} complete=${downloaded.complete}`,
    ).toBe(true);

    const exit = await gateway.exited;
    const drainMs = performance.now() - signalledAt;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(drainMs).toBeLessThan(5_000);
    // After exit nothing listens any more.
    await expect(send(`${gateway.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    record(task, { requestsServedUnderFaults: 2 });
  });

  it('does not wait forever for an upstream that never answers: exits 0 within the per-attempt timeouts', async () => {
    stack = await startStack({
      gatewayEnv: { GATEWAY_SHUTDOWN_GRACE_MS: '10000', MINIMAX_TIMEOUT_MS: '300', MINIMAX_MAX_RETRIES: '0' },
    });
    const { emulator, gateway } = stack;
    emulator.setFault({ fileId: SLOW_ID, route: 'retrieve', hang: true });
    const lookup = lookUp(gateway, SLOW_ID);
    await sleep(100);
    const signalledAt = performance.now();
    process.kill(gateway.pid, 'SIGTERM');
    const looked = await lookup;
    expect(looked.file?.__typename).toBe('UpstreamTimeout');
    const exit = await gateway.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // Well under the 10 s grace period (which an unbounded wait would use up), with room for a loaded machine:
    // a fresh-clone run took 2.1 s (drain delay, the 300 ms attempt, the audit flush and the database's close).
    expect(performance.now() - signalledAt).toBeLessThan(5_000);
  });

  it('exits 0 promptly when idle, keep-alive connections included', async () => {
    stack = await startStack();
    const { gateway } = stack;
    // Leave an idle keep-alive connection open to the gateway.
    const response = await fetch(`${gateway.url}/healthz`);
    await response.arrayBuffer();
    const signalledAt = performance.now();
    process.kill(gateway.pid, 'SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(performance.now() - signalledAt).toBeLessThan(1_500);
  });
});
