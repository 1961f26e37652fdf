// `@minimax-files/gateway/testing`: helpers for harnesses that run many gateways (tests, benchmarks).

export type { AuditLog } from './audit/audit-log.js';
export { readUsage, type Usage, type UsageOptions, type UsageRange } from './audit/usage-query.js';
export { readConfig } from './config.js';
export { copyEmbeddedTemplate, createEmbeddedTemplate } from './db/embedded-template.js';
export { migrateToLatest } from './db/migrations.js';
export { openDatabase } from './db/open-database.js';
export { createGateway } from './server.js';
