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

export interface LocalRedis {
  port: number;
  url: string;
  readonly pid: number | undefined;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  destroy(): Promise<void>;
}
export function startRedis(options?: {
  port?: number;
  stdio?: Stdio;
  spawnChild?: SpawnChild;
}): Promise<LocalRedis>;

export interface LocalHaproxy {
  port: number;
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}
export function startHaproxy(options: {
  port?: number;
  backends: Array<{ name: string; port: number }>;
  stdio?: Stdio;
  spawnChild?: SpawnChild;
}): Promise<LocalHaproxy>;

export interface LocalPostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** The URL of another database on the same server. */
  urlFor(database: string): string;
  /** The postmaster's pid while it runs. */
  readonly pid: number | undefined;
  /** Starts it again (same port, same data) after `stop()`. */
  start(): Promise<void>;
  /** Fast shutdown: open connections are cut, as in a crash or a restart. */
  stop(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}
export function startPostgres(options?: {
  port?: number;
  stdio?: Stdio;
  spawnChild?: SpawnChild;
  /** Default 200: several replicas' pools and the tests' own clients. */
  maxConnections?: number;
}): Promise<LocalPostgres>;
