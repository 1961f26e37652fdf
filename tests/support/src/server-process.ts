import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port.js';

export interface ServerProcessOptions {
  /** Named in errors. */
  name: string;
  command: string;
  args: string[];
  /** The whole environment of the process (nothing is inherited); HOST and PORT are added. */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Polled until it answers below 500 (default `/healthz`). */
  readyPath?: string;
  readyTimeoutMs?: number;
  /** `false` sends stdout to /dev/null, so a request log costs a benchmarked server no more than that. */
  keepStdout?: boolean;
  /** Keep only the last this many characters of output (default: everything). */
  outputLimit?: number;
}

export type ProcessExit = { code: number | null; signal: NodeJS.Signals | null };

export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  /** What the process wrote (stdout when kept, and stderr) so far, up to `outputLimit`. */
  output(): string;
  readonly exited: Promise<ProcessExit>;
  isRunning(): boolean;
  /** SIGTERM, then SIGKILL when it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<ProcessExit>;
}

/** Starts a server as a child process on a free loopback port and waits until it answers HTTP. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...options.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', options.keepStdout === false ? 'ignore' : 'pipe', 'pipe'],
  });
  const limit = options.outputLimit ?? Number.POSITIVE_INFINITY;
  let output = '';
  const keep = (chunk: string) => {
    output += chunk;
    if (output.length > limit) output = output.slice(-limit);
  };
  child.stdout?.setEncoding('utf8').on('data', keep);
  child.stderr?.setEncoding('utf8').on('data', keep);
  let running = true;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });
  if (child.pid === undefined) throw new Error(`${options.name} did not start`);
  const server: ServerProcess = {
    name: options.name,
    pid: child.pid,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    isRunning: () => running,
    stop: (graceMs = 5_000) => stop(child, exited, graceMs),
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (!running) {
      const { code, signal } = await exited;
      throw new Error(
        `${options.name} exited (code ${code}, signal ${signal}) before it was ready:\n${output}`,
      );
    }
    if (await answers(`${server.url}${options.readyPath ?? '/healthz'}`)) return server;
    if (Date.now() > deadline) {
      await server.stop(0);
      throw new Error(`${options.name} did not answer on ${server.url} in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
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

async function stop(
  child: ChildProcess,
  exited: Promise<ProcessExit>,
  graceMs: number,
): Promise<ProcessExit> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill(graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const result = await exited;
  clearTimeout(timer);
  return result;
}
