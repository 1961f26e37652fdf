import { MiniMaxFiles, MiniMaxFilesError } from '@minimax-files/core';
import { type Emulator, startEmulator } from '@minimax-files/emulator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { fileIdCandidate } from '../src/harness/file-id-arbitraries.js';
import { canonicalFileId } from '../src/harness/file-id-oracle.js';

const RUNS = 1_000;

describe('core client: an id is either sent exactly or never sent', () => {
  let emulator: Emulator;
  let client: MiniMaxFiles;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true });
    client = new MiniMaxFiles({
      apiKey: emulator.apiKey,
      baseURL: emulator.url,
      maxRetries: 0,
      timeoutMs: 2_000,
    });
  });
  afterAll(() => emulator?.close());

  it(`sends ${RUNS} generated ids upstream only when valid, with their canonical value`, async ({ task }) => {
    const sent: string[] = [];
    let rejected = 0;
    emulator.clearRequests();
    await fc.assert(
      fc.asyncProperty(fileIdCandidate, async (input) => {
        const expected = canonicalFileId(input);
        const result = await client.retrieve(input).then(
          (file) => ({ kind: 'File', id: file.id }),
          (error: unknown) =>
            error instanceof MiniMaxFilesError
              ? { kind: error.kind, id: undefined }
              : { kind: 'escaped', error },
        );
        if (expected === null) {
          rejected += 1;
          expect(result.kind).toBe('InvalidFileId');
        } else {
          sent.push(expected);
          // Unknown ids are FileNotFound; a seeded one comes back with its exact id.
          expect(['File', 'FileNotFound']).toContain(result.kind);
          if (result.kind === 'File') expect(result.id).toBe(expected);
        }
      }),
      { numRuns: RUNS },
    );
    const retrieves = emulator.requests.filter((entry) => entry.route === 'retrieve');
    const upstreamIds = retrieves.map((entry) => entry.fileId);
    expect(upstreamIds).toEqual(sent);
    record(task, { inputsTried: RUNS, upstreamRequestsForRejectedIds: retrieves.length - sent.length });
    expect(rejected).toBeGreaterThan(RUNS / 10);
  });
});
