import type { FaultRule, Purpose, RequestLogEntry } from '@minimax-files/emulator';
import { freshEmbeddedDataDir } from '@minimax-files/gateway/testing';
import { EmulatorControlClient } from '@minimax-files/testkit';
import { type ChildServer, startChildServer } from './child-server.js';
import { type Track, withProcesses } from './measure.js';
import { benchScript, GATEWAY_MAIN } from './paths.js';

export const EMULATOR_KEY = 'bench-emulator-key';
export const OPERATOR_TOKEN = 'bench-operator-token-0123456789abcdef';
export const AUTH_HEADERS = { authorization: `Bearer ${OPERATOR_TOKEN}` };

export interface EmulatorProcess extends ChildServer {
  setFault(rule: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  requests(): Promise<RequestLogEntry[]>;
  clearRequests(): Promise<void>;
  /** Makes the account hold `count` generated files of `purpose` besides the seeded ones. */
  setGeneratedFiles(purpose: string, count: number): Promise<void>;
}

/** The emulator runs on the load core: the gateway under test keeps the server core to itself. */
export async function startEmulatorProcess(
  options: { largeFileBytes?: number } = {},
): Promise<EmulatorProcess> {
  const server = await startChildServer({
    name: 'emulator',
    nodeArgs: ['--import', 'tsx', benchScript('lib/emulator-main.ts')],
    slot: 'load',
    readyPath: '/healthz',
    env: {
      EMULATOR_API_KEY: EMULATOR_KEY,
      ...(options.largeFileBytes ? { EMULATOR_LARGE_FILE_BYTES: String(options.largeFileBytes) } : {}),
    },
  });
  const control = new EmulatorControlClient(server.url);
  return {
    ...server,
    setFault: (rule) => control.setFault(rule as FaultRule),
    clearFaults: () => control.clearFaults(),
    clearRequests: () => control.clearRequests(),
    setGeneratedFiles: (purpose, count) => control.setGeneratedFiles(purpose as Purpose, count),
    requests: () => control.requests(),
  };
}

export interface GatewayOptions {
  emulator: EmulatorProcess;
  env?: NodeJS.ProcessEnv;
  /** Extra node flags, e.g. --cpu-prof (BENCH_GATEWAY_NODE_FLAGS adds to them). */
  nodeFlags?: string[];
  /** What node runs instead of the built gateway's main (a baseline script, with its own flags). */
  entry?: string[];
  name?: string;
}

/** The built gateway (`node apps/gateway/dist/main.js`), configured only through its public environment. */
export async function startGatewayProcess(options: GatewayOptions): Promise<ChildServer> {
  const extraFlags = (process.env.BENCH_GATEWAY_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  return await startChildServer({
    name: options.name ?? 'gateway',
    nodeArgs: [...(options.nodeFlags ?? []), ...extraFlags, ...(options.entry ?? [GATEWAY_MAIN])],
    slot: 'server',
    // Ready means its database is open too, so no figure includes the embedded engine's start-up.
    readyPath: '/readyz',
    env: {
      NODE_ENV: 'production',
      DATA_DIR: freshEmbeddedDataDir(),
      MINIMAX_API_KEY: EMULATOR_KEY,
      MINIMAX_BASE_URL: options.emulator.url,
      GATEWAY_OPERATOR_TOKENS: OPERATOR_TOKEN,
      ...options.env,
      ...experimentEnv(),
    },
  });
}

/** BENCH_GATEWAY_ENV="LOG_LEVEL=warn GATEWAY_CACHE_MAX_ENTRIES=100": settings to try on every gateway started. */
function experimentEnv(): Record<string, string> {
  const pairs = (process.env.BENCH_GATEWAY_ENV ?? '').split(' ').filter((pair) => pair.includes('='));
  return Object.fromEntries(
    pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

/** Most measures' start: an emulator process, tracked with whatever the measure starts next (all stopped after). */
export function withEmulator<T>(body: (track: Track, emulator: EmulatorProcess) => Promise<T>): Promise<T> {
  return withProcesses(async (track) => body(track, track(await startEmulatorProcess())));
}
