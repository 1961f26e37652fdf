import { type Emulator, type EmulatorOptions, startEmulator } from '@minimax-files/emulator';
import { type GatewayProcess, startGateway } from './gateway-process.js';

/** A distinctive API key, so a leak into a response, a log line or a download request is easy to spot. */
export const API_KEY = 'mmx-reliability-api-key-3c9e71f0b24d86a5';

export interface Stack {
  emulator: Emulator;
  gateway: GatewayProcess;
  close(): Promise<void>;
}

/** The emulator in this process and the real gateway as a child process pointed at it. */
export async function startStack(
  options: { emulator?: EmulatorOptions; gatewayEnv?: Record<string, string | undefined> } = {},
): Promise<Stack> {
  const emulator = await startEmulator({
    port: 0,
    quiet: true,
    apiKey: API_KEY,
    largeFileBytes: 4 * 1024 * 1024,
    ...options.emulator,
  });
  let gateway: GatewayProcess;
  try {
    gateway = await startGateway({
      upstreamUrl: emulator.url,
      apiKey: emulator.apiKey,
      env: options.gatewayEnv,
    });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return {
    emulator,
    gateway,
    close: async () => {
      await gateway.stop();
      await emulator.close();
    },
  };
}

/** Retrieve requests the emulator saw, optionally for one id. */
export function retrieveRequests(emulator: Emulator, fileId?: string): number {
  return emulator.requests.filter(
    (entry) => entry.route === 'retrieve' && (fileId === undefined || entry.fileId === fileId),
  ).length;
}

/** Requests the emulator saw on the API routes (not control or health). */
export function apiRequests(emulator: Emulator): number {
  return emulator.requests.filter((entry) => entry.route !== 'control' && entry.route !== 'health').length;
}
