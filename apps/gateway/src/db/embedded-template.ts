import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * For test harnesses and benchmarks that start many gateways: PGlite's first open of a new directory runs initdb
 * (seconds of CPU), a reopen takes a fraction of that. Make one empty data directory per run, then give each gateway
 * its own copy (`DATA_DIR`); the gateway migrates it at start-up as usual.
 */
export function createEmbeddedTemplate(): string {
  const template = join(mkdtempSync(join(tmpdir(), 'mmf-pglite-template-')), 'data');
  // A plain node child: PGlite's WebAssembly start-up stalls inside some test runners' module loaders.
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { PGlite } = await import('@electric-sql/pglite'); await (await PGlite.create(${JSON.stringify(template)})).close();`,
    ],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: 'inherit' },
  );
  return template;
}

/** A fresh copy of a template made by `createEmbeddedTemplate`, in a new temporary directory. */
export function copyEmbeddedTemplate(template: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'mmf-pglite-')), 'data');
  cpSync(template, dir, { recursive: true });
  return dir;
}
