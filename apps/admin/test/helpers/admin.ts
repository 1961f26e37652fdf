import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

const ADMIN_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningAdmin {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resident memory of the admin process, in MiB (Linux /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the admin is a separate process, so it cannot be handed port 0). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The BUILT admin (`pnpm build`), started the way `pnpm start` runs it, waited for on /healthz. */
export async function startAdmin(env: Record<string, string>): Promise<RunningAdmin> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ADMIN_DIR,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1';
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the admin did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    port,
    child,
    rssMiB: () =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A stand-in gateway on 127.0.0.1 that records every request and answers with `handler`. */
export async function startFakeGateway(
  handler: (request: IncomingMessage, body: string, response: ServerResponse) => void,
): Promise<{ url: string; seen: { url: string; body: string }[]; server: Server }> {
  const seen: { url: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({ url: request.url ?? '', body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

export interface AdminBesideFakeGateway {
  admin: RunningAdmin;
  gateway: Awaited<ReturnType<typeof startFakeGateway>>;
}

/**
 * For the test file: the built admin in front of a stand-in gateway that knows one session (`sessionId`) and
 * answers its GraphQL requests with an empty success, everyone else with 401. Filled in by `beforeAll`.
 */
export function adminBesideFakeGateway(sessionId: string): AdminBesideFakeGateway {
  const running = {} as AdminBesideFakeGateway;
  beforeAll(async () => {
    running.gateway = await startFakeGateway((incoming, _body, response) => {
      const ok = incoming.headers.authorization === `Session ${sessionId}`;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(ok ? '{"data":{"__typename":"Query"}}' : '{"errors":[{"message":"no"}]}');
    });
    running.admin = await startAdmin({ GATEWAY_URL: running.gateway.url });
  }, 90_000);
  afterAll(async () => {
    await running.admin?.stop();
    running.gateway?.server.close();
  });
  return running;
}
