import { spawnSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emulatorBytes, sha256 } from './helpers/files.js';
import { jsonLines, runCommand, tempDir, upstreamEnv } from './helpers/run-cli.js';

// What a user gets: core and the CLI packed as they would be published (`pnpm pack` turns `workspace:*` into
// the version), installed with plain npm into a folder outside the workspace (their other dependencies come
// from the registry), and `minimax-files` run from there.
const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORKSPACE = resolve(PACKAGES, '..');
let emulator: Emulator;
let outside: Awaited<ReturnType<typeof tempDir>>;
let bin: string;

/** pnpm as installed, else the pinned one through npx (the way the root scripts find it). */
function pnpmCommand(): string[] {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? ['pnpm'] : ['npx', '--yes', 'pnpm@12.4.2'];
}

function mustRun(command: string[], cwd: string): string {
  const [file = '', ...args] = command;
  const result = spawnSync(file, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0)
    throw new Error(`${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  outside = await tempDir('minimax-files-user-');
  const tarballs = join(outside.path, 'tarballs');
  await mkdir(tarballs);
  for (const name of ['core', 'cli']) {
    mustRun([...pnpmCommand(), 'pack', '--pack-destination', tarballs], join(PACKAGES, name));
  }
  const files = (await readdir(tarballs)).filter((file) => file.endsWith('.tgz'));
  expect(files).toHaveLength(2);
  await writeFile(join(outside.path, 'package.json'), '{"name":"a-user-project","private":true}\n');
  mustRun(
    [
      'npm',
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...files.map((file) => `./tarballs/${file}`),
    ],
    outside.path,
  );
  bin = join(outside.path, 'node_modules', '.bin', 'minimax-files');
}, 240_000);
afterAll(async () => {
  await emulator.close();
  await outside.remove();
});

it('is installed from the tarballs, outside the workspace, with core as a real package beside it', async () => {
  const installed = await realpath(bin);
  expect(installed.startsWith(await realpath(outside.path))).toBe(true);
  expect(installed.startsWith(WORKSPACE)).toBe(false);
  const core = join(outside.path, 'node_modules', '@minimax-files', 'core');
  expect((await lstat(core)).isSymbolicLink()).toBe(false);
  const manifest = JSON.parse(
    await readFile(join(outside.path, 'node_modules/@minimax-files/cli/package.json'), 'utf8'),
  );
  expect(manifest.dependencies['@minimax-files/core']).toMatch(/^\d+\.\d+\.\d+$/);
});

it('runs `minimax-files` from there: --version, get --json with exact ids, list, download', async () => {
  const env = upstreamEnv(emulator.url, emulator.apiKey);
  const version = await runCommand(bin, ['--version'], { cwd: outside.path, env });
  expect(version.code).toBe(0);
  const manifest = JSON.parse(await readFile(join(PACKAGES, 'cli', 'package.json'), 'utf8'));
  expect(version.stdout.toString().trim()).toBe(manifest.version);

  const get = await runCommand(bin, ['get', SEEDED.maxId, SEEDED.beyondSafe, '--json'], {
    cwd: outside.path,
    env,
  });
  expect(get.code).toBe(0);
  expect(jsonLines(get.stdout)).toMatchObject([{ id: '9223372036854775807' }, { id: '9007199254740993' }]);

  const list = await runCommand(bin, ['list', '--purpose', 'voice_clone', '--json'], {
    cwd: outside.path,
    env,
  });
  expect(list.code).toBe(0);
  expect(jsonLines(list.stdout)).toContainEqual(expect.objectContaining({ id: SEEDED.voiceClone }));

  const download = await runCommand(bin, ['download', SEEDED.speechWav], { cwd: outside.path, env });
  expect(download.code).toBe(0);
  expect(download.stderr).toBe('');
  expect(sha256(await readFile(join(outside.path, 'speech_output.wav')))).toBe(
    sha256(await emulatorBytes(emulator, SEEDED.speechWav)),
  );
});
