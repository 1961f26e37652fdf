import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '@minimax-files/testkit';
import { type CoreSlot, pinnedNode } from './cpu.js';
import { sleep } from './stats.js';

export interface ChildServer {
  name: string;
  /** The node process id (taskset execs node in place, so this is node's pid): for /proc RSS sampling. */
  pid: number;
  port: number;
  url: string;
  /** The last few KiB of stderr (and stdout when kept), for error messages. */
  tail(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  /** Arguments after `node` (script path first, or flags then script). */
  nodeArgs: string[];
  env?: NodeJS.ProcessEnv;
  slot?: CoreSlot;
  /** Path polled until the server answers (any status below 500). */
  readyPath?: string;
  readyTimeoutMs?: number;
  /** Keep stdout (default: discarded, so a request log costs the server no more than a write to /dev/null). */
  keepStdout?: boolean;
  cwd?: string;
}

export { freePort };

const TAIL_BYTES = 8192;

/** Starts a server as its own process on its own core and waits until it answers HTTP. */
export async function startChildServer(options: StartOptions): Promise<ChildServer> {
  const port = await freePort();
  const { command, args } = pinnedNode(options.slot ?? 'server', options.nodeArgs);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...options.env },
    stdio: ['ignore', options.keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const server: ChildServer = {
    name: options.name,
    pid: child.pid ?? -1,
    port,
    url,
    tail: () => tail,
    stop: () => stopChild(child, exitPromise, () => exited !== undefined),
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (exited) {
      throw new Error(
        `${options.name} exited (code ${exited.code}, signal ${exited.signal}) before it was ready:\n${tail}`,
      );
    }
    if (await answers(`${url}${options.readyPath ?? '/'}`)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} did not answer on ${url} in time:\n${tail}`);
    }
    await sleep(50);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status < 500;
  } catch {
    return false;
  }
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<void>,
  hasExited: () => boolean,
): Promise<void> {
  if (hasExited()) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
