// `@minimax-files/gateway/testing`: helpers for harnesses that run many gateways (tests, benchmarks).

export { readUsage, type Usage, type UsageOptions, type UsageRange } from './audit/usage-query.js';
export { copyEmbeddedTemplate, createEmbeddedTemplate } from './db/embedded-template.js';
export { migrateToLatest } from './db/migrations.js';
export { openDatabase } from './db/open-database.js';
