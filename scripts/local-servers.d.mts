import type { ChildProcess } from 'node:child_process';

type Stdio = 'ignore' | 'inherit' | 'pipe';
export type SpawnChild = (
  name: string,
  command: string,
  args: string[],
  options: import('node:child_process').SpawnOptions,
) => ChildProcess;

export function findBinary(name: string, debianPackage: string, extraDirs?: string[]): string;
export function freePort(): Promise<number>;
export function waitForPort(
  port: number,
  options?: { timeoutMs?: number; child?: ChildProcess },
): Promise<void>;

/** What every local server started here is: where it listens, its process, and how it stops. */
export interface LocalServer {
  port: number;
  url: string;
  /** Its (main) process's pid while it runs. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}
/** How every local server may be started: a port (default: a free one), its output, and who spawns it. */
export interface LocalServerOptions {
  port?: number;
  stdio?: Stdio;
  spawnChild?: SpawnChild;
}

/** A server whose data outlives a stop: it starts again where it was, until destroyed. */
export interface RestartableServer extends LocalServer {
  /** Starts it again (same port, same data) after `stop()`. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

export interface LocalRedis extends RestartableServer {
  kill(): Promise<void>;
}
export function startRedis(options?: LocalServerOptions): Promise<LocalRedis>;

export type LocalHaproxy = LocalServer;
export function startHaproxy(
  options: LocalServerOptions & { backends: Array<{ name: string; port: number }> },
): Promise<LocalHaproxy>;

export interface LocalPostgres extends RestartableServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres; `stop()` is a fast shutdown (connections cut, as in a crash). */
  url: string;
  /** The URL of another database on the same server. */
  urlFor(database: string): string;
}
export function startPostgres(
  options?: LocalServerOptions & {
    /** Default 200: several replicas' pools and the tests' own clients. */
    maxConnections?: number;
  },
): Promise<LocalPostgres>;
