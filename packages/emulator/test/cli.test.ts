import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
let outDir = '';
const children: ChildProcess[] = [];

// The CLI is tested as users run it: compiled JavaScript in its own process, beside its installed dependencies
// (built to a temp dir, so this test never rewrites dist/ under other packages that import it).
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      'tsconfig.build.json',
      '--outDir',
      outDir,
      '--declaration',
      'false',
      '--declarationMap',
      'false',
    ],
    { cwd: packageDir, stdio: 'inherit' },
  );
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}');
  symlinkSync(join(packageDir, 'node_modules'), join(outDir, 'node_modules'), 'dir');
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
}

function startCli(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [join(outDir, 'cli.js')], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', EMULATOR_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] && output.includes('curl')) resolve({ child, output: () => output, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('the CLI', () => {
  it('prints its URL and a curl example that works', async () => {
    const { output, url } = await startCli({});
    const curl = /curl -H 'Authorization: Bearer ([^']+)' '([^']+)'/.exec(output());
    expect(curl?.[1]).toBe('emulator-key');
    expect(curl?.[2]).toBe(`${url}/v1/files/retrieve?file_id=${SEEDED.maxId}`);
    const response = await fetch(curl?.[2] ?? '', { headers: { Authorization: `Bearer ${curl?.[1]}` } });
    expect(await response.text()).toContain(`"file_id":${SEEDED.maxId},`);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('takes its key, large-file size and faults from the environment, and never prints a chosen key', async () => {
    const { output, url } = await startCli({
      EMULATOR_API_KEY: 'sk-cli-secret',
      EMULATOR_LARGE_FILE_BYTES: '12345',
      EMULATOR_FAULTS: JSON.stringify({ fileId: SEEDED.small, statusCode: 1008 }),
    });
    expect(output()).not.toContain('sk-cli-secret');
    const get = (id: string) =>
      fetch(`${url}/v1/files/retrieve?file_id=${id}`, {
        headers: { Authorization: 'Bearer sk-cli-secret' },
      }).then((r) => r.json() as Promise<{ file?: { bytes: number }; base_resp: { status_code: number } }>);
    expect((await get(SEEDED.large)).file?.bytes).toBe(12345);
    expect((await get(SEEDED.small)).base_resp.status_code).toBe(1008);
  });

  it('closes cleanly on SIGTERM, even with a request hanging', async () => {
    const { child, url } = await startCli({ EMULATOR_FAULTS: '{"hang":true}' });
    const hanging = fetch(`${url}/v1/files/retrieve?file_id=42`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
    expect(performance.now() - started).toBeLessThan(5000); // generous for a loaded machine; a leak would hang forever
    expect(await hanging).toBeInstanceOf(Error);
  });

  it('refuses malformed EMULATOR_FAULTS with exit code 2', async () => {
    await expect(startCli({ EMULATOR_FAULTS: '{nope' })).rejects.toThrow(/exited 2/);
  });
});
