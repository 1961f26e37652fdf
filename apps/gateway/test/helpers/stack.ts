import type { AddressInfo } from 'node:net';
import { type Emulator, type EmulatorOptions, startEmulator } from '@minimax-files/emulator';
import type { Kysely } from 'kysely';
import { readConfig } from '../../src/config.js';
import type { Database } from '../../src/db/tables.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { type Engine, sharedDatabase } from './databases.js';
import { LogCapture } from './log-capture.js';

export const OPERATOR_TOKEN = 'test-operator-token-5b1f0c9e7a2d';
export const SECOND_OPERATOR_TOKEN = 'test-second-token-c84e21f06b3a';
export const EMULATOR_KEY = 'test-emulator-key-d0e1f2a3b4c5';

export interface StackOptions {
  emulator?: EmulatorOptions;
  /** Gateway environment on top of the test defaults; `undefined` removes a default. */
  env?: Record<string, string | undefined>;
  /** Which of the test file's shared databases the gateway uses (default: embedded). */
  database?: Engine;
  /** An open, migrated database to use instead (wins over `database`). */
  db?: Kysely<Database>;
}

export interface Stack {
  emulator: Emulator;
  gateway: Gateway;
  /** http://127.0.0.1:PORT of the gateway */
  url: string;
  logs: LogCapture;
  /** POST /graphql with the operator token; resolves with the status and the parsed JSON body. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLReply>;
  /** fetch against the gateway with the operator token added. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Upstream requests the emulator saw on a route since the last `emulator.clearRequests()`. */
  upstreamCalls(route: string, fileId?: string): number;
  close(): Promise<void>;
}

export interface GraphQLReply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
  body: any;
}

/** A real emulator and a real gateway listening on 127.0.0.1:0, wired as in production. */
export async function startStack({
  emulator: emulatorOptions,
  env = {},
  database = 'embedded',
  db,
}: StackOptions = {}): Promise<Stack> {
  const emulator = await startEmulator({
    port: 0,
    quiet: true,
    apiKey: EMULATOR_KEY,
    largeFileBytes: 4 * 1024 * 1024,
    ...emulatorOptions,
  });
  const settings: Record<string, string | undefined> = {
    MINIMAX_API_KEY: emulator.apiKey,
    MINIMAX_BASE_URL: emulator.url,
    MINIMAX_TIMEOUT_MS: '1000',
    MINIMAX_MAX_RETRIES: '0',
    GATEWAY_OPERATOR_TOKENS: `${OPERATOR_TOKEN},${SECOND_OPERATOR_TOKEN}`,
    LOG_LEVEL: 'info',
    ...env,
  };
  const config = readConfig(
    Object.fromEntries(
      Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  );
  const logs = new LogCapture();
  const gateway = createGateway(config, {
    logDestination: logs,
    database: db ?? (await sharedDatabase(database)),
  });
  await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;

  const authorizedFetch = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${OPERATOR_TOKEN}`);
    return fetch(`${url}${path}`, { ...init, headers });
  };

  return {
    emulator,
    gateway,
    url,
    logs,
    fetch: authorizedFetch,
    async graphql(query, variables) {
      const response = await authorizedFetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    upstreamCalls(route, fileId) {
      return emulator.requests.filter(
        (entry) => entry.route === route && (!fileId || entry.fileId === fileId),
      ).length;
    },
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}
