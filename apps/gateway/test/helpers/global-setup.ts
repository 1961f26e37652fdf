import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../../scripts/local-servers.mjs';
import { createEmbeddedTemplate } from '../../src/db/embedded-template.js';

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
  const postgres = await startPostgres();
  const template = createEmbeddedTemplate();
  project.provide('postgresUrl', postgres.url);
  project.provide('pgliteTemplate', template);
  return async () => {
    await postgres.destroy();
    rmSync(dirname(template), { recursive: true, force: true });
  };
}
