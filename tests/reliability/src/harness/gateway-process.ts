import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freshEmbeddedDataDir } from '@minimax-files/gateway/testing';
import { type ServerProcess, startServerProcess } from '@minimax-files/testkit';
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

/** The gateway as a child process: everything it writes is kept (`output()`), and it stops with SIGTERM. */
export interface GatewayProcess extends ServerProcess {
  token: string;
  rssBytes(): number;
  openSockets(): number;
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

export async function startGateway(options: GatewayOptions): Promise<GatewayProcess> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...TEST_GATEWAY_ENV,
    MINIMAX_API_KEY: options.apiKey,
    MINIMAX_BASE_URL: options.upstreamUrl,
    GATEWAY_OPERATOR_TOKENS: `${OPERATOR_TOKEN},${SECOND_OPERATOR_TOKEN}`,
    DATA_DIR: freshEmbeddedDataDir(),
  };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const server = await startServerProcess({
    name: 'the gateway',
    command: process.execPath,
    args: [GATEWAY_MAIN],
    env,
    readyTimeoutMs: 15_000,
  });
  return {
    ...server,
    token: OPERATOR_TOKEN,
    rssBytes: () => rssBytes(server.pid),
    openSockets: () => openSockets(server.pid),
  };
}
