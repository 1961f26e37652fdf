import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, type EmulatorOptions, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** The BUILT bin, run as users run it (turbo builds the package before its tests). */
export const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/bin.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Called with the child once it started (to send it a signal). */
  onSpawn?: (child: ChildProcess) => void;
}

/** The environment a user would have: only PATH and the MINIMAX_* variables given. */
export function upstreamEnv(baseURL: string, apiKey: string): Record<string, string> {
  return {
    MINIMAX_BASE_URL: baseURL,
    MINIMAX_API_KEY: apiKey,
    MINIMAX_MAX_RETRIES: '0',
    MINIMAX_TIMEOUT_MS: '5000',
  };
}

export function runCli(args: string[], options: RunOptions): Promise<CliResult> {
  return runCommand(process.execPath, [BIN, ...args], options);
}

export function runCommand(command: string, args: string[], options: RunOptions): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolvePromise({ code, signal, stdout: Buffer.concat(stdout), stderr }),
    );
    options.onSpawn?.(child);
  });
}

/** A fresh temporary directory per test; removed by the returned cleanup. */
export async function tempDir(
  prefix = 'minimax-files-cli-',
): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** JSON lines of a run's stdout, parsed with the ids left as the strings they must be. */
export function jsonLines(stdout: Buffer): unknown[] {
  return stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

export interface EmulatorWorkspace {
  emulator: Emulator;
  /** A temporary working directory for the whole file. */
  cwd: string;
  /** `upstreamEnv` for the emulator. */
  env: Record<string, string>;
}

/**
 * Registers the hooks most test files share: one emulator and one working directory for the file, faults and the
 * request log cleared before each test. The returned object is filled in by `beforeAll`.
 */
export function useEmulatorWorkspace(options: EmulatorOptions = {}): EmulatorWorkspace {
  const workspace = {} as EmulatorWorkspace;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    workspace.emulator = await startEmulator({ port: 0, ...options });
    dir = await tempDir();
    workspace.cwd = dir.path;
    workspace.env = upstreamEnv(workspace.emulator.url, workspace.emulator.apiKey);
  });
  afterAll(async () => {
    await workspace.emulator?.close();
    await dir?.remove();
  });
  beforeEach(() => {
    workspace.emulator.clearFaults();
    workspace.emulator.clearRequests();
  });
  return workspace;
}
