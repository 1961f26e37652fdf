import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/local-servers.mjs';
import { QUERY, sleep } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
let child: ChildProcess | undefined;
afterAll(() => {
  if (child?.exitCode === null) process.kill(-(child.pid as number), 'SIGKILL');
});

/** Whether anything accepts a TCP connection on the port (HTTP or not). */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('pnpm cluster', () => {
  it('runs 2 replicas behind HAProxy with the admin, prints where, and SIGTERM frees every port', async () => {
    const [emulatorPort, gatewayPort, adminPort] = [await freePort(), await freePort(), await freePort()];
    let output = '';
    child = spawn(process.execPath, ['scripts/cluster.mjs', '--replicas', '2', '--no-build'], {
      cwd: ROOT,
      detached: true,
      env: {
        ...process.env,
        MINIMAX_API_KEY: '',
        EMULATOR_PORT: String(emulatorPort),
        GATEWAY_PORT: String(gatewayPort),
        ADMIN_PORT: String(adminPort),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    const deadline = Date.now() + 120_000;
    while (!output.includes('Press Ctrl+C to stop.')) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`pnpm cluster did not start:\n${output}`);
      await sleep(200);
    }
    const token = /operator token: (\S+)/.exec(output)?.[1] as string;
    const replicaPorts = [...output.matchAll(/gateway-\d\s+http:\/\/127\.0\.0\.1:(\d+)/g)].map((m) =>
      Number(m[1]),
    );
    const redisPort = Number(/Redis .*redis:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
    const postgresPort = Number(/PostgreSQL .*127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
    expect(replicaPorts).toHaveLength(2);
    // The file_sd targets deploy/prometheus/README.md tells operators to copy: exactly the replicas.
    const targets = JSON.parse(/^Prometheus targets \(.*?\): (\[.*\])$/m.exec(output)?.[1] ?? '[]');
    expect(targets).toEqual([{ targets: replicaPorts.map((port) => `127.0.0.1:${port}`) }]);
    expect(output).toContain(`http://127.0.0.1:${gatewayPort}/graphql`);
    expect(output).toContain(`http://127.0.0.1:${adminPort}`);

    const reply = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { id: '9223372036854775807' } }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the GraphQL answer as JSON
    const body: any = await reply.json();
    expect(body.data.file).toMatchObject({ __typename: 'File', id: '9223372036854775807' });
    expect((await fetch(`http://127.0.0.1:${adminPort}/healthz`)).status).toBe(200);

    expect(await listening(redisPort)).toBe(true);
    expect(await listening(postgresPort)).toBe(true);
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const ports = [emulatorPort, gatewayPort, adminPort, redisPort, postgresPort, ...replicaPorts];
    const stillOpen: number[] = [];
    for (const port of ports) if (await listening(port)) stillOpen.push(port);
    expect(stillOpen).toEqual([]);
  }, 150_000);
});
