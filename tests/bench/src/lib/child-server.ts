import { type ServerProcess, startServerProcess } from '@minimax-files/testkit';
import { type CoreSlot, pinnedNode } from './cpu.js';

export interface ChildServer extends ServerProcess {
  /** The last few KiB of what the process wrote, for error messages. */
  tail(): string;
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

/**
 * Starts a server as its own process on its own core and waits until it answers HTTP. The node process id is
 * the child's pid (taskset execs node in place), for /proc RSS and CPU sampling.
 */
export async function startChildServer(options: StartOptions): Promise<ChildServer> {
  const { command, args } = pinnedNode(options.slot ?? 'server', options.nodeArgs);
  const server = await startServerProcess({
    name: options.name,
    command,
    args,
    env: { ...process.env, ...options.env },
    cwd: options.cwd,
    readyPath: options.readyPath ?? '/',
    readyTimeoutMs: options.readyTimeoutMs,
    keepStdout: options.keepStdout ?? false,
    outputLimit: 8192,
  });
  return { ...server, tail: server.output };
}
