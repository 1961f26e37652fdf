// `@minimax-files/gateway/testing`: helpers for harnesses that run many gateways (tests, benchmarks).
export { copyEmbeddedTemplate, createEmbeddedTemplate } from './db/embedded-template.js';
