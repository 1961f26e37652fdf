// `@minimax-files/gateway/testing`: helpers for harnesses that run many gateways (tests, benchmarks).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { copyEmbeddedTemplate, createEmbeddedTemplate } from './db/embedded-template.js';

export { type AuditLog, rowOf, writeRows } from './audit/audit-log.js';
export { readUsage, type Usage, type UsageOptions, type UsageRange } from './audit/usage-query.js';
export { readConfig } from './config.js';
export { migrateToLatest } from './db/migrations.js';
export { openDatabase } from './db/open-database.js';
export { createGateway } from './server.js';
export { copyEmbeddedTemplate, createEmbeddedTemplate };

let template: string | undefined;
const dataDirs: string[] = [];

/**
 * An empty embedded database for one more gateway (`DATA_DIR`): copied from a template made once per process,
 * since PGlite's initdb costs seconds of CPU. Gateways started side by side must never share a data directory.
 * Everything made here is removed when the process exits.
 */
export function freshEmbeddedDataDir(): string {
  if (template === undefined) {
    template = createEmbeddedTemplate();
    process.once('exit', () => {
      for (const dir of [...dataDirs, template])
        if (dir) rmSync(dirname(dir), { recursive: true, force: true });
    });
  }
  const dir = copyEmbeddedTemplate(template);
  dataDirs.push(dir);
  return dir;
}
