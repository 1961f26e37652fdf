import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { LocalHaproxy, LocalPostgres, LocalRedis } from './local-servers.mjs';

export function waitForOk(url: string, options?: { timeoutMs?: number; child?: ChildProcess }): Promise<void>;

export interface Replica {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export interface Cluster {
  /** HAProxy's URL: where clients go. */
  url: string;
  redis: LocalRedis;
  /** Operators, sessions and the audit trail of every replica (their DATABASE_URL). */
  database: LocalPostgres;
  gateways: Replica[];
  haproxy: LocalHaproxy;
  stop(): Promise<void>;
}

export function startCluster(options: {
  replicas?: number;
  port?: number;
  upstream: { apiKey: string; baseURL: string };
  operatorTokens: string[];
  env?: Record<string, string>;
  spawnChild?: (name: string, command: string, args: string[], options: SpawnOptions) => ChildProcess;
  stdio?: 'ignore' | 'inherit';
  /** The gateways' JSON log lines (warnings and up) on this process's stdout. */
  gatewayLogs?: boolean;
}): Promise<Cluster>;
