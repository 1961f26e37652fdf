import { MiniMaxFiles, type MiniMaxFilesOptions } from '../../src/index.js';

export const TEST_KEY = 'sk-test-5f3c9a1e-DO-NOT-LEAK-7d2b';

const clients = new Set<MiniMaxFiles>();

/**
 * A client with test-sized timings: retries back off in milliseconds. Attempts time out in 2 s, which a loaded
 * 2-core machine never reaches by accident; tests of timeouts set their own, small ones against servers that hang.
 */
export function testClient(baseURL: string, options: MiniMaxFilesOptions = {}): MiniMaxFiles {
  const client = new MiniMaxFiles({
    apiKey: TEST_KEY,
    baseURL,
    timeoutMs: 2_000,
    maxRetries: 2,
    ...options,
    retryTiming: { initialDelayMs: 2, maxDelayMs: 10, maxRetryAfterMs: 1_000, ...options.retryTiming },
  });
  clients.add(client);
  return client;
}

export async function closeAllClients(): Promise<void> {
  await Promise.all([...clients].map((client) => client.close()));
  clients.clear();
}

/** The rejection of a promise, or a failure if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
