import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Emulator, MISSING_FILE_ID, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emulatorBytes, listDir, readFile, sha256, sizeOf, waitFor } from './helpers/files.js';
import { runCli, tempDir, upstreamEnv } from './helpers/run-cli.js';

const LARGE_BYTES = 8 * 1024 * 1024;
let emulator: Emulator;
let env: Record<string, string>;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, largeFileBytes: LARGE_BYTES });
  env = upstreamEnv(emulator.url, emulator.apiKey);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.clearFaults();
  emulator.clearRequests();
  dir = await tempDir();
});
afterEach(() => dir.remove());

const download = (args: string[], cwd = dir.path) => runCli(['download', ...args], { cwd, env });

describe('download to a file', () => {
  it('writes the exact bytes under the file’s own name in the current directory; stdout and stderr stay empty', async () => {
    const result = await download([SEEDED.maxId]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.byteLength).toBe(0);
    expect(await listDir(dir.path)).toEqual(['max_id_tones.wav']);
    expect(sha256(await readFile(join(dir.path, 'max_id_tones.wav')))).toBe(
      sha256(await emulatorBytes(emulator, SEEDED.maxId)),
    );
  });

  it('keeps a non-ASCII name; downloads a file of unknown size and an empty file', async () => {
    expect((await download([SEEDED.nonAscii])).code).toBe(0);
    expect((await download([SEEDED.unknownSize])).code).toBe(0);
    expect((await download([SEEDED.empty])).code).toBe(0);
    expect(await listDir(dir.path)).toEqual(['empty.txt', 'output.mp4', '会议 录音 – résumé.wav'].sort());
    expect(sha256(await readFile(join(dir.path, 'output.mp4')))).toBe(
      sha256(await emulatorBytes(emulator, SEEDED.unknownSize)),
    );
    expect(await sizeOf(join(dir.path, 'empty.txt'))).toBe(0);
  });

  it('never overwrites without --force (exit 2, file untouched); --force replaces it', async () => {
    const path = join(dir.path, 'a440.wav');
    await writeFile(path, 'mine');
    const refused = await download([SEEDED.small]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(await readFile(path, 'utf8')).toBe('mine');
    expect(await listDir(dir.path)).toEqual(['a440.wav']);
    const forced = await download([SEEDED.small, '--force']);
    expect(forced.code).toBe(0);
    expect(sha256(await readFile(path))).toBe(sha256(await emulatorBytes(emulator, SEEDED.small)));
  });

  it('-o takes a file path or a directory; a missing directory is bad usage', async () => {
    await mkdir(join(dir.path, 'clips'));
    expect((await download([SEEDED.small, '-o', 'clips/'])).code).toBe(0);
    expect((await download([SEEDED.small, '-o', 'clips'])).code).toBe(2); // clips/a440.wav exists now
    expect((await download([SEEDED.small, '-o', 'tone.wav'])).code).toBe(0);
    expect(await listDir(join(dir.path, 'clips'))).toEqual(['a440.wav']);
    expect(sha256(await readFile(join(dir.path, 'tone.wav')))).toBe(
      sha256(await emulatorBytes(emulator, SEEDED.small)),
    );
    const missing = await download([SEEDED.small, '-o', 'nowhere/tone.wav']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  it('-o - writes the bytes to stdout and nothing else', async () => {
    const result = await download([SEEDED.beyondSafe, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(sha256(result.stdout)).toBe(sha256(await emulatorBytes(emulator, SEEDED.beyondSafe)));
    expect(await listDir(dir.path)).toEqual([]);
    expect((await download([SEEDED.small, '-o', '-', '--resume'])).code).toBe(2);
  });

  it('an invalid id exits 2 without a request; a missing file exits 3 and writes nothing', async () => {
    expect((await download(['12ab'])).code).toBe(2);
    expect(emulator.requests).toHaveLength(0);
    const missing = await download([MISSING_FILE_ID]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('FileNotFound');
    expect(await listDir(dir.path)).toEqual([]);
  });
});

describe('short transfers and --resume', () => {
  it('a body cut short is an error (exit 1): no file under the final name, NAME.part kept, then --resume completes it', async () => {
    emulator.setFault({ fileId: SEEDED.large, route: 'storage', truncateBody: true, times: 1 });
    const cut = await download([SEEDED.large]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('UpstreamError');
    expect(cut.stderr).toContain('large_render.bin.part');
    expect(cut.stderr).toContain('--resume');
    expect(await listDir(dir.path)).toEqual(['large_render.bin.part', 'large_render.bin.part.json']);
    const kept = (await sizeOf(join(dir.path, 'large_render.bin.part'))) ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(LARGE_BYTES);

    const again = await download([SEEDED.large]);
    expect(again.code).toBe(2); // an unfinished download is neither restarted nor overwritten silently
    expect(again.stderr).toContain('--resume');

    emulator.clearRequests();
    const resumed = await download([SEEDED.large, '--resume']);
    expect(resumed.code).toBe(0);
    // one metadata look-up and one transfer of the rest (a range request: the emulator answered 206)
    expect(emulator.requests.map(({ route, status }) => `${route} ${status}`)).toEqual([
      'retrieve 200',
      'storage 206',
    ]);
    expect(await listDir(dir.path)).toEqual(['large_render.bin']);
    expect(sha256(await readFile(join(dir.path, 'large_render.bin')))).toBe(
      sha256(await emulatorBytes(emulator, SEEDED.large)),
    );
  });

  it('--resume continues a partial file under the final name (another tool’s)', async () => {
    const whole = await emulatorBytes(emulator, SEEDED.large);
    await writeFile(join(dir.path, 'large_render.bin'), whole.subarray(0, 3_000_000));
    const result = await download([SEEDED.large, '--resume']);
    expect(result.code).toBe(0);
    expect(sha256(await readFile(join(dir.path, 'large_render.bin')))).toBe(sha256(whole));
    const complete = await download([SEEDED.large, '--resume']);
    expect(complete.code).toBe(0); // already complete: nothing to do
  });

  it('--force starts an unfinished download over', async () => {
    await writeFile(join(dir.path, 'a440.wav.part'), 'garbage');
    const result = await download([SEEDED.small, '--force']);
    expect(result.code).toBe(0);
    expect(await listDir(dir.path)).toEqual(['a440.wav']);
    expect(sha256(await readFile(join(dir.path, 'a440.wav')))).toBe(
      sha256(await emulatorBytes(emulator, SEEDED.small)),
    );
  });
});

describe('Ctrl+C and SIGTERM', () => {
  /** Starts a slow download of the large file and sends `signal` once 100 kB of it are on disk. */
  async function interruptedDownload(signal: NodeJS.Signals) {
    emulator.setFault({
      fileId: SEEDED.large,
      route: 'storage',
      slowDripBytesPerSecond: 1024 * 1024,
      times: 1,
    });
    const part = join(dir.path, 'large_render.bin.part');
    return await runCli(['download', SEEDED.large], {
      cwd: dir.path,
      env,
      onSpawn: (child) => {
        void waitFor(async () => ((await sizeOf(part)) ?? 0) > 100_000).then(() => child.kill(signal));
      },
    });
  }

  it.each([
    { signal: 'SIGINT', code: 130, says: 'interrupted' },
    { signal: 'SIGTERM', code: 143, says: 'terminated' },
  ] as const)(
    '$signal stops cleanly (exit $code): nothing under the final name, the partial kept',
    async ({ signal, code, says }) => {
      const result = await interruptedDownload(signal);
      expect(result.code).toBe(code);
      expect(result.stderr).toContain(says);
      expect(await listDir(dir.path)).toEqual(['large_render.bin.part', 'large_render.bin.part.json']);
    },
  );

  it('--resume finishes what Ctrl+C left', async () => {
    expect((await interruptedDownload('SIGINT')).code).toBe(130);
    const resumed = await download([SEEDED.large, '--resume']);
    expect(resumed.code).toBe(0);
    expect(sha256(await readFile(join(dir.path, 'large_render.bin')))).toBe(
      sha256(await emulatorBytes(emulator, SEEDED.large)),
    );
  });
});
