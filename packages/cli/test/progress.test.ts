import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { emulatorBytes, listDir, sha256 } from './helpers/files.js';
import { BIN, runCommand, tempDir, upstreamEnv } from './helpers/run-cli.js';

// The progress bar needs a terminal: `script` (util-linux) runs the bin under a pseudo-terminal and copies
// what the terminal showed to its stdout.
const LARGE_BYTES = 6 * 1024 * 1024;
const DRIP_BYTES_PER_SECOND = 2 * 1024 * 1024; // about 3 s of transfer
let emulator: Emulator;
let env: Record<string, string>;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  if (spawnSync('script', ['--version']).status !== 0) throw new Error('`script` (util-linux) is required');
  emulator = await startEmulator({ port: 0, largeFileBytes: LARGE_BYTES });
  env = upstreamEnv(emulator.url, emulator.apiKey);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  dir = await tempDir();
  emulator.setFault({
    fileId: SEEDED.large,
    route: 'storage',
    slowDripBytesPerSecond: DRIP_BYTES_PER_SECOND,
  });
});
afterEach(async () => {
  emulator.clearFaults();
  await dir.remove();
});

/** Runs the bin under a pseudo-terminal; `redirect` is appended to the command line inside it. */
function underTerminal(args: string[], redirect = '') {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
  const started = Date.now();
  return runCommand('script', ['-qefc', `${command}${redirect}`, '/dev/null'], { cwd: dir.path, env }).then(
    (result) => ({ ...result, seconds: (Date.now() - started) / 1000 }),
  );
}

it('draws bytes, rate and time left on a terminal, at most ~10 times a second', async () => {
  const result = await underTerminal(['download', SEEDED.large]);
  expect(result.code).toBe(0);
  const screen = result.stdout.toString('utf8');
  expect(screen).toMatch(/\d+% \| [\d.]+ MiB \/ 6\.0 MiB \| [\d.]+ (KiB|MiB)\/s \| ETA (\d+s|--)/);
  expect(screen).toContain('100% | 6.0 MiB / 6.0 MiB');
  const redraws = screen.split('ETA').length - 1;
  expect(redraws).toBeGreaterThan(2);
  expect(redraws).toBeLessThanOrEqual(Math.ceil(result.seconds * 10) + 3);
  expect(await listDir(dir.path)).toEqual(['large_render.bin']);
  expect(sha256(await readFile(join(dir.path, 'large_render.bin')))).toBe(
    sha256(await emulatorBytes(emulator, SEEDED.large)),
  );
});

it('draws nothing when stderr is not a terminal, even when stdout is', async () => {
  const result = await underTerminal(['download', SEEDED.small], ' 2>errors.txt');
  expect(result.code).toBe(0);
  expect(result.stdout.toString()).not.toContain('%');
  expect(await readFile(join(dir.path, 'errors.txt'), 'utf8')).toBe('');
});

it('with -o - on a terminal the bar stays on stderr and the bytes on stdout', async () => {
  const result = await underTerminal(['download', SEEDED.large, '-o', '-'], ' >bytes.bin');
  expect(result.code).toBe(0);
  expect(result.stdout.toString()).toContain('100% | 6.0 MiB / 6.0 MiB');
  expect(sha256(await readFile(join(dir.path, 'bytes.bin')))).toBe(
    sha256(await emulatorBytes(emulator, SEEDED.large)),
  );
});
