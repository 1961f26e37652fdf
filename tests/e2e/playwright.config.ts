import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '@minimax-files/testkit';
import { defineConfig, devices } from '@playwright/test';
import {
  ADMIN_PORT,
  ADMIN_URL,
  EMULATOR_PORT,
  EMULATOR_URL,
  GATEWAY_PORT,
  GATEWAY_URL,
  MINIMAX_API_KEY,
  OPERATOR_STATE_PATH,
  OPERATOR_TOKEN,
  OTLP_PORT,
  OTLP_URL,
} from './support/servers.js';

const CI = Boolean(process.env.CI);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The gateway and the admin trace every request to the suite's OTLP receiver (http/json, exported every 100 ms). */
const TRACING = {
  OTEL_EXPORTER_OTLP_ENDPOINT: OTLP_URL,
  OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
  OTEL_BSP_SCHEDULE_DELAY: '100',
};

/**
 * Starts one BUILT server (`pnpm turbo run build` first) with the entry its package's `start` script runs, and waits
 * for its /healthz. Node directly rather than through pnpm, so stopping it is quiet.
 */
function server(name: string, dir: string, entry: string, url: string, env: Record<string, string>) {
  return {
    name,
    command: `node ${entry}`,
    cwd: `${repoRoot}${dir}`,
    url: `${url}/healthz`,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 3_000 },
  };
}

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: false,
  // Two cores run three servers and a browser: one worker keeps timings honest.
  workers: 1,
  retries: 0,
  forbidOnly: CI,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: ADMIN_URL,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'sign-in once', testMatch: /operator\.setup\.ts/, testDir: './support' },
    {
      name: 'chromium',
      use: { storageState: OPERATOR_STATE_PATH },
      dependencies: ['sign-in once'],
    },
  ],
  webServer: [
    server('otlp receiver', 'tests/e2e', 'support/otlp-receiver.mjs', OTLP_URL, { PORT: String(OTLP_PORT) }),
    server('emulator', 'packages/emulator', 'dist/cli.js', EMULATOR_URL, {
      PORT: String(EMULATOR_PORT),
      EMULATOR_API_KEY: MINIMAX_API_KEY,
    }),
    server('gateway', 'apps/gateway', 'dist/main.js', GATEWAY_URL, {
      PORT: String(GATEWAY_PORT),
      HOST: '127.0.0.1',
      MINIMAX_API_KEY,
      MINIMAX_BASE_URL: EMULATOR_URL,
      // One upstream attempt per look-up: an injected fault shows at once instead of after back-off.
      MINIMAX_MAX_RETRIES: '0',
      GATEWAY_OPERATOR_TOKENS: OPERATOR_TOKEN,
      // Every list asks the emulator: an injected list fault shows at once (the list cache is the gateway suite's).
      GATEWAY_LIST_CACHE_TTL_MS: '0',
      // Only the admin talks to this gateway: it runs the admin's trusted documents and refuses any other.
      GATEWAY_DOCUMENTS: 'trusted-only',
      ...TRACING,
    }),
    server('admin', 'apps/admin', 'scripts/start.mjs', ADMIN_URL, {
      PORT: String(ADMIN_PORT),
      GATEWAY_URL,
      ...TRACING,
    }),
  ],
});
