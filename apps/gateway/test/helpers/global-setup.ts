import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A real PostgreSQL 15 server for this run; each test file makes its own database on it. */
    postgresUrl: string;
    /** A PGlite data directory: each test file opens (and migrates) a copy; a first open of a new one takes seconds. */
    pgliteTemplate: string;
  }
}

/** Once per `vitest run`: one PostgreSQL server and one migrated embedded-database template for every test file. */
export default async function setup(project: TestProject) {
  const postgres = await startPostgresServer();
  const templateRoot = mkdtempSync(join(tmpdir(), 'mmf-pglite-template-'));
  const template = join(templateRoot, 'data');
  // In a plain node child: PGlite's WebAssembly start-up stalls inside vitest's own process (module runner).
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { PGlite } = await import('@electric-sql/pglite'); const db = await PGlite.create(${JSON.stringify(template)}); await db.close();`,
    ],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: 'inherit' },
  );
  project.provide('postgresUrl', postgres.url);
  project.provide('pgliteTemplate', template);
  return async () => {
    await postgres.destroy();
    rmSync(templateRoot, { recursive: true, force: true });
  };
}

export function copyTemplate(template: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'mmf-pglite-')), 'data');
  cpSync(template, dir, { recursive: true });
  return dir;
}
