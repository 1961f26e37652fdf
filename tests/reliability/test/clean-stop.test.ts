import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../src/harness/free-port.js';

// Issue 10 item 12: `npm start` (npm → sh → node scripts/start.mjs → pnpm → node servers) must take every server
// down with it, whichever process gets the signal, and when its parent disappears. Before, SIGTERM to npm left the
// emulator, gateway and admin running with their ports taken.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Started {
  top: ChildProcess;
  /** node scripts/start.mjs, found below npm. */
  script: number;
  ports: number[];
  output(): string;
}

async function npmStart(): Promise<Started> {
  const ports = [await freePort(), await freePort(), await freePort()];
  const [emulator, gateway, admin] = ports.map(String);
  const top = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, EMULATOR_PORT: emulator, GATEWAY_PORT: gateway, ADMIN_PORT: admin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  top.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  top.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 120_000;
  while (!output.includes('MiniMax Files is running')) {
    if (top.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start did not come up:\n${output}`);
    await sleep(200);
  }
  for (const port of ports) expect(await listening(port)).toBe(true);
  const below = descendants(top.pid ?? 0);
  started.push(top.pid ?? 0, ...below);
  return { top, script: rootScript(below), ports, output: () => output };
}

/** Everything a test started, killed afterwards whatever happened (so a failure leaves no server behind). */
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

/** Every process below `pid` (read from /proc). */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  return [...parentOf.keys()].filter((child) => {
    let up = parentOf.get(child);
    while (up !== undefined && up !== pid && up > 1) up = parentOf.get(up);
    return up === pid;
  });
}

/** The repository's `node scripts/start.mjs` (not the `sh -c` around it, not the admin's own start.mjs). */
function rootScript(pids: number[]): number {
  for (const pid of pids) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const isNode = /(^|\/)node$/.test(argv[0] ?? '') && argv[1] === 'scripts/start.mjs';
      if (isNode && realpathSync(`/proc/${pid}/cwd`) === realpathSync(ROOT)) return pid;
    } catch {}
  }
  throw new Error('scripts/start.mjs not found under npm');
}

/**
 * Issue 10 item 9: npm start ran the gateway in development mode (GraphiQL from a CDN, stack traces with absolute
 * paths in errors). Now both servers run with NODE_ENV=production.
 */
async function expectProductionMode(gatewayPort: number, top: number, output: string): Promise<void> {
  const authorization = `Bearer ${/operator token: (\S+)/.exec(output)?.[1]}`;
  const servers = descendants(top).filter((pid) => {
    try {
      return /apps\/(gateway|admin)$/.test(realpathSync(`/proc/${pid}/cwd`));
    } catch {
      return false;
    }
  });
  expect(servers.length).toBeGreaterThanOrEqual(2);
  for (const pid of servers) {
    expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')).toContain('NODE_ENV=production');
  }
  const page = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    headers: { accept: 'text/html', authorization },
  });
  expect(await page.text()).not.toMatch(/graphiql|unpkg|cdn/i);
  const broken = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: '{"query": ',
  });
  expect(await broken.text()).not.toContain(ROOT);
}

/** Whether a process (not our child) is gone within `ms`. */
async function exited(pid: number, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(50);
  }
  return false;
}

/** For a failure message: what is still running. */
function processTree(): string {
  return execSync('ps -eo pid,ppid,pgid,cmd --forest', { encoding: 'utf8' });
}

/** Every port closes within `ms` (the servers drain first). */
async function portsFreed(ports: number[], ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const open = await Promise.all(ports.map(listening));
    if (!open.some(Boolean)) return true;
    await sleep(200);
  }
  return false;
}

describe('npm start stops everything it started', () => {
  it('SIGTERM to the npm process (the top one) frees every port', async () => {
    const { top, ports, output } = await npmStart();
    await expectProductionMode(ports[1] ?? 0, top.pid ?? 0, output());
    top.kill('SIGTERM');
    expect(await portsFreed(ports), processTree()).toBe(true);
  }, 180_000);

  it.each(['SIGINT', 'SIGHUP'] as const)(
    '%s to scripts/start.mjs stops every server and waits for them before exiting',
    async (signal) => {
      const { script, ports, output } = await npmStart();
      process.kill(script, signal);
      expect(await exited(script), `${output()}\n${processTree()}`).toBe(true);
      // It exits only after its children did: nothing listens by the time it is gone.
      expect(await Promise.all(ports.map(listening))).toEqual([false, false, false]);
    },
    180_000,
  );

  it('SIGKILL to npm (the parent goes away without a word) still frees every port', async () => {
    const { top, ports } = await npmStart();
    top.kill('SIGKILL');
    expect(await portsFreed(ports), processTree()).toBe(true);
  }, 180_000);
});
