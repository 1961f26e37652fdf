import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { copyEmbeddedTemplate, createEmbeddedTemplate } from '@minimax-files/gateway/testing';
import { freePort } from './free-port.js';
import { openSockets, rssBytes } from './process-stats.js';

const require = createRequire(import.meta.url);
/** The built gateway, run exactly as operators run it. */
export const GATEWAY_MAIN = join(
  dirname(require.resolve('@minimax-files/gateway/package.json')),
  'dist/main.js',
);

export const OPERATOR_TOKEN = 'reliability-operator-token-7f3a9c2e51d4';
export const SECOND_OPERATOR_TOKEN = 'reliability-second-token-0b8e6d4a2c19f';

export interface GatewayOptions {
  /** The emulator (or any upstream) the gateway talks to. */
  upstreamUrl: string;
  apiKey: string;
  /** More environment, e.g. MINIMAX_MAX_RETRIES or MINIMAX_DOWNLOAD_HOSTS; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
}

export interface GatewayProcess {
  url: string;
  pid: number;
  token: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  rssBytes(): number;
  openSockets(): number;
  /** Resolves with the exit code and signal when the process ends. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Environment the tests' gateways share. The per-attempt timeout is generous because the machine may be busy
 * (the emulator shares the test's process); specs about timeouts set their own, shorter one.
 */
export const TEST_GATEWAY_ENV: Record<string, string> = {
  MINIMAX_TIMEOUT_MS: '2000',
  MINIMAX_MAX_RETRIES: '2',
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
};

/** One empty embedded database per run (PGlite's initdb costs seconds of CPU); each gateway gets a copy. */
let template: string | undefined;
const dataDirs: string[] = [];
process.once('exit', () => {
  for (const dir of [...dataDirs, template]) if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});
function freshDataDir(): string {
  template ??= createEmbeddedTemplate();
  const dir = copyEmbeddedTemplate(template);
  dataDirs.push(dir);
  return dir;
}

export async function startGateway(options: GatewayOptions): Promise<GatewayProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...TEST_GATEWAY_ENV,
    MINIMAX_API_KEY: options.apiKey,
    MINIMAX_BASE_URL: options.upstreamUrl,
    GATEWAY_OPERATOR_TOKENS: `${OPERATOR_TOKEN},${SECOND_OPERATOR_TOKEN}`,
    HOST: '127.0.0.1',
    PORT: String(port),
    // Its own database: gateways started side by side must never share an embedded data directory.
    DATA_DIR: freshDataDir(),
  };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, [GATEWAY_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid;
  if (pid === undefined) throw new Error('the gateway process did not start');
  await waitUntilHealthy(url, child, () => chunks.join(''));

  let running = true;
  void exited.then(() => {
    running = false;
  });
  return {
    url,
    pid,
    token: OPERATOR_TOKEN,
    output: () => chunks.join(''),
    rssBytes: () => rssBytes(pid),
    openSockets: () => openSockets(pid),
    exited,
    isRunning: () => running,
    stop: (graceMs = 5_000) => stop(child, exited, graceMs),
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the gateway exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`the gateway was not healthy within 15 s:\n${output()}`);
}

async function stop(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  graceMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const result = await exited;
  clearTimeout(timer);
  return result;
}
