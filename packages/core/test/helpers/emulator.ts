import { type Emulator, type EmulatorOptions, startEmulator } from '@minimax-files/emulator';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { MiniMaxFiles, MiniMaxFilesOptions } from '../../src/index.js';
import { testClient } from './client.js';

export interface EmulatorFixture {
  /** Set by `beforeAll`. */
  emulator: Emulator;
  /** A test client of the emulator, with its key. */
  client(options?: MiniMaxFilesOptions): MiniMaxFiles;
}

/** One emulator for the test file; faults and the request log are cleared after each test. */
export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  const fixture: EmulatorFixture = {
    emulator: undefined as unknown as Emulator,
    client: (clientOptions = {}) =>
      testClient(fixture.emulator.url, { apiKey: fixture.emulator.apiKey, ...clientOptions }),
  };
  beforeAll(async () => {
    fixture.emulator = await startEmulator({ port: 0, ...options });
  });
  afterAll(() => fixture.emulator?.close());
  afterEach(() => {
    fixture.emulator.clearFaults();
    fixture.emulator.clearRequests();
  });
  return fixture;
}
