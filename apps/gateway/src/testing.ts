// `@minimax-files/gateway/testing`: helpers for harnesses that run many gateways (tests, benchmarks).

export type { AuditLog } from './audit/audit-log.js';
export { readConfig } from './config.js';
export { copyEmbeddedTemplate, createEmbeddedTemplate } from './db/embedded-template.js';
export { createGateway } from './server.js';
